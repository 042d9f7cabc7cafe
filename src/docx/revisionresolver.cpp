// SPDX-License-Identifier: GPL-3.0-or-later
// RevisionResolver: decisions about the revisions already in the body become splices of its part
// text (tags unwrapped, elements removed, earlier properties put back, paragraphs joined); our
// edits are then carried over to the working text that results and written as usual.
#include "revisionresolver.h"
#include "documentreader.h"
#include "elementscan.h"
#include "packagewriter.h"
#include "xmltext.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;
using Kind = ExistingChange::Kind;

namespace {

bool isInsertion(Kind k)
{
    return k == Kind::Insertion || k == Kind::MoveTo;
}

bool isDeletion(Kind k)
{
    return k == Kind::Deletion || k == Kind::MoveFrom;
}

// Deciding so takes the element out with everything it holds.
bool removesContent(const ExistingChange &c, bool accept)
{
    return (isInsertion(c.kind) && !accept) || (isDeletion(c.kind) && accept);
}

// Deciding so joins the mark's paragraph with the next one.
bool joins(const ExistingChange &c, bool accept)
{
    return (c.kind == Kind::ParagraphInsertion && !accept) || (c.kind == Kind::ParagraphDeletion && accept);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Insertion: return u"insertion"_s;
    case Kind::Deletion: return u"deletion"_s;
    case Kind::MoveFrom: return u"move (from)"_s;
    case Kind::MoveTo: return u"move (to)"_s;
    case Kind::ParagraphInsertion: return u"inserted paragraph mark"_s;
    case Kind::ParagraphDeletion: return u"deleted paragraph mark"_s;
    case Kind::FormatChange: return u"formatting change"_s;
    case Kind::ParagraphPropertyChange: return u"paragraph property change"_s;
    }
    return {};
}

// "the insertion “Both parties…” by Alice": for messages.
QString describe(const ExistingChange &c)
{
    QString what = u"the "_s + kindName(c.kind);
    if (!c.text.isEmpty()) {
        const QString text = c.text.simplified();
        what += u" “"_s + (text.size() > 40 ? text.left(40) + u"…"_s : text) + u"”"_s;
    }
    if (!c.author.isEmpty())
        what += u" by "_s + c.author;
    return what;
}

// The paragraph holding a part offset, or -1. Paragraphs are disjoint and in document order (the
// parser reads none inside another), so a binary search finds it.
qsizetype paragraphAt(const Story &story, qsizetype offset)
{
    const auto &ps = story.paragraphs;
    const auto after = std::upper_bound(ps.cbegin(), ps.cend(), offset,
                                        [](qsizetype o, const Paragraph &p) { return o < p.raw.begin; });
    if (after == ps.cbegin() || offset >= std::prev(after)->raw.end)
        return -1;
    return std::prev(after) - ps.cbegin();
}

qsizetype contentStart(const Paragraph &p)
{
    return p.properties.isValid() ? p.properties.end : p.startTag.end;
}

qsizetype contentEnd(const QString &xml, const Paragraph &p)
{
    return xml.lastIndexOf(u'<', p.raw.end - 1);
}

// The revision marks a paragraph mark's w:rPr may hold.
bool isMarkRevision(QStringView name)
{
    return name == u"ins" || name == u"del" || name == u"moveFrom" || name == u"moveTo";
}

bool isMarker(QStringView name)
{
    return name == u"bookmarkStart" || name == u"bookmarkEnd" || name == u"commentRangeStart"
           || name == u"commentRangeEnd" || name == u"permStart" || name == u"permEnd" || name == u"moveFromRangeStart"
           || name == u"moveFromRangeEnd" || name == u"moveToRangeStart" || name == u"moveToRangeEnd";
}

// Between two paragraphs, nothing but white space and zero-width markers (a bookmark's or move
// range's end), which joining them keeps inside the joined paragraph.
bool onlyMarkersBetween(const QString &xml, qsizetype from, qsizetype to)
{
    bool text = false;
    bool balanced = true;
    const QList<ScannedElement> between = scanContent(xml, {from, to}, &text, &balanced);
    return balanced && !text && std::all_of(between.cbegin(), between.cend(), [](const ScannedElement &e) {
               return e.depth > 0 || isMarker(e.localName);
           });
}

// The paragraph a mark's change joins with the next, and that next one; or why it cannot.
struct Join {
    qsizetype paragraph = -1;
    qsizetype next = -1;
    QString why;
};

