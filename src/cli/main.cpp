// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const usage =
    "usage: redliner-cli COMMAND [OPTIONS]\n"
    "\n"
    "Reviews and redlines Word (.docx) documents without a window. Nothing is sent anywhere unless\n"
    "you choose an LLM provider for a review (--provider).\n"
    "\n"
    "Commands:\n"
    "  text IN.docx [--labels]\n"
    "      Print the body's working text, one paragraph per line (--labels: prefix list labels).\n"
    "  clauses IN.docx|IN.txt [--json]\n"
    "      List the clauses (title, preamble, sections, signature block) with their working-text ranges.\n"
    "  facts IN.docx|IN.txt|IN.md [--json]\n"
    "      List the facts found (term, mutual or one-way, exclusions...) with clause and evidence.\n"
    "  redline IN.docx --edits EDITS.json -o OUT.docx [--author NAME] [--date ISO8601]\n"
    "      Write OUT.docx with the edits as Word tracked changes (and comments).\n"
    "      EDITS.json: [{\"find\": \"five (5) years\", \"occurrence\": 1, \"replace\": \"three (3) years\",\n"
    "                    \"comment\": \"Two to three years is market.\"}]\n"
    "      occurrence is 1-based (default 1); replace \"\" deletes; find \"\" with \"after\": \"TEXT\"\n"
    "      inserts after TEXT; comment is optional. All edits are written, or none.\n"
    "  review IN.docx -o OUT.docx [--side receiving|disclosing|mutual] [--playbook FILE]\n"
    "                 [--report REPORT.json] [--author NAME] [--date ISO8601] [--no-comments]\n"
    "                 [--provider offline|openai|anthropic|both|local] [--model M] [--base-url URL]\n"
    "                 [--api-key-file FILE] [--concurrency N] [--batch-size N] [--timeout S]\n"
    "                 [--pseudonymise] [--no-cache] [--cache-dir DIR] [--http2-prior-knowledge]\n"
    "      Review the NDA against the playbook for your side and write OUT.docx with each finding as\n"
    "      tracked changes and its rationale as a comment. The default reviewer is offline (nothing\n"
    "      leaves the machine). openai / anthropic / both / local send the clauses, in batches of\n"
    "      --batch-size, to that provider; keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY (or\n"
    "      --api-key-file), base URLs from OPENAI_BASE_URL / ANTHROPIC_BASE_URL /\n"
    "      REDLINER_LOCAL_BASE_URL (or --base-url). Progress and retries are shown on stderr; the\n"
    "      report records provider, model, tokens and per-clause errors.\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help.\n"
    "  -v, --version    Show the version.\n"
    "\n"
    "Exit codes:\n"
    "  0  success\n"
    "  1  usage error (unknown command or option, missing argument)\n"
    "  2  an edit cannot be anchored or written safely; nothing was written\n"
    "  3  the input is not a readable .docx, or the edits file is invalid\n"
    "  4  the output cannot be written (or would overwrite the input)\n"
    "  5  the LLM review failed for every clause (no key, provider down...); nothing was written\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"redliner-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REDLINER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out << QString::fromUtf8(usage);
        return 0;
    }
    if (command == u"-v" || command == u"--version") {
        out << u"redliner-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    Redliner::Cli::Streams io{out, err};
    if (command == u"text")
        return Redliner::Cli::runText(args, io);
    if (command == u"redline")
        return Redliner::Cli::runRedline(args, io);
    if (command == u"clauses")
        return Redliner::Cli::runClauses(args, io);
    if (command == u"facts")
        return Redliner::Cli::runFacts(args, io);
    if (command == u"review")
        return Redliner::Cli::runReview(args, io);
    err << (command.isEmpty() ? u"redliner-cli: no command given"_s : u"redliner-cli: unknown command '"_s + command + u"'"_s)
        << u"\n\n"_s << QString::fromUtf8(usage);
    return Redliner::Cli::UsageError;
}
