// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxerror.h"
#include "packagelimits.h"
#include "xmlsafety.h"

#include <QXmlStreamReader>

namespace Redliner::Docx {

// A guarded QXmlStreamReader for the small parts (styles, numbering): DTDs and deep nesting are
// refused, errors carry part, line and column.
class PartXml final {
public:
    PartXml(const QByteArray &bytes, const PackageLimits &limits) : m_xml(bytes), m_safety(limits)
    {
        m_safety.scan(m_xml, QByteArrayView(bytes));
    }

    bool next()
    {
        if (m_xml.atEnd() || m_xml.hasError())
            return false;
        m_xml.readNext();
        return m_safety.check(m_xml) && !m_xml.hasError();
    }
    // The next start element in the WordprocessingML namespace, at any depth; false at the end.
    QXmlStreamReader &reader() { return m_xml; }
    bool isWord() const;
    QStringView attr(QLatin1StringView name) const
    {
        return m_xml.attributes().value(m_xml.namespaceUri().toString(), name);
    }
    DocxError error(const QString &file, const QString &part) const
    {
        DocxError e;
        e.code = m_safety.failed() ? DocxError::Code::ForbiddenXml : DocxError::Code::MalformedXml;
        e.file = file;
        e.part = part;
        e.line = m_safety.line(m_xml);
        e.column = m_safety.column(m_xml);
        e.reason = m_safety.failed() ? m_safety.reason()
                                     : QStringLiteral("is not well-formed XML: ") + m_xml.errorString();
        return e;
    }
    bool hasError() const { return m_xml.hasError(); }

private:
    QXmlStreamReader m_xml;
    XmlSafety m_safety;
};

} // namespace Redliner::Docx