Join joinOf(const Story &story, const ExistingChange &c)
{
    Join j;
    j.paragraph = paragraphAt(story, c.raw.begin);
    if (j.paragraph < 0) {
        j.why = u"its paragraph was not found"_s;
        return j;
    }
    const Paragraph &p = story.paragraphs[j.paragraph];
    if (p.hasSectionBreak) {
        j.why = u"its paragraph ends a section; joining it with the next would remove the section break"_s;
        return j;
    }
    if (j.paragraph + 1 < story.paragraphs.size())
        j.next = j.paragraph + 1;
    const Paragraph *next = j.next >= 0 ? &story.paragraphs[j.next] : nullptr;
    if (p.lastInContainer || !next || next->container != p.container) {
        j.why = u"it ends the document or a table cell, so there is no paragraph to join it with"_s;
    } else if (!onlyMarkersBetween(story.xml, p.raw.end, next->raw.begin)) {
        j.why = u"a table or another block follows its paragraph; Redliner does not join a paragraph across it"_s;
    } else if (next->startTag.end == next->raw.end) {
        j.why = u"the paragraph after it is empty and has no properties to take"_s;
    }
    return j;
}

// The child of `parent` (at depth 0) with this local name, or nullptr.
const ScannedElement *child(const QList<ScannedElement> &elements, const XmlRange &parent, QStringView name, int depth)
{
    for (const ScannedElement &e : elements) {
        if (e.depth == depth && e.localName == name && e.raw.begin >= parent.begin && e.raw.end <= parent.end)
            return &e;
    }
    return nullptr;
}

// What stays of an element taken out: the bookmarks and comment anchors inside it, each comment's
// reference in a run of its own, so that no comment loses its place.
QString markersIn(const QString &xml, const XmlRange &element)
{
    QString kept;
    for (const ScannedElement &e : scanElements(xml, element)) {
        const QStringView raw = QStringView(xml).sliced(e.raw.begin, e.raw.length());
        if (isMarker(e.localName)) {
            kept += raw;
        } else if (e.localName == u"commentReference") {
            const QString prefix = e.qualifiedName.chopped(e.localName.size());
            kept += u'<' + prefix + u"r>"_s + raw + u"</"_s + prefix + u"r>"_s;
        }
    }
    return kept;
}

struct Piece {
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
};

// Disjoint replacements of the part text. One that covers others takes their place (its text was
// made with them applied, or the range goes away); a partial overlap is a clash.
class Pieces {
public:
    bool add(Piece piece)
    {
        auto it = std::lower_bound(m_pieces.begin(), m_pieces.end(), piece.begin,
                                   [](const Piece &p, qsizetype b) { return p.end <= b; });
        // `it` is the first piece that ends after the new one begins.
        if (it != m_pieces.end() && it->begin <= piece.begin && piece.end <= it->end && it->end > it->begin)
            return true; // inside one already there: what it replaces goes with it
        auto last = it;
        while (last != m_pieces.end() && last->begin < piece.end) {
            if (last->begin < piece.begin || last->end > piece.end)
                return false;
            ++last;
        }
        it = m_pieces.erase(it, last);
        m_pieces.insert(it, std::move(piece));
        return true;
    }

    // The text of [begin, end) with the pieces inside it applied.
    QString applied(const QString &xml, qsizetype begin, qsizetype end) const
    {
        QString out;
        qsizetype at = begin;
        for (const Piece &p : m_pieces) {
            if (p.begin < begin || p.end > end)
                continue;
            out += QStringView(xml).sliced(at, p.begin - at);
            out += p.text;
            at = p.end;
        }
        out += QStringView(xml).sliced(at, end - at);
        return out;
    }

private:
    QList<Piece> m_pieces; // sorted by begin
};

// The decisions that still matter, by change index: one inside an element that goes away with all
// it holds goes with it.
QMap<qsizetype, bool> effectiveDecisions(const ExistingMarkup &markup, const QList<Resolution> &resolutions)
{
    QMap<qsizetype, bool> decided;
    for (const Resolution &r : resolutions)
        decided.insert(r.change, r.accept);
    QMap<qsizetype, bool> effective;
    for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
        bool moot = false;
        for (qint32 up = markup.changes[it.key()].within; up >= 0 && !moot; up = markup.changes[up].within) {
            const auto outer = decided.constFind(up);
            moot = outer != decided.cend() && removesContent(markup.changes[up], outer.value());
        }
        if (!moot)
            effective.insert(it.key(), it.value());
    }
    return effective;
}

