// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxerror.h"

namespace Redliner::Docx {

QString DocxError::toString() const
{
    QString where = file;
    if (!part.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + part;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

} // namespace Redliner::Docx
