// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/document.h"
#include "docx/edit.h"
#include "docx/revisionwriter.h"

#include <QRandomGenerator>

// Chooses realistic edits for a document the way a reviewer makes them (replace a word, delete a
// few words, insert after a word, delete across a paragraph break, add a paragraph) and keeps
// only those the writer accepts, so round trips exercise as much of each real file as possible.
namespace EditPicker {

struct Span {
    qint32 start;
    qint32 end;
};

inline QList<Span> words(const QString &text)
{
    QList<Span> out;
    qint32 i = 0;
    const qint32 n = qint32(text.size());
    while (i < n) {
        while (i < n && !text.at(i).isLetterOrNumber())
            ++i;
        const qint32 s = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        if (i > s)
            out.append({s, i});
    }
    return out;
}

// The text the edits make, as the writer places them: applied from the end, and at one position a
// sentence stays beside its paragraph's text, so new paragraphs after it ("\n...") are applied
// before it and new paragraphs before it ("...\n") after it.
inline QString applyEdits(QString text, QList<Redliner::Docx::Edit> edits)
{
    const auto rank = [](const Redliner::Docx::Edit &e) {
        return e.text.startsWith(QLatin1Char('\n')) ? 0 : e.text.endsWith(QLatin1Char('\n')) ? 2 : 1;
    };
    std::stable_sort(edits.begin(), edits.end(), [&](const auto &l, const auto &r) {
        return l.start != r.start ? l.start > r.start : rank(l) < rank(r);
    });
    for (const auto &e : edits)
        text.replace(e.start, e.end - e.start, e.text);
    return text;
}

inline QList<Redliner::Docx::Edit> pick(const Redliner::Docx::Document &doc, quint32 seed, int maxEdits)
{
    using Redliner::Docx::Edit;
    const QString &text = doc.body.text;
    const QList<Span> ws = words(text);
    QList<Edit> chosen;
    if (ws.isEmpty())
        return chosen;
    QRandomGenerator rng(seed);
    auto sameParagraph = [&](qint32 a, qint32 b) { return text.mid(a, b - a).indexOf(QLatin1Char('\n')) < 0; };
    for (int attempt = 0; attempt < maxEdits * 6 && chosen.size() < maxEdits; ++attempt) {
        const qsizetype i = rng.bounded(qint32(ws.size()));
        const Span w = ws[i];
        Edit e;
        switch (attempt % 6) {
        case 0:  // replace a word
            e = {w.start, w.end, QStringLiteral("Redlined"), QStringLiteral("Replaced by the round-trip test.")};
            break;
        case 1: {  // delete a few words in one paragraph
            const qsizetype j = qMin(ws.size() - 1, i + rng.bounded(3));
            if (!sameParagraph(w.start, ws[j].end))
                continue;
            e = {w.start, ws[j].end, QString(), QString()};
            break;
        }
        case 2:  // insert after a word
            e = {w.end, w.end, QStringLiteral(" and more"), QStringLiteral("Inserted by the round-trip test.")};
            break;
        case 3: {  // delete across a paragraph break, between paragraphs of one kind (pandoc 2.17
                   // moves text about when a merged paragraph meets a heading; Word does not)
            if (i + 1 >= ws.size() || sameParagraph(w.start, ws[i + 1].end))
                continue;
            const auto &p1 = doc.body.paragraphs.at(doc.body.paragraphAt(w.start));
            const auto &p2 = doc.body.paragraphs.at(doc.body.paragraphAt(ws[i + 1].start));
            if (p1.styleId != p2.styleId || p1.headingLevel != p2.headingLevel)
                continue;
            e = {w.start, ws[i + 1].end, QString(), QStringLiteral("Merged two paragraphs.")};
            break;
        }
        case 4: {  // add a paragraph after this word's paragraph
            const qsizetype p = doc.body.paragraphAt(w.start);
            const qint32 end = doc.body.paragraphs.at(p).textEnd;
            e = {end, end, QStringLiteral("\nA new paragraph from the round-trip test."), QStringLiteral("New clause.")};
            break;
        }
        default:  // replace a phrase with a longer one
            e = {w.start, w.end, QStringLiteral("three (3) years"), QString()};
            break;
        }
        QList<Edit> trial = chosen;
        trial.append(e);
        if (Redliner::Docx::RevisionWriter::check(doc, trial).isEmpty())
            chosen.append(e);
    }
    return chosen;
}

} // namespace EditPicker
