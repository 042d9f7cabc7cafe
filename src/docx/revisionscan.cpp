// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionscan.h"

namespace Redliner::Docx {

namespace {

// By local name, whatever the prefix. A name in a comment or CDATA section counts too: reading a
// paragraph for nothing costs a little time, never a wrong result.
bool isWanted(QStringView name)
{
    if (const qsizetype colon = name.lastIndexOf(u':'); colon >= 0)
        name = name.sliced(colon + 1);
    switch (name.size()) {
    case 3: return name == u"ins" || name == u"del";
    case 6: return name == u"moveTo";
    case 8: return name == u"moveFrom";
    case 9: return name == u"rPrChange" || name == u"pPrChange";
    case 14: return name == u"moveToRangeEnd";
    case 15: return name == u"commentRangeEnd";
    case 16: return name == u"commentReference" || name == u"moveToRangeStart" || name == u"moveFromRangeEnd";
    case 17: return name == u"commentRangeStart";
    case 18: return name == u"moveFromRangeStart";
    default: return false;
    }
}

bool endsName(QChar c)
{
    return c == u' ' || c == u'>' || c == u'/' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

RevisionScan scanForRevisions(const Story &story)
{
    const QStringView xml(story.xml);
    const qsizetype n = xml.size();
    QList<qsizetype> wanted; // where start tags of wanted elements begin, in order
    for (qsizetype i = xml.indexOf(u'<'); i >= 0 && i + 1 < n; i = xml.indexOf(u'<', i + 1)) {
        const QChar first = xml[i + 1];
        if (first == u'/' || first == u'?' || first == u'!')
            continue;
        qsizetype end = i + 1;
        while (end < n && !endsName(xml[end]))
            ++end;
        if (isWanted(xml.sliced(i + 1, end - i - 1)))
            wanted.append(i);
    }
    RevisionScan scan;
    scan.anyMarkup = !wanted.isEmpty();
    if (!scan.anyMarkup)
        return scan;
    qsizetype next = 0;
    for (const Paragraph &p : story.paragraphs) {
        while (next < wanted.size() && wanted[next] < p.raw.begin)
            ++next;
        if (next < wanted.size() && wanted[next] < p.raw.end)
            continue;
        if (!scan.quiet.isEmpty() && scan.quiet.last().end == p.raw.begin)
            scan.quiet.last().end = p.raw.end;
        else
            scan.quiet.append(p.raw);
    }
    return scan;
}

} // namespace Redliner::Docx
