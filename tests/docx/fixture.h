// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"
#include "docxbuilder.h"

#include <QRegularExpression>
#include <QTest>

// Hand-built documents for the pitfall tests: build a package from XML, read it, redline it,
// read the result back.
namespace Fixture {

using namespace Redliner;

inline Docx::Document read(const TestSupport::DocxSpec &spec)
{
    QString error;
    const QByteArray bytes = TestSupport::buildDocx(spec, &error);
    if (bytes.isEmpty())
        qFatal("fixture does not build: %s", qPrintable(error));
    auto pkg = Docx::Package::fromBytes(bytes, QStringLiteral("fixture.docx"));
    if (!pkg)
        qFatal("fixture package: %s", qPrintable(pkg.error().toString()));
    auto doc = Docx::DocumentReader::read(pkg.value());
    if (!doc)
        qFatal("fixture does not read: %s", qPrintable(doc.error().toString()));
    return doc.value();
}

inline Docx::Document body(const QString &bodyXml)
{
    TestSupport::DocxSpec spec;
    spec.documentXml = TestSupport::wordDocument(bodyXml);
    return read(spec);
}

inline Docx::RevisionOptions options()
{
    Docx::RevisionOptions o;
    o.author = QStringLiteral("Ann Lawyer");
    o.date = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    return o;
}

// Writes the edits and reads the result; fails the test when the writer refuses.
inline Docx::Document redline(const Docx::Document &doc, const QList<Docx::Edit> &edits)
{
    QList<Docx::RevisionWriter::Refusal> refusals;
    auto bytes = Docx::RevisionWriter::write(doc, edits, options(), &refusals);
    if (!bytes)
        qFatal("edits refused: %s", qPrintable(bytes.error().toString()));
    auto pkg = Docx::Package::fromBytes(bytes.value(), QStringLiteral("out.docx"));
    auto out = Docx::DocumentReader::read(pkg.value());
    if (!out)
        qFatal("output does not read: %s", qPrintable(out.error().toString()));
    return out.value();
}

// The reason the writer gives for refusing the edits; empty when it accepts them.
inline QString refusal(const Docx::Document &doc, const QList<Docx::Edit> &edits)
{
    const auto refused = Docx::RevisionWriter::check(doc, edits);
    return refused.isEmpty() ? QString() : refused.first().reason;
}

// Edit replacing the n-th occurrence (1-based) of what in the body text.
inline Docx::Edit replace(const Docx::Document &doc, const QString &what, const QString &with, int n = 1,
                          const QString &comment = {})
{
    qsizetype at = -1;
    for (int i = 0; i < n; ++i)
        at = doc.body.text.indexOf(what, at + 1);
    if (at < 0)
        qFatal("'%s' not in the fixture text '%s'", qPrintable(what), qPrintable(doc.body.text));
    return {qint32(at), qint32(at + what.size()), with, comment};
}

inline Docx::Edit insertAfter(const Docx::Document &doc, const QString &what, const QString &text)
{
    const qsizetype at = doc.body.text.indexOf(what);
    if (at < 0)
        qFatal("'%s' not in the fixture text", qPrintable(what));
    return {qint32(at + what.size()), qint32(at + what.size()), text, {}};
}

inline int count(const QString &haystack, const QString &pattern)
{
    return int(haystack.count(QRegularExpression(pattern)));
}

} // namespace Fixture
