// SPDX-License-Identifier: GPL-3.0-or-later
#include "ndagenerator.h"

#include "ndaprose.h"
#include "wordparts.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace Redliner::TestSupport {

namespace {

// SplitMix64: tiny and fully specified, so a seed gives the same document on every platform
// (std::uniform_int_distribution is not portable across standard libraries).
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(qsizetype n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list[below(list.size())]; }

private:
    quint64 m_state;
};

qsizetype wordCount(QStringView text)
{
    return text.isEmpty() ? 0 : text.count(u' ') + 1;
}

// Run formatting variants seen in real documents: most runs inherit everything, some repeat the
// defaults explicitly (pasted text), some carry only a language or complex-script size.
const QList<QStringView> &runPropertyVariants()
{
    static const QList<QStringView> variants = {
        u"", u"", u"", u"", u"", u"", u"", u"<w:lang w:val=\"en-US\"/>", u"<w:szCs w:val=\"22\"/>",
        u"<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        u"<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
    };
    return variants;
}

class NdaWriter {
public:
    NdaWriter(int pages, quint32 seed);
    DocxSpec build();

private:
    QString openParagraph(const QString &pPrInner);
    // rsid: the revision session the run was typed in; empty picks one (mostly the paragraph's).
    QString run(const QString &text, const QString &rPrInner = {}, QString rsid = {});
    QString messyRuns(const QString &text);
    QString fill(QStringView sentence);
    struct Deck {
        QList<qsizetype> order;  // sentence indexes still to deal
        qsizetype dealt = 0;
    };
    QString sentences(const ProseTopic &topic, Deck *deck, int count, qsizetype *words);
    QString titleAndParties(qsizetype *words);
    QString partiesTable();
    QString tableCell(int width, const QString &paragraphsXml);
    QString clause(const ProseTopic &topic, qsizetype budget, qsizetype *words);
    QString signatures();
    QString plainParagraph(const QString &text, const QString &style = {});

    int m_pages;
    Rng m_rng;
    QStringList m_rsids;
    QString m_paragraphRsid;
    int m_paragraphs = 0;
    int m_clauseNumber = 0;
    int m_bookmarkId = 0;
    bool m_pageBreakPending = false;
    struct Bookmark {
        int clause = 0;
        QString name;
    } m_lastBookmark;
    Jurisdiction m_law;
    PartyNames m_discloser;
    PartyNames m_recipient;
};

NdaWriter::NdaWriter(int pages, quint32 seed)
    : m_pages(std::max(1, pages)), m_rng(quint64(seed) * 0x2545F4914F6CDD1DULL + 1)
{
    // A handful of editing sessions, as in a document several people have worked on.
    while (m_rsids.size() < 7) {
        const QString rsid = QStringLiteral("00%1").arg(m_rng.next() & 0xFFFFFF, 6, 16, QChar(u'0')).toUpper();
        if (!m_rsids.contains(rsid))
            m_rsids << rsid;
    }
    m_law = m_rng.pick(ndaJurisdictions());
    const QList<PartyNames> &parties = ndaParties();
    const int first = m_rng.below(parties.size());
    m_discloser = parties[first];
    m_recipient = parties[(first + 1 + m_rng.below(parties.size() - 1)) % parties.size()];
}

QString NdaWriter::openParagraph(const QString &pPrInner)
{
    // w14:paraId must be unique and below 0x80000000; Word writes one on every paragraph.
    const quint32 paraId = 0x1A000000u + quint32(++m_paragraphs) * 7u;
    m_paragraphRsid = m_rng.pick(m_rsids);
    QString xml = u"<w:p w14:paraId=\"" % QStringLiteral("%1").arg(paraId, 8, 16, QChar(u'0')).toUpper()
        % u"\" w14:textId=\"77777777\" w:rsidR=\"" % m_paragraphRsid % u"\" w:rsidRDefault=\""
        % m_paragraphRsid % u"\">";
    if (!pPrInner.isEmpty())
        xml += u"<w:pPr>" % pPrInner % u"</w:pPr>";
    return xml;
}

QString NdaWriter::run(const QString &text, const QString &rPrInner, QString rsid)
{
    // The first run after a page boundary carries Word's record of where it last broke the page.
    const bool pageBreak = std::exchange(m_pageBreakPending, false);
    if (rsid.isEmpty())
        rsid = m_rng.chance(70) ? m_paragraphRsid : m_rng.pick(m_rsids);
    // Word omits a run's rsid when it equals the paragraph's, and xml:space when nothing needs it.
    QString xml = rsid == m_paragraphRsid ? QStringLiteral("<w:r>")
                                          : QString(u"<w:r w:rsidR=\"" % rsid % u"\">");
    if (!rPrInner.isEmpty())
        xml += u"<w:rPr>" % rPrInner % u"</w:rPr>";
    if (pageBreak)
        xml += u"<w:lastRenderedPageBreak/>";
    const bool preserve = text.startsWith(u' ') || text.endsWith(u' ');
    return xml % (preserve ? QStringView(u"<w:t xml:space=\"preserve\">") : QStringView(u"<w:t>"))
        % escapeXml(text) % u"</w:t></w:r>";
}

