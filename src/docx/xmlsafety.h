// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace Redliner::Docx {

// Refuses what a .docx never needs and an attacker loves: DTDs (entity expansion) and absurd
// nesting. Call check() after every readNext(); it raises an error on the reader when it refuses.
class XmlSafety final {
public:
    explicit XmlSafety(int maxDepth) : m_maxDepth(maxDepth) {}

    bool check(QXmlStreamReader &xml)
    {
        switch (xml.tokenType()) {
        case QXmlStreamReader::DTD:
            return refuse(xml, QStringLiteral("contains a DTD or entity declarations, which Word documents never "
                                              "need; refused for safety"));
        case QXmlStreamReader::EntityReference:
            return refuse(xml, QStringLiteral("uses an undeclared entity reference"));
        case QXmlStreamReader::StartElement:
            if (++m_depth > m_maxDepth)
                return refuse(xml, QStringLiteral("nests XML elements deeper than %1 levels").arg(m_maxDepth));
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

private:
    bool refuse(QXmlStreamReader &xml, const QString &reason)
    {
        m_reason = reason;
        xml.raiseError(reason);
        return false;
    }

    int m_maxDepth;
    int m_depth = 0;
    QString m_reason;
};

} // namespace Redliner::Docx
