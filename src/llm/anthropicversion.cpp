// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicversion.h"

#include <QHash>
#include <QMutex>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

QString key(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

struct Memory {
    QMutex mutex;
    QHash<QString, std::pair<QString, QString>> versions; // base URL -> (refused, accepted)
};

Memory &memory()
{
    static Memory m;
    return m;
}

} // namespace

bool isVersionRejection(const Failure &f)
{
    return f.kind == Failure::Kind::HttpStatus && f.httpStatus == 400
           && f.message.contains(u"anthropic-version"_s, Qt::CaseInsensitive);
}

std::optional<QString> AnthropicVersionMemory::recall(const QUrl &baseUrl, const QString &configured)
{
    Memory &m = memory();
    const QMutexLocker lock(&m.mutex);
    const auto it = m.versions.constFind(key(baseUrl));
    if (it == m.versions.cend() || it->first != configured)
        return std::nullopt;
    return it->second;
}

void AnthropicVersionMemory::remember(const QUrl &baseUrl, const QString &refused, const QString &accepted)
{
    Memory &m = memory();
    const QMutexLocker lock(&m.mutex);
    m.versions.insert(key(baseUrl), {refused, accepted});
}

void AnthropicVersionMemory::forgetAll()
{
    Memory &m = memory();
    const QMutexLocker lock(&m.mutex);
    m.versions.clear();
}

} // namespace Redliner::Llm
