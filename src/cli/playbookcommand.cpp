// SPDX-License-Identifier: GPL-3.0-or-later
//
// redliner-cli playbook check FILE | playbook diff A.json B.json: the loader's verdict on a
// playbook, and the positions two playbooks differ in, for a firm that keeps its playbooks in
// version control or mails them around.

#include "clicommand.h"
#include "commandfiles.h"
#include "commandline.h"

#include "review/playbook.h"
#include "review/playbookdiff.h"

#include <QCommandLineParser>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using Review::Playbook;

namespace {

const QString usage = u"usage: redliner-cli playbook check FILE.json\n"
                      "       redliner-cli playbook diff A.json B.json"_s;

int check(const QString &path, Streams io)
{
    Playbook playbook;
    QString error;
    if (!Playbook::load(path, &playbook, &error)) {
        io.err << error << Qt::endl;
        return InputError;
    }
    qsizetype enabled = 0;
    for (const Review::PlaybookIssue &issue : std::as_const(playbook.issues))
        enabled += issue.enabled ? 1 : 0;
    io.out << path << u": valid playbook \""_s << playbook.name << u"\", version "_s << playbook.version << u", "_s
           << playbook.issues.size() << u" issues ("_s << enabled << u" enabled), SHA-256 "_s << playbook.sha256
           << Qt::endl;
    return Ok;
}

int diff(const QString &before, const QString &after, Streams io)
{
    Playbook a;
    Playbook b;
    QString error;
    if (!Playbook::load(before, &a, &error) || !Playbook::load(after, &b, &error)) {
        io.err << error << Qt::endl;
        return InputError;
    }
    const QList<Review::PlaybookDifference> differences = Review::diffPlaybooks(a, b);
    for (const Review::PlaybookDifference &difference : differences)
        io.out << Review::describeDifference(difference) << u'\n';
    if (differences.isEmpty())
        io.out << u"no differences\n"_s;
    io.out.flush();
    return Ok;
}

} // namespace

int runPlaybook(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"playbook"_s, u"Check a playbook, or list how two playbooks differ."_s);
    parser.addPositionalArgument(u"check|diff"_s,
                                 u"check FILE: validate it as `review --playbook` would (exit 3 on errors); "
                                 "diff A B: print each position, parameter or setting that differs."_s);
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const qsizetype files = action == u"check" ? 1 : action == u"diff" ? 2 : -1;
    if (files < 0 || positional.size() != files + 2) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    CommandFiles inputs;
    for (qsizetype i = 2; i < positional.size(); ++i)
        inputs.addInput(u"the playbook"_s, positional.at(i));
    if (const int refused = inputs.check(io); refused != Ok)
        return refused;
    return action == u"check" ? check(positional.at(2), io) : diff(positional.at(2), positional.at(3), io);
}

} // namespace Redliner::Cli
