// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "anthropicdialect.h"
#include "openaidialect.h"

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<Dialect> Dialect::forProvider(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI: return std::make_unique<OpenAiDialect>(false);
    case ProviderKind::Local: return std::make_unique<OpenAiDialect>(true);
    case ProviderKind::Anthropic: return std::make_unique<AnthropicDialect>();
    }
    return nullptr;
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (!p.endsWith(u'/'))
        p += u'/';
    url.setPath(p + path);
    return url;
}

QNetworkRequest jsonPost(const QUrl &url, const ProviderConfig &config, const RequestOptions &options)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", options.stream ? "text/event-stream" : "application/json");
    request.setRawHeader("User-Agent", "Redliner/" REDLINER_VERSION);
    // The SDKs' attempt counter: servers and the mock see which try this is.
    request.setRawHeader("x-stainless-retry-count", QByteArray::number(options.attempt));
    // HTTP/2 is negotiated through ALPN over TLS; over cleartext only with prior knowledge.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (config.http2PriorKnowledge && url.scheme() == u"http"_s)
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    // Never cached by Qt, never sent with cookies: each call stands alone.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    // A redirect could carry the key to another host: APIs do not redirect, so none is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace Redliner::Llm
