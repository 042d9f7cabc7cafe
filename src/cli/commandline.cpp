// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                                    Streams io)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this command's usage and options."_s);
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << u"\n"_s << usage << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(help))
        return std::nullopt;
    // Qt's own usage line is generic; the command's says which arguments go together.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(u"\n\n"_s) + 2);
    io.out << usage << u"\n\n"_s << options;
    io.out.flush();
    return Ok;
}

} // namespace Redliner::Cli
