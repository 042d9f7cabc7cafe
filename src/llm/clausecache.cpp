// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausecache.h"

#include "reviewprompt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

// An entry is a few KB; anything much larger (or not a regular file: a FIFO would block the open)
// was not written by us, and is a miss.
constexpr qint64 MaxEntryBytes = 1024 * 1024;

} // namespace

ClauseCache::ClauseCache(const QString &directory) : m_directory(directory)
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/Redliner/llm"_s;
}

QByteArray ClauseCache::key(const ProviderConfig &config, const Review::Playbook &playbook, Review::Side side,
                            bool pseudonymised, const QString &clauseText)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each field ends with a NUL so that no two different field lists hash the same bytes.
    const auto add = [&hash](const QString &field) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    add(providerKindName(config.kind));
    add(config.baseUrl.toString(QUrl::RemoveUserInfo));
    add(config.model);
    add(QString::fromLatin1(PromptVersion));
    add(playbook.name);
    add(playbook.version);
    // A hand-edited playbook often keeps its version; its content decides what the answer was.
    add(playbook.sha256);
    add(Review::sideName(side));
    add(pseudonymised ? u"pseudonymised"_s : u"plain"_s);
    add(clauseText);
    return hash.result().toHex();
}

QString ClauseCache::pathFor(const QByteArray &key) const
{
    // Two-level fan-out keeps directories small after thousands of clauses.
    return m_directory + u'/' + QString::fromLatin1(key.first(2)) + u'/' + QString::fromLatin1(key) + u".json"_s;
}

std::optional<QList<ProposedChange>> ClauseCache::find(const QByteArray &key) const
{
    const QFileInfo info(pathFor(key));
    if (!info.isFile() || info.size() > MaxEntryBytes)
        return std::nullopt;
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(MaxEntryBytes)).object();
    if (o.value(u"key"_s).toString().toLatin1() != key || !o.value(u"changes"_s).isArray())
        return std::nullopt;
    QList<ProposedChange> changes;
    for (const QJsonValue &v : o.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        changes.append(ProposedChange{c.value(u"issue"_s).toString(), c.value(u"severity"_s).toString(),
                                      c.value(u"rationale"_s).toString(), c.value(u"revised_text"_s).toString()});
    }
    return changes;
}

bool ClauseCache::store(const QByteArray &key, const QList<ProposedChange> &changes) const
{
    const QString path = pathFor(key);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QJsonArray items;
    for (const ProposedChange &c : changes) {
        items.append(QJsonObject{{u"issue"_s, c.issue}, {u"severity"_s, c.severity},
                                 {u"rationale"_s, c.rationale}, {u"revised_text"_s, c.revisedText}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{u"key"_s, QString::fromLatin1(key)}, {u"changes"_s, items}}).toJson(QJsonDocument::Compact));
    // commit() would link a file whose final flush failed (a full disk): a truncated entry.
    return file.flush() && file.commit();
}

} // namespace Redliner::Llm