QList<TextShift> textShifts(const Story &story, const ExistingMarkup &markup, const QMap<qsizetype, bool> &decisions)
{
    // A paragraph mark someone inserted and another deleted has both changes on it: rejecting the
    // insertion takes the mark away whatever becomes of the deletion.
    QSet<qsizetype> insertedMarkRejected;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        const ExistingChange &c = markup.changes[it.key()];
        if (!it.value() && c.kind == Kind::ParagraphInsertion)
            insertedMarkRejected.insert(paragraphAt(story, c.raw.begin));
    }
    QList<TextShift> shifts;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        const ExistingChange &c = markup.changes[it.key()];
        if (it.value())
            continue; // accepting keeps the working text as it reads
        if (isInsertion(c.kind))
            shifts.append({c.start, c.end - c.start, 0});
        else if (isDeletion(c.kind))
            shifts.append({c.start, 0, qint32(c.text.size())});
        else if (c.kind == Kind::ParagraphInsertion)
            shifts.append({c.start, c.end - c.start, 0}); // nothing when someone deleted the mark since
        else if (c.kind == Kind::ParagraphDeletion && !insertedMarkRejected.contains(paragraphAt(story, c.raw.begin)))
            shifts.append({c.start, 0, 1});
    }
    std::sort(shifts.begin(), shifts.end(), [](const TextShift &a, const TextShift &b) { return a.at < b.at; });
    return shifts;
}

// Where a working-text position goes; text put back at the position itself lands before it when
// `afterRestored`. -1 when the position lies strictly inside text taken out.
qint32 mapPosition(const QList<TextShift> &shifts, qint32 pos, bool afterRestored)
{
    qint32 delta = 0;
    for (const TextShift &s : shifts) {
        if (s.removed > 0) {
            if (s.at < pos && pos < s.at + s.removed)
                return -1;
            if (s.at + s.removed <= pos)
                delta -= s.removed;
        }
        if (s.inserted > 0 && (s.at < pos || (s.at == pos && afterRestored)))
            delta += s.inserted;
    }
    return pos + delta;
}

QString removedTextProblem(const QList<TextShift> &shifts, const Edit &e)
{
    for (const TextShift &s : shifts) {
        if (s.removed > 0 && e.start < s.at + s.removed && s.at < e.end)
            return u"it changes text of theirs that you rejected"_s;
        if (s.removed > 0 && e.start == e.end && s.at < e.start && e.start < s.at + s.removed)
            return u"it lies inside text of theirs that you rejected"_s;
    }
    return {};
}

// Our edit where it lands after resolving, or why it cannot be carried there.
QString mapEdit(const QList<TextShift> &shifts, const QString &before, const QString &after, Edit &e)
{
    if (const QString why = removedTextProblem(shifts, e); !why.isEmpty())
        return why;
    const qint32 start = mapPosition(shifts, e.start, true);
    const qint32 end = e.end == e.start ? start : mapPosition(shifts, e.end, false);
    if (start < 0 || end < start)
        return u"it lies inside text of theirs that you rejected"_s;
    if (QStringView(after).mid(start, end - start) != QStringView(before).mid(e.start, e.end - e.start))
        return u"the text it changes reads differently once their changes are resolved"_s;
    // New text alone has no text of its own to compare: the character after it must still follow,
    // unless resolving put text back or took text away right there.
    const bool shiftedHere =
        std::any_of(shifts.cbegin(), shifts.cend(), [&](const TextShift &s) { return s.at == e.start; });
    if (e.start == e.end && !shiftedHere && e.start < before.size()
        && (start >= after.size() || after[start] != before[e.start]))
        return u"the place of the new text reads differently once their changes are resolved"_s;
    if (e.paragraphStyleFrom >= 0)
        e.paragraphStyleFrom = qMax(0, mapPosition(shifts, e.paragraphStyleFrom, true));
    e.start = start;
    e.end = end;
    return {};
}

} // namespace

QString RevisionResolver::check(const Document &doc, const ExistingMarkup &markup, const Resolution &resolution)
{
    if (resolution.change < 0 || resolution.change >= markup.changes.size())
        return u"there is no such change in the document"_s;
    const ExistingChange &c = markup.changes[resolution.change];
    if (!c.raw.isValid() || c.raw.end > doc.body.xml.size())
        return u"where it is in the document was not recorded"_s;
    if (joins(c, resolution.accept))
        return joinOf(doc.body, c).why;
    if (!resolution.accept && (c.kind == Kind::FormatChange || c.kind == Kind::ParagraphPropertyChange)) {
        const QList<ScannedElement> inside = scanElements(doc.body.xml, c.properties);
        const QStringView earlier = c.kind == Kind::FormatChange ? u"rPr" : u"pPr";
        if (!c.properties.isValid() || !child(inside, c.raw, earlier, 1))
            return u"the earlier properties are not recorded in the document"_s;
    }
    return {};
}

