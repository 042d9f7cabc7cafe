// SPDX-License-Identifier: GPL-3.0-or-later
#include "redactedurl.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

QString redactedUrl(const QUrl &url)
{
    QUrl out = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (out.hasQuery()) {
        QUrlQuery query(out);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items)
            item.second = u"redacted"_s;
        query.setQueryItems(items);
        out.setQuery(query);
    }
    return out.toString();
}

QString redactUrls(const QString &text)
{
    // A scheme, "://", then anything up to white space or a quote: the URL as Qt and servers quote it.
    static const QRegularExpression url(u"\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"'<>]+"_s);
    QString out;
    qsizetype last = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += redactedUrl(QUrl(m.captured()));
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

} // namespace Redliner::Llm