// Splits text into runs the way Word's revision tracking does: at arbitrary points, often in the
// middle of a word, sometimes with a word wrapped in spelling-error marks.
QString NdaWriter::messyRuns(const QString &text)
{
    qsizetype proofStart = -1;
    qsizetype proofEnd = -1;
    if (m_rng.chance(15)) {
        qsizetype at = m_rng.below(text.size());
        while (at > 0 && text[at - 1].isLetter())
            --at;
        qsizetype end = at;
        while (end < text.size() && text[end].isLetter())
            ++end;
        if (end - at >= 6) {
            proofStart = at;
            proofEnd = end;
        }
    }
    QList<qsizetype> cuts = {0, text.size()};
    if (proofStart >= 0)
        cuts << proofStart << proofEnd;
    for (int i = m_rng.chance(50) ? 1 + int(m_rng.chance(20)) : 0; i > 0 && text.size() > 2; --i) {
        const qsizetype cut = 1 + m_rng.below(text.size() - 2);
        if (cut <= proofStart || cut >= proofEnd)
            cuts << cut;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString xml;
    const QString rPr = m_rng.pick(runPropertyVariants()).toString();
    QString rsid = m_rng.chance(70) ? m_paragraphRsid : m_rng.pick(m_rsids);
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const QString piece = text.mid(cuts[i], cuts[i + 1] - cuts[i]);
        const bool proof = cuts[i] == proofStart;
        if (proof)
            xml += u"<w:proofErr w:type=\"spellStart\"/>";
        // Word only splits a run where the revision session changes, so each piece gets a new one.
        if (i > 0) {
            const QString previous = rsid;
            while (rsid == previous)
                rsid = m_rng.pick(m_rsids);
        }
        xml += run(piece, rPr, rsid);
        if (proof)
            xml += u"<w:proofErr w:type=\"spellEnd\"/>";
    }
    return xml;
}

QString NdaWriter::fill(QStringView sentence)
{
    QString text = sentence.toString();
    // Each occurrence gets its own value: that is what makes otherwise equal clauses differ.
    const auto replaceEach = [this, &text](QStringView token, const QList<QStringView> &values) {
        qsizetype at = 0;
        while ((at = text.indexOf(token, at)) >= 0) {
            const QStringView value = m_rng.pick(values);
            text.replace(at, token.size(), value.toString());
            at += value.size();
        }
    };
    replaceEach(u"%PERIOD%", ndaPeriods());
    replaceEach(u"%DAYS%", ndaDayCounts());
    replaceEach(u"%MONTHS%", ndaMonthCounts());
    text.replace(QStringLiteral("%LAW%"), m_law.law.toString());
    text.replace(QStringLiteral("%CITY%"), m_law.city.toString());
    text.replace(QStringLiteral("%REGION%"), m_law.region.toString());
    return text;
}

// The next `count` sentences of a clause's shuffled deck of topic sentences; the deck is
// reshuffled when used up, so a long clause repeats sentences only after using all of them.
QString NdaWriter::sentences(const ProseTopic &topic, Deck *deck, int count, qsizetype *words)
{
    QStringList chosen;
    count = std::min(count, int(topic.sentences.size()));  // no sentence twice in a paragraph
    for (int n = 0; n < count; ++n) {
        if (deck->order.isEmpty()) {
            for (qsizetype i = 0; i < topic.sentences.size(); ++i)
                deck->order.append(i);
            for (qsizetype i = deck->order.size() - 1; i > 0; --i)
                std::swap(deck->order[i], deck->order[m_rng.below(i + 1)]);
        }
        chosen << fill(topic.sentences[deck->order.takeLast()]);
        ++deck->dealt;
    }
    const QString text = chosen.join(u' ');
    *words += wordCount(text);
    return text;
}

// Everything below builds XML with one `+=` per step on purpose: the operands of a `%` chain are
// evaluated in an unspecified order, which would make the random choices (and the paragraph a
// run's rsid belongs to) depend on the compiler.

QString NdaWriter::plainParagraph(const QString &text, const QString &style)
{
    QString xml = openParagraph(style.isEmpty() ? QString()
                                                : QString(u"<w:pStyle w:val=\"" % style % u"\"/>"));
    xml += messyRuns(text);
    return xml + u"</w:p>";
}

