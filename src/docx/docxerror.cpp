// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxerror.h"

namespace Redliner::Docx {

bool DocxError::isInputError() const
{
    switch (code) {
    case Code::None:
    case Code::EditRefused:
    case Code::WriteFailed:
        return false;
    case Code::FileUnreadable:
    case Code::NotAZip:
    case Code::Encrypted:
    case Code::Truncated:
    case Code::TooLarge:
    case Code::MissingPart:
    case Code::MalformedXml:
    case Code::ForbiddenXml:
    case Code::Unsupported:
    case Code::InvalidText:
        return true;
    }
    return false;
}

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
