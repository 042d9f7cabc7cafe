// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsubset.h"

#include <QRegularExpression>

#include <utility>

namespace Redliner::TestSupport {

namespace {

struct RawBlock {
    QStringList lines;
    int line = 0;
};

QList<RawBlock> splitBlocks(const QString &markdown)
{
    QList<RawBlock> blocks;
    RawBlock current;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) {
            if (!current.lines.isEmpty())
                blocks.append(std::exchange(current, {}));
            continue;
        }
        if (current.lines.isEmpty())
            current.line = int(i + 1);
        current.lines.append(line);
    }
    if (!current.lines.isEmpty())
        blocks.append(current);
    return blocks;
}

QList<QStringList> tableRows(const QStringList &lines)
{
    static const QRegularExpression separator(QStringLiteral("^\\|?[\\s:|-]+\\|?$"));
    QList<QStringList> rows;
    for (QString line : lines) {
        if (separator.match(line).hasMatch())
            continue;
        if (line.startsWith(u'|'))
            line.remove(0, 1);
        if (line.endsWith(u'|'))
            line.chop(1);
        QStringList cells = line.split(u'|');
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.append(cells);
    }
    return rows;
}

} // namespace

std::optional<QList<MarkdownBlock>> parseMarkdownSubset(const QString &markdown, QString *error)
{
    static const QRegularExpression clause(QStringLiteral("^(\\d+)\\.\\s+(.+)$"));
    static const QRegularExpression subItem(QStringLiteral("^\\(([a-z])\\)\\s+(.+)$"));
    const auto fail = [error](int line, const QString &reason) {
        if (error)
            *error = u"line " % QString::number(line) % u": " % reason;
        return std::nullopt;
    };

    QList<MarkdownBlock> blocks;
    int clauseNumber = 0;
    QChar nextLetter = u'a';
    for (const RawBlock &raw : splitBlocks(markdown)) {
        MarkdownBlock block;
        block.line = raw.line;
        const QString &first = raw.lines.first();
        const QString rest = raw.lines.mid(1).join(u' ');
        const QRegularExpressionMatch clauseMatch = clause.match(first);
        const QRegularExpressionMatch itemMatch = subItem.match(first);
        if (first.startsWith(u"# ")) {
            block.kind = MarkdownBlock::Kind::Title;
            block.text = QString(first.mid(2).trimmed() % u' ' % rest).trimmed();
        } else if (first.startsWith(u"## ")) {
            block.kind = MarkdownBlock::Kind::Heading;
            block.text = QString(first.mid(3).trimmed() % u' ' % rest).trimmed();
        } else if (first.startsWith(u'|')) {
            block.kind = MarkdownBlock::Kind::Table;
            block.rows = tableRows(raw.lines);
        } else if (clauseMatch.hasMatch()) {
            // The typed number is only a check: the .docx gets its labels from numbering.xml.
            if (clauseMatch.captured(1).toInt() != ++clauseNumber)
                return fail(raw.line, u"expected clause " % QString::number(clauseNumber));
            block.kind = MarkdownBlock::Kind::Clause;
            block.heading = clauseMatch.captured(2).trimmed();
            block.text = rest;
            nextLetter = u'a';
        } else if (itemMatch.hasMatch()) {
            if (clauseNumber == 0)
                return fail(raw.line, QStringLiteral("a lettered item needs a clause before it"));
            if (itemMatch.captured(1).front() != nextLetter)
                return fail(raw.line, u"expected item (" % nextLetter % u')');
            nextLetter = QChar(nextLetter.unicode() + 1);
            block.kind = MarkdownBlock::Kind::SubItem;
            block.text = QString(itemMatch.captured(2) % u' ' % rest).trimmed();
        } else {
            // A clause line on its own takes the paragraph after it as its text.
            if (!blocks.isEmpty() && blocks.last().kind == MarkdownBlock::Kind::Clause
                && blocks.last().text.isEmpty()) {
                blocks.last().text = raw.lines.join(u' ');
                continue;
            }
            block.text = raw.lines.join(u' ');
        }
        blocks.append(block);
    }
    return blocks;
}

} // namespace Redliner::TestSupport