Outcome<QByteArray> RevisionResolver::resolve(const Document &doc, const ExistingMarkup &markup,
                                              const QList<Resolution> &resolutions)
{
    const QString &xml = doc.body.xml;
    auto refuse = [&](qsizetype index, bool accept, const QString &why) {
        return doc.package.error(
            DocxError::Code::EditRefused, doc.mainPart,
            u"%1 cannot be %2: %3"_s.arg(describe(markup.changes[index]), accept ? u"accepted"_s : u"rejected"_s, why));
    };
    for (const Resolution &r : resolutions) {
        if (r.change < 0 || r.change >= markup.changes.size())
            return doc.package.error(DocxError::Code::EditRefused, doc.mainPart,
                                     u"change #%1 is not in the document"_s.arg(r.change + 1));
        if (const QString why = check(doc, markup, r); !why.isEmpty())
            return refuse(r.change, r.accept, why);
    }
    const QMap<qsizetype, bool> decisions = effectiveDecisions(markup, resolutions);
    Pieces pieces;
    bool fits = true;
    QList<qsizetype> joined; // paragraphs whose marks go
    // Tags and whole elements first; what rebuilds properties or paragraphs uses them.
    for (auto it = decisions.cbegin(); it != decisions.cend() && fits; ++it) {
        const ExistingChange &c = markup.changes[it.key()];
        const bool accept = it.value();
        if (removesContent(c, accept)) {
            fits = pieces.add({c.raw.begin, c.raw.end, markersIn(xml, c.raw)});
        } else if (isInsertion(c.kind) || isDeletion(c.kind)) {
            const XmlRange content = contentOf(xml, c.raw);
            if (content.begin == c.raw.end) {
                fits = pieces.add({c.raw.begin, c.raw.end, {}});
                continue;
            }
            fits = pieces.add({c.raw.begin, content.begin, {}}) && pieces.add({content.end, c.raw.end, {}});
            if (!isDeletion(c.kind))
                continue;
            // Deleted text becomes text again, except inside a deletion nested in this one.
            qsizetype nestedEnd = -1;
            for (const ScannedElement &e : scanElements(xml, c.raw)) {
                if (e.raw.begin < nestedEnd)
                    continue;
                if (e.localName == u"del" || e.localName == u"moveFrom") {
                    nestedEnd = e.raw.end;
                    continue;
                }
                if (e.localName != u"delText" && e.localName != u"delInstrText")
                    continue;
                const QString prefix = e.qualifiedName.chopped(e.localName.size());
                const QString name = prefix + (e.localName == u"delText" ? u"t"_s : u"instrText"_s);
                fits = fits && pieces.add({e.startTag.begin + 1, e.startTag.begin + 1 + e.qualifiedName.size(), name});
                if (e.endTag.begin != e.startTag.begin)
                    fits = fits && pieces.add({e.endTag.begin + 2, e.endTag.begin + 2 + e.qualifiedName.size(), name});
            }
        } else if (joins(c, accept)) {
            joined.append(joinOf(doc.body, c).paragraph);
        } else if (accept || c.kind == Kind::ParagraphInsertion || c.kind == Kind::ParagraphDeletion) {
            fits = pieces.add({c.raw.begin, c.raw.end, {}}); // the revision's record goes, the state stays
        }
        if (!fits)
            return refuse(it.key(), it.value(), u"it overlaps another change decided in the same export"_s);
    }
    // Earlier properties put back: the revision marks of a paragraph mark (and a section break)
    // stay with the properties.
    // A mark's formatting first: a paragraph's properties put back copy its w:rPr with it.
    QList<qsizetype> propertyRejections;
    for (const Kind kind : {Kind::FormatChange, Kind::ParagraphPropertyChange}) {
        for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
            if (!it.value() && markup.changes[it.key()].kind == kind)
                propertyRejections.append(it.key());
        }
    }
    for (const qsizetype index : std::as_const(propertyRejections)) {
        const ExistingChange &c = markup.changes[index];
        const QList<ScannedElement> inside = scanElements(xml, c.properties);
        const bool format = c.kind == Kind::FormatChange;
        const ScannedElement *earlier = child(inside, c.raw, format ? u"rPr" : u"pPr", 1);
        const XmlRange earlierContent = contentOf(xml, earlier->raw);
        QString kept;
        for (const ScannedElement &e : inside) {
            if (e.depth != 0)
                continue;
            const bool keep =
                format ? isMarkRevision(e.localName) : (e.localName == u"rPr" || e.localName == u"sectPr");
            if (keep)
                kept += pieces.applied(xml, e.raw.begin, e.raw.end);
        }
        const QString earlierText = xml.sliced(earlierContent.begin, earlierContent.length());
        const XmlRange content = contentOf(xml, c.properties);
        if (!pieces.add({content.begin, content.end, format ? kept + earlierText : earlierText + kept}))
            return refuse(index, false, u"it overlaps another change decided in the same export"_s);
    }
    // Paragraphs joined: a run of them and the one after become one paragraph with the last one's
    // properties (its mark is the one that stays, as in Word).
    std::sort(joined.begin(), joined.end());
    joined.erase(std::unique(joined.begin(), joined.end()), joined.end());
    for (qsizetype i = 0; i < joined.size();) {
        qsizetype last = i;
        // Each joined paragraph's next one (check() made sure it exists) ends the chain, unless it
        // is joined too.
        QList<qsizetype> chain{joined[i]};
        while (last + 1 < joined.size() && joined[last + 1] == chain.last() + 1)
            chain.append(joined[++last]);
        const qsizetype next = chain.last() + 1;
        const Paragraph &first = doc.body.paragraphs[chain.first()];
        const Paragraph &target = doc.body.paragraphs[next];
        const QString opening = pieces.applied(xml, target.raw.begin, contentStart(target));
        bool ok = true;
        for (qsizetype k = 0; k < chain.size() && ok; ++k) {
            const Paragraph &p = doc.body.paragraphs[chain[k]];
            const Paragraph &after = k + 1 < chain.size() ? doc.body.paragraphs[chain[k + 1]] : target;
            QString markers;
            for (const ScannedElement &e : scanContent(xml, {p.raw.end, after.raw.begin})) {
                if (e.depth == 0)
                    markers += xml.sliced(e.raw.begin, e.raw.length());
            }
            ok = pieces.add({contentEnd(xml, p), contentStart(after), markers});
        }
        ok = ok && pieces.add({first.raw.begin, contentStart(first), opening});
        if (!ok)
            return doc.package.error(
                DocxError::Code::EditRefused, doc.mainPart,
                u"joining paragraphs at “%1” clashes with another change decided in the same export"_s.arg(
                    doc.body.text.sliced(first.textStart, qMin(40, first.length()))));
        i = last + 1;
    }
    const QString body = pieces.applied(xml, 0, xml.size());
    return rewritePackage(doc.package, {{doc.mainPart, encodeXmlPart(body, doc.body.encoding)}});
}

