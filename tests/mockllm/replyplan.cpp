// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyplan.h"

namespace Redliner::MockLlm {

qint64 ReplyPlan::bodySize() const
{
    qint64 size = 0;
    for (const QByteArray &part : body)
        size += part.size();
    return size;
}

void ReplyPlan::cutBodyAt(qint64 bytes)
{
    qint64 kept = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const qint64 size = body.at(i).size();
        if (kept + size > bytes) {
            body[i].truncate(bytes - kept);
            body.resize(body[i].isEmpty() ? i : i + 1);
            return;
        }
        kept += size;
    }
}

} // namespace Redliner::MockLlm