QString NdaWriter::tableCell(int width, const QString &paragraphsXml)
{
    return u"<w:tc><w:tcPr><w:tcW w:w=\"" % QString::number(width) % u"\" w:type=\"dxa\"/></w:tcPr>"
        % paragraphsXml % u"</w:tc>";
}

QString NdaWriter::partiesTable()
{
    const auto rowStart = [this] { return QString(u"<w:tr w:rsidR=\"" % m_rng.pick(m_rsids) % u"\">"); };
    const auto bold = [this](const QString &text) -> QString {
        QString xml = openParagraph({});
        xml += run(text, QStringLiteral("<w:b/>"));
        return xml + u"</w:p>";
    };
    const auto partyRow = [&](const PartyNames &party, QStringView role) -> QString {
        QString xml = rowStart();
        xml += tableCell(3600, plainParagraph(party.name % u" (the “" % role % u"”)"));
        QString notice = plainParagraph(party.address.toString());
        // An "Attention:<tab>" line is how addresses are usually laid out in these tables.
        notice += openParagraph({});
        notice += run(QStringLiteral("Attention:"));
        notice += u"<w:r><w:tab/></w:r>";
        notice += run(QStringLiteral("General Counsel"));
        notice += u"</w:p>";
        xml += tableCell(5760, notice);
        return xml + u"</w:tr>";
    };

    QString xml = QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"9360\" "
                                 "w:type=\"dxa\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
                                 "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" "
                                 "w:noVBand=\"1\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3600\"/>"
                                 "<w:gridCol w:w=\"5760\"/></w:tblGrid>");
    xml += rowStart();
    xml += tableCell(3600, bold(QStringLiteral("Party")));
    xml += tableCell(5760, bold(QStringLiteral("Address for notices")));
    xml += u"</w:tr>";
    xml += partyRow(m_discloser, u"Disclosing Party");
    xml += partyRow(m_recipient, u"Receiving Party");
    xml += rowStart();
    xml += tableCell(3600, plainParagraph(QStringLiteral("Effective Date")));
    xml += tableCell(5760, plainParagraph(QStringLiteral("The date of the last signature below.")));
    return xml + u"</w:tr></w:tbl>";
}

QString NdaWriter::titleAndParties(qsizetype *words)
{
    const QString preamble = u"This Mutual Non-Disclosure Agreement (this “Agreement”) is made between "
        % m_discloser.name % u" and " % m_recipient.name
        % u", each of whose details are set out in the table below. Each party expects to disclose "
          u"information to the other in connection with the Purpose and wishes to protect it on "
          u"the terms of this Agreement.";
    *words += wordCount(preamble) + 30;
    QString xml = plainParagraph(QStringLiteral("Mutual Non-Disclosure Agreement"), QStringLiteral("Title"));
    xml += plainParagraph(preamble);
    xml += plainParagraph(QStringLiteral("Parties"), QStringLiteral("Heading1"));
    xml += partiesTable();
    xml += plainParagraph(QStringLiteral("Agreed Terms"), QStringLiteral("Heading1"));
    return xml;
}

