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
    "  changes IN.docx [--json]\n"
    "      List the tracked changes and comments already in the body (the other side's redline):\n"
    "      kind, author, date, clause, the text before and after, comment threads.\n"
    "  answer IN.docx -o OUT.docx [--accept-all | --reject-all] [--accept-author NAME]...\n"
    "                 [--reject-author NAME]...\n"
    "      Write OUT.docx with the other side's tracked changes accepted or rejected as Word does\n"
    "      (all of them, or all by an author; an author's answer wins over --accept-all or\n"
    "      --reject-all). Changes not answered, and comments, are kept as they came; a change that\n"
    "      cannot be answered (joining a paragraph across a table, say) is named and left.\n"
    "  compare OLD.docx NEW.docx -o REDLINE.docx [--author NAME] [--date ISO8601]\n"
    "      Write REDLINE.docx: NEW.docx with every difference from OLD.docx as Word tracked changes\n"
    "      (words, whole paragraphs); every other byte of NEW.docx is kept. Accepting all changes\n"
    "      reads as NEW, rejecting all as OLD. A difference that cannot be tracked (inside a locked\n"
    "      content control, say) is named and nothing is written.\n"
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
    "                 [--anthropic-version 2026-10-21|2023-06-01]\n"
    "      Review the NDA against the playbook for your side and write OUT.docx with each finding as\n"
    "      tracked changes and its rationale as a comment. The default reviewer is offline (nothing\n"
    "      leaves the machine). openai / anthropic / both / local send the clauses, in batches of\n"
    "      --batch-size, to that provider; keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY (or\n"
    "      --api-key-file: its first line, trimmed), base URLs from OPENAI_BASE_URL /\n"
    "      ANTHROPIC_BASE_URL / REDLINER_LOCAL_BASE_URL (or --base-url). Progress and retries are shown\n"
    "      on stderr; the report records the document's own tracked changes and comments (each with\n"
    "      the findings of its clause), provider, model, tokens, per-clause errors and each batch's\n"
    "      request ids. Anthropic gets API version 2026-10-21 (key as a bearer token) unless\n"
    "      --anthropic-version or REDLINER_ANTHROPIC_VERSION says 2023-06-01 (x-api-key); a server\n"
    "      that refuses the version sent gets the other one once.\n"
    "      --timeout S bounds each request from sending to its last byte (1 to 86400 s; default\n"
    "      600 cloud, 3000 local);\n"
    "      a batch is tried at most 3 times, with at most 60 s between tries, and --concurrency\n"
    "      batches run at once, so a review ends within about ceil(batches / concurrency) x\n"
    "      (3 x S + 120 s). An answer larger than 8 MB fails its batch.\n"
    "  review IN.docx|DIR... --out-dir OUT [--jobs N] [the options above but -o and --report]\n"
    "      Review several NDAs in one run: each file given and every .docx in each folder given\n"
    "      (recursively; Word's ~$ lock files and earlier \"(redline).docx\" outputs skipped) is\n"
    "      written to OUT as \"<name> (redline).docx\" with \"<name> (report).json\", and OUT/summary.csv\n"
    "      and OUT/summary.html list every file: parties, mutual or one-way, governing law, term,\n"
    "      high / medium / low findings, top three issues, status (reviewed, or failed and why; a\n"
    "      file that does not look like an NDA is named, not reviewed). A\n"
    "      file that fails never stops the others; the exit code is that of the first that failed.\n"
    "      --jobs N: documents reviewed at once (default: one per processor offline; 3 with a\n"
    "      provider, their requests sharing each provider's connection).\n"
    "  playbook check FILE.json\n"
    "      Validate a playbook as review --playbook does: print its name, version, issues and\n"
    "      SHA-256 (the hash a review report records), or every error with its line and field.\n"
    "  playbook diff A.json B.json\n"
    "      Print each setting, parameter and position in which B differs from A (issue: field:\n"
    "      before -> after); \"no differences\" if none. The exit code is 0 either way.\n"
    "\n"
    "  COMMAND --help prints that command's usage and options.\n"
    "  Inputs must be regular files, and no output may be an input or another output (however\n"
    "  spelled: relative, absolute, a link); outputs that exist must be regular files.\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help.\n"
    "  -v, --version    Show the version.\n"
    "\n"
    "Exit codes:\n"
    "  0  success\n"
    "  1  usage error: unknown command or option, missing or bad argument value, no API key or an\n"
    "     unusable provider setting; nothing was written\n"
    "  2  an edit cannot be anchored or written safely; nothing was written\n"
    "  3  an input is missing, not a regular file or not readable (the .docx, edits, playbook or key\n"
    "     file), a playbook has errors, or an output names an input or another output; nothing was\n"
    "     written\n"
    "  4  an output cannot be written (disk full, permissions, not a regular file). The message says\n"
    "     what was written: the redline may be, when only the --report failed\n"
    "  5  the LLM review failed for every clause (key rejected, provider down, timed out...);\n"
    "     nothing was written\n";

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
    if (command == u"changes")
        return Redliner::Cli::runChanges(args, io);
    if (command == u"answer")
        return Redliner::Cli::runAnswer(args, io);
    if (command == u"compare")
        return Redliner::Cli::runCompare(args, io);
    if (command == u"facts")
        return Redliner::Cli::runFacts(args, io);
    if (command == u"review")
        return Redliner::Cli::runReview(args, io);
    if (command == u"playbook")
        return Redliner::Cli::runPlaybook(args, io);
    err << (command.isEmpty() ? u"redliner-cli: no command given"_s : u"redliner-cli: unknown command '"_s + command + u"'"_s)
        << u"\n\n"_s << QString::fromUtf8(usage);
    return Redliner::Cli::UsageError;
}
