// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionwriter.h"
#include "bodyredliner.h"
#include "commentspart.h"
#include "packagewriter.h"
#include "xmltext.h"

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

QList<RevisionWriter::Refusal> RevisionWriter::check(const Document &doc, const QList<Edit> &edits)
{
    BodyRedliner redliner(doc, {});
    return redliner.plan(edits, true);
}

Outcome<QByteArray> RevisionWriter::write(const Document &doc, const QList<Edit> &edits,
                                          const RevisionOptions &options, QList<Refusal> *refusals)
{
    RevisionOptions opts = options;
    if (!opts.date.isValid())
        opts.date = QDateTime::currentDateTimeUtc();
    // Text that cannot be written is the input's fault, not the edits' placement: an input error.
    auto invalid = [&](const QString &reason) { return doc.package.error(DocxError::Code::InvalidText, {}, reason); };
    if (QString why = unwritableText(opts.author, u"the author name"_s); !why.isEmpty())
        return invalid(why);
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (QString why = unwritableEdit(edits[i], opts.comments); !why.isEmpty())
            return invalid(u"edit #%1: "_s.arg(i + 1) + why);
    }
    BodyRedliner redliner(doc, opts);
    const QList<Refusal> refused = redliner.plan(edits, opts.comments);
    if (refusals)
        *refusals = refused;
    if (!refused.isEmpty()) {
        const Refusal &first = refused.first();
        return doc.package.error(DocxError::Code::EditRefused, doc.mainPart,
                                 u"edit #%1 cannot be written: %2"_s.arg(first.edit + 1).arg(first.reason));
    }
    const QString body = redliner.apply();
    if (body.isEmpty())
        return doc.package.error(DocxError::Code::EditRefused, doc.mainPart, u"the edits could not be placed safely"_s);

    QHash<QString, QByteArray> parts;
    parts.insert(doc.mainPart, encodeXmlPart(body, doc.body.encoding));
    if (!redliner.comments().isEmpty()) {
        auto added = addComments(doc, redliner.comments(), opts);
        if (!added)
            return added.error();
        for (auto it = added.value().constBegin(); it != added.value().constEnd(); ++it) {
            // Never report success for a change that another part's bytes replaced.
            if (parts.contains(it.key()))
                return doc.package.error(DocxError::Code::WriteFailed, it.key(),
                                         u"would be written twice (as the document and as its comments)"_s);
            parts.insert(it.key(), it.value());
        }
    }
    return rewritePackage(doc.package, parts);
}

} // namespace Redliner::Docx
