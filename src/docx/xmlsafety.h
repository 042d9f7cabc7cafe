// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markupscan.h"
#include "packagelimits.h"

#include <QString>
#include <QXmlStreamReader>

namespace Redliner::Docx {

// Refuses what a .docx never needs and an attacker loves: DTDs (entity expansion) and absurd
// nesting, and more attributes or namespace declarations than the reader handles in linear time.
// Call scan() once with the text the reader will read, then check() after every readNext(); both
// raise an error on the reader when they refuse.
class XmlSafety final {
public:
    explicit XmlSafety(const PackageLimits &limits) : m_limits(limits) {}

    template<typename View>
    bool scan(QXmlStreamReader &xml, View text)
    {
        const MarkupScan scanned = scanMarkup(text, m_limits.maxAttributes, m_limits.maxNamespaces);
        if (scanned.reason.isEmpty())
            return true;
        m_line = scanned.line;
        m_column = scanned.column;
        return refuse(xml, scanned.reason);
    }

    bool check(QXmlStreamReader &xml)
    {
        switch (xml.tokenType()) {
        case QXmlStreamReader::DTD:
            return refuse(xml, QStringLiteral("contains a DTD or entity declarations, which Word documents never "
                                              "need; refused for safety"));
        case QXmlStreamReader::EntityReference:
            return refuse(xml, QStringLiteral("uses an undeclared entity reference"));
        case QXmlStreamReader::StartElement:
            if (++m_depth > m_limits.maxXmlDepth)
                return refuse(xml, QStringLiteral("nests XML elements deeper than %1 levels").arg(m_limits.maxXmlDepth));
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        default:
            return true;
        }
    }

    bool failed() const { return !m_reason.isEmpty(); }
    const QString &reason() const { return m_reason; }
    int depth() const { return m_depth; }
    // Where the error is: the scan knows better than the reader, which has not read anything yet.
    qint64 line(const QXmlStreamReader &xml) const { return m_line > 0 ? m_line : xml.lineNumber(); }
    qint64 column(const QXmlStreamReader &xml) const { return m_line > 0 ? m_column : xml.columnNumber(); }

private:
    bool refuse(QXmlStreamReader &xml, const QString &reason)
    {
        m_reason = reason;
        xml.raiseError(reason);
        return false;
    }

    PackageLimits m_limits;
    int m_depth = 0;
    qint64 m_line = 0;
    qint64 m_column = 0;
    QString m_reason;
};

} // namespace Redliner::Docx