QString ResolvedDocument::carry(Edit &edit) const
{
    return mapEdit(m_shifts, m_before, m_document.body.text, edit);
}

Outcome<ResolvedDocument> RevisionResolver::read(const Document &doc, const ExistingMarkup &markup,
                                                 const QList<Resolution> &resolutions)
{
    auto resolved = resolve(doc, markup, resolutions);
    if (!resolved)
        return resolved.error();
    auto package = Package::fromBytes(std::move(resolved).value(), doc.package.displayName());
    if (!package)
        return package.error();
    auto reread = DocumentReader::read(std::move(package).value());
    if (!reread)
        return reread.error();
    ResolvedDocument out;
    out.m_document = std::move(reread).value();
    out.m_before = doc.body.text;
    out.m_shifts = textShifts(doc.body, markup, effectiveDecisions(markup, resolutions));
    return out;
}

Outcome<QByteArray> RevisionResolver::write(const Document &doc, const ExistingMarkup &markup,
                                            const QList<Resolution> &resolutions, const QList<Edit> &edits,
                                            const RevisionOptions &options, QList<RevisionWriter::Refusal> *refusals)
{
    if (resolutions.isEmpty())
        return RevisionWriter::write(doc, edits, options, refusals);
    auto resolved = read(doc, markup, resolutions);
    if (!resolved)
        return resolved.error();
    const ResolvedDocument &r = resolved.value();
    if (edits.isEmpty())
        return r.document().package.bytes();
    QList<Edit> carried = edits;
    QList<RevisionWriter::Refusal> refused;
    for (qsizetype i = 0; i < carried.size(); ++i) {
        if (const QString why = r.carry(carried[i]); !why.isEmpty())
            refused.append({int(i), why});
    }
    if (refusals)
        *refusals = refused;
    if (!refused.isEmpty())
        return doc.package.error(
            DocxError::Code::EditRefused, doc.mainPart,
            u"edit #%1 cannot be written: %2"_s.arg(refused.first().edit + 1).arg(refused.first().reason));
    return RevisionWriter::write(r.document(), carried, options, refusals);
}

} // namespace Redliner::Docx
