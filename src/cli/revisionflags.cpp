// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionflags.h"

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

bool RevisionFlags::read(const QCommandLineParser &parser, Docx::RevisionOptions *options, Streams io) const
{
    options->author = parser.value(author);
    if (!parser.isSet(date))
        return true;
    options->date = QDateTime::fromString(parser.value(date), Qt::ISODate);
    if (options->date.isValid())
        return true;
    io.err << u"--date: \""_s << parser.value(date) << u"\" is not an ISO 8601 date such as 2026-01-31T09:00:00Z"_s << Qt::endl;
    return false;
}

} // namespace Redliner::Cli