// One numbered clause of about `budget` words: a paragraph opening with the bold heading, then
// 1.1-style sub-paragraphs and perhaps an (a), (b), (c) list. It ends early rather than repeat
// the topic's sentences, so short topics give short clauses.
QString NdaWriter::clause(const ProseTopic &topic, qsizetype budget, qsizetype *pageWords)
{
    ++m_clauseNumber;
    qsizetype words = wordCount(topic.heading);
    Deck deck;
    QString xml = openParagraph(listParagraphProperties(0, false));

    // Cross-reference targets are hidden _Ref bookmarks around the clause heading, as Word makes.
    const bool bookmark = m_clauseNumber % 5 == 2;
    const int bookmarkId = m_bookmarkId;
    const QString bookmarkName = u"_Ref" % QString::number(100000000 + m_rng.below(899999999));
    if (bookmark) {
        xml += u"<w:bookmarkStart w:id=\"" % QString::number(bookmarkId) % u"\" w:name=\""
            % bookmarkName % u"\"/>";
        ++m_bookmarkId;
    }
    xml += run(topic.heading % u'.', QStringLiteral("<w:b/>"));
    if (bookmark)
        xml += u"<w:bookmarkEnd w:id=\"" % QString::number(bookmarkId) % u"\"/>";
    xml += messyRuns(u' ' % sentences(topic, &deck, m_rng.between(2, 4), &words));

    // Now and then refer back to an earlier clause through a REF field showing its number.
    if (!m_lastBookmark.name.isEmpty() && m_rng.chance(30)) {
        xml += run(QStringLiteral(" This clause is subject to clause "));
        xml += complexField(u" REF " % m_lastBookmark.name % u" \\r \\h ",
                            QString::number(m_lastBookmark.clause));
        xml += run(QStringLiteral("."));
        words += 7;
    }
    xml += u"</w:p>";
    if (bookmark)
        m_lastBookmark = {m_clauseNumber, bookmarkName};

    bool itemsUsed = topic.items.isEmpty();
    while (words < budget && (deck.dealt < topic.sentences.size() || !itemsUsed)) {
        if (!itemsUsed && (m_rng.chance(50) || deck.dealt >= topic.sentences.size())) {
            itemsUsed = true;
            xml += openParagraph(listParagraphProperties(1, false));
            xml += messyRuns(topic.itemLead.toString());
            xml += u"</w:p>";
            words += wordCount(topic.itemLead);
            const int count = m_rng.between(2, int(topic.items.size()));
            for (int i = 0; i < count; ++i) {
                QString item = topic.items[i].toString();
                if (i == count - 2)
                    item += u" and";
                else if (i == count - 1)
                    item.back() = u'.';
                xml += openParagraph(listParagraphProperties(2, true));
                xml += messyRuns(item);
                xml += u"</w:p>";
                words += wordCount(item);
            }
            continue;
        }
        xml += openParagraph(listParagraphProperties(1, false));
        xml += messyRuns(sentences(topic, &deck, m_rng.between(2, 3), &words));
        xml += u"</w:p>";
    }
    *pageWords += words;
    return xml;
}

QString NdaWriter::signatures()
{
    QString xml = plainParagraph(QStringLiteral("Signatures"), QStringLiteral("Heading2"));
    xml += plainParagraph(QStringLiteral("Signed by the authorised representatives of the parties "
                                         "on the dates written below."));
    for (const PartyNames &party : {m_discloser, m_recipient}) {
        xml += openParagraph(QStringLiteral("<w:keepNext/>"));
        xml += run(u"Signed for and on behalf of " % party.name, QStringLiteral("<w:b/>"));
        xml += u"</w:p>";
        for (QStringView label : {u"Signature:", u"Name:", u"Title:", u"Date:"}) {
            xml += openParagraph({});
            xml += run(label.toString());
            xml += u"<w:r><w:tab/></w:r>";
            xml += run(QStringLiteral("______________________________"));
            xml += u"</w:p>";
        }
    }
    // Word leaves an empty _GoBack bookmark where the last edit happened.
    xml += openParagraph({});
    return xml % u"<w:bookmarkStart w:id=\"" % QString::number(m_bookmarkId)
        % u"\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"" % QString::number(m_bookmarkId)
        % u"\"/></w:p>";
}

DocxSpec NdaWriter::build()
{
    const QList<ProseTopic> &topics = ndaTopics();
    QString body;
    qsizetype previousTopic = 0;
    qsizetype carry = 0;  // words the previous page ran over its budget
    for (int page = 0; page < m_pages; ++page) {
        const qsizetype budget = m_rng.between(450, 550) - carry;
        qsizetype words = 0;
        m_pageBreakPending = page > 0;
        if (page == 0)
            body += titleAndParties(&words);
        for (int clauses = 0; words < budget; ++clauses) {
            qsizetype topic = 0;
            if (page > 0 || clauses > 0) {
                do
                    topic = 1 + m_rng.below(topics.size() - 1);
                while (topic == previousTopic);
            }
            previousTopic = topic;
            // Aim at three clauses a page; a short topic leaves more for the next clause.
            const qsizetype share = (budget - words) / std::max(1, 3 - clauses);
            body += clause(topics[topic], std::max<qsizetype>(share, 60), &words);
        }
        carry = words - budget;
    }
    body += signatures();

    DocxSpec spec;
    spec.documentXml = wordDocument(body, sectionProperties(true, true));
    spec.stylesXml = stylesPart();
    spec.numberingXml = numberingPart({{QStringLiteral("decimal"), QStringLiteral("%1."), 720, 720},
                                       {QStringLiteral("decimal"), QStringLiteral("%1.%2"), 1584, 864},
                                       {QStringLiteral("lowerLetter"), QStringLiteral("(%3)"), 2160, 720}});
    spec.headers = {{QStringLiteral("header1.xml"), labelHeaderPart(QStringLiteral("CONFIDENTIAL"))}};
    spec.footers = {{QStringLiteral("footer1.xml"), pageNumberFooterPart()}};
    return spec;
}

} // namespace

DocxSpec generateNda(int pages, quint32 seed)
{
    return NdaWriter(pages, seed).build();
}

} // namespace Redliner::TestSupport
