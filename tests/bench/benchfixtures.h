// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The documents redliner-bench measures, generated once per process, and the edits it writes.

#include "docx/document.h"
#include "docx/edit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace Redliner::Bench {

inline constexpr std::array<int, 3> kFixturePages = {5, 25, 100};

struct Fixture final {
    int pages = 0;
    QString name;               // "nda-100pages.docx"
    QByteArray docx;            // the whole package, as a file would hold it
    qint64 documentXmlBytes = 0;  // uncompressed main part
};

// generateNda(pages, 1) + buildDocx, done on first use and cached. Aborts the process when the
// generator fails: nothing can be measured without the document.
const Fixture &fixture(int pages);

// The fixture read with DocumentReader, once (for the write benchmark's setup).
const Docx::Document &parsedFixture(int pages);

// `count` edits spread evenly through the body: word replacements, deletions of a few words,
// insertions after a word, every third with a comment. Only plain text is touched (no fields,
// links, tables, headings), so every edit must be accepted; the caller checks.
QList<Docx::Edit> makeEdits(const Docx::Document &doc, int count);

// "edit #3 [120, 131) -> "such": reason" for each refusal; empty when all edits are accepted.
QString describeRefusals(const Docx::Document &doc, const QList<Docx::Edit> &edits);

bool writeFixtures(const QString &directory, QString *error);

} // namespace Redliner::Bench
