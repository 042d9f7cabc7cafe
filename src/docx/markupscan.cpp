// SPDX-License-Identifier: GPL-3.0-or-later
#include "markupscan.h"

#include <QList>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename View>
class Scanner final {
public:
    Scanner(View xml, int maxAttributes, int maxNamespaces)
        : m_xml(xml), m_maxAttributes(maxAttributes), m_maxNamespaces(maxNamespaces)
    {
    }

    MarkupScan run()
    {
        while (m_at < m_xml.size() && m_result.reason.isEmpty()) {
            if (at(m_at) != u'<') {
                step();
            } else if (startsWith("<!--")) {
                skipPast("-->");
            } else if (startsWith("<![CDATA[")) {
                skipPast("]]>");
            } else if (startsWith("<?")) {
                skipPast("?>");
            } else if (startsWith("<!")) {
                skipPast(">");  // a DTD: XmlSafety refuses it when the reader gets there
            } else if (startsWith("</")) {
                if (!m_scopes.isEmpty())
                    m_inScope -= m_scopes.takeLast();
                skipPast(">");
            } else {
                startTag();
            }
        }
        return m_result;
    }

private:
    static char16_t unit(char c) { return char16_t(quint8(c)); }
    static char16_t unit(QChar c) { return c.unicode(); }
    char16_t at(qsizetype i) const { return unit(m_xml[i]); }
    bool isSpace(char16_t c) const { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }
    void step()
    {
        if (at(m_at) == u'\n') {
            ++m_line;
            m_lineStart = m_at + 1;
        }
        ++m_at;
    }
    bool startsWith(const char *s) const
    {
        for (qsizetype i = 0; s[i]; ++i) {
            if (m_at + i >= m_xml.size() || at(m_at + i) != char16_t(s[i]))
                return false;
        }
        return true;
    }
    void skipPast(const char *end)
    {
        while (m_at < m_xml.size() && !startsWith(end))
            step();
        for (qsizetype i = 0; end[i] && m_at < m_xml.size(); ++i)
            step();
    }
    // The attribute name before the '=' at i.
    bool declaresNamespace(qsizetype i) const
    {
        qsizetype end = i;
        while (end > 0 && isSpace(at(end - 1)))
            --end;
        qsizetype begin = end;
        while (begin > 0 && !isSpace(at(begin - 1)) && at(begin - 1) != u'"' && at(begin - 1) != u'\'')
            --begin;
        const qsizetype length = end - begin;
        auto is = [&](qsizetype k, char c) { return at(begin + k) == char16_t(c); };
        return length >= 5 && is(0, 'x') && is(1, 'm') && is(2, 'l') && is(3, 'n') && is(4, 's')
            && (length == 5 || is(5, ':'));
    }
    void startTag()
    {
        const qint64 line = m_line;
        const qsizetype column = m_at - m_lineStart + 1;
        int attributes = 0;
        int namespaces = 0;
        char16_t quote = 0;
        bool selfClosing = false;
        step();
        while (m_at < m_xml.size()) {
            const char16_t c = at(m_at);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'=') {
                // The reader keeps namespace declarations apart from attributes.
                ++(declaresNamespace(m_at) ? namespaces : attributes);
            } else if (c == u'>') {
                selfClosing = m_at > 0 && at(m_at - 1) == u'/';
                step();
                break;
            }
            step();
        }
        auto fail = [&](const QString &reason) { m_result = {reason, line, column}; };
        if (attributes > m_maxAttributes)
            return fail(u"has an element with %1 attributes, more than the %2 allowed"_s.arg(attributes).arg(m_maxAttributes));
        if (m_inScope + namespaces > m_maxNamespaces)
            return fail(u"declares more than %1 XML namespaces at once"_s.arg(m_maxNamespaces));
        if (!selfClosing) {
            m_scopes.append(namespaces);
            m_inScope += namespaces;
        }
    }

    View m_xml;
    int m_maxAttributes;
    int m_maxNamespaces;
    qsizetype m_at = 0;
    qint64 m_line = 1;
    qsizetype m_lineStart = 0;
    QList<int> m_scopes;  // namespace declarations of each open element
    qint64 m_inScope = 0;
    MarkupScan m_result;
};

} // namespace

MarkupScan scanMarkup(QByteArrayView xml, int maxAttributes, int maxNamespaces)
{
    return Scanner<QByteArrayView>(xml, maxAttributes, maxNamespaces).run();
}

MarkupScan scanMarkup(QStringView xml, int maxAttributes, int maxNamespaces)
{
    return Scanner<QStringView>(xml, maxAttributes, maxNamespaces).run();
}

} // namespace Redliner::Docx
