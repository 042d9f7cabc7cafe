// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small markdown subset the bundled sample documents are written in, parsed into blocks that
// map one-to-one onto Word paragraphs. Blocks are separated by blank lines:
//   # Title                      the document title
//   ## Heading                   an unnumbered heading
//   1. Clause heading            a numbered clause; the paragraph after it is its text
//   (a) text                     a lettered sub-item of the current clause
//   | cell | cell |              a table (the |---| separator row is skipped)
//   anything else                a plain paragraph; **bold** works inside any text
// The typed numbers and letters must run in order: Word's numbering supplies the real labels.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Redliner::TestSupport {

struct MarkdownBlock {
    enum class Kind { Title, Heading, Paragraph, Clause, SubItem, Table };
    Kind kind = Kind::Paragraph;
    QString text;                // Clause: the clause text (may be empty); others: the content
    QString heading;             // Clause only
    QList<QStringList> rows;     // Table only
    int line = 0;                // 1-based line the block starts on, for messages
};

// The blocks of `markdown`, or nothing with a "line N: reason" message in *error.
std::optional<QList<MarkdownBlock>> parseMarkdownSubset(const QString &markdown, QString *error);

} // namespace Redliner::TestSupport
