// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxRecentFiles = 10;

QString providerGroup(Llm::ProviderKind kind)
{
    return u"providers/"_s + Llm::providerKindName(kind) + u"/"_s;
}
} // namespace

Settings::Settings(QObject *parent) : QObject(parent) {}

void Settings::set(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value && m_settings.contains(key))
        return;
    m_settings.setValue(key, value);
    emit changed();
}

QString Settings::systemUserName()
{
#ifdef Q_OS_UNIX
    // The GECOS field holds "Full Name,room,phone,...".
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    for (const char *name : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return u"Redliner"_s;
}

QString Settings::author() const
{
    const QString author = m_settings.value(u"review/author"_s).toString().trimmed();
    return author.isEmpty() ? systemUserName() : author;
}

void Settings::setAuthor(const QString &author)
{
    set(u"review/author"_s, author.trimmed() == systemUserName() ? QString() : author.trimmed());
}

Review::Side Settings::defaultSide() const
{
    Review::Side side = Review::Side::Receiving;
    Review::parseSide(m_settings.value(u"review/side"_s).toString(), &side);
    return side;
}

void Settings::setDefaultSide(Review::Side side)
{
    set(u"review/side"_s, Review::sideName(side));
}

QString Settings::playbookPath() const
{
    return m_settings.value(u"review/playbook"_s).toString();
}

void Settings::setPlaybookPath(const QString &path)
{
    set(u"review/playbook"_s, path);
}

bool Settings::exportComments() const
{
    return m_settings.value(u"export/comments"_s, true).toBool();
}

void Settings::setExportComments(bool on)
{
    set(u"export/comments"_s, on);
}

bool Settings::rememberExports() const
{
    return m_settings.value(u"export/remember"_s, true).toBool();
}

void Settings::setRememberExports(bool on)
{
    set(u"export/remember"_s, on);
}

bool Settings::pseudonymise() const
{
    return m_settings.value(u"llm/pseudonymise"_s, true).toBool();
}

void Settings::setPseudonymise(bool on)
{
    set(u"llm/pseudonymise"_s, on);
}

QString Settings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void Settings::setLanguage(const QString &language)
{
    set(u"ui/language"_s, language);
}

QString Settings::reviewer() const
{
    return m_settings.value(u"review/reviewer"_s, u"offline"_s).toString();
}

void Settings::setReviewer(const QString &reviewer)
{
    set(u"review/reviewer"_s, reviewer);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(u"files/recent"_s).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    set(u"files/recent"_s, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0)
        set(u"files/recent"_s, files);
}

void Settings::clearRecentFiles()
{
    set(u"files/recent"_s, QStringList());
}

Llm::ProviderConfig Settings::providerDefaults(Llm::ProviderKind kind)
{
    // The environment (OPENAI_BASE_URL, ANTHROPIC_API_KEY...) as the official SDKs read it, over
    // the built-in defaults; what the user set in Settings goes over both.
    return Llm::ProviderConfig::fromEnvironment(kind, QProcessEnvironment::systemEnvironment());
}

Llm::ProviderConfig Settings::provider(Llm::ProviderKind kind) const
{
    Llm::ProviderConfig c = providerDefaults(kind);
    const QString group = providerGroup(kind);
    const QUrl base(m_settings.value(group + u"baseUrl"_s).toString());
    if (base.isValid() && !base.isEmpty())
        c.baseUrl = base;
    const QString model = m_settings.value(group + u"model"_s).toString().trimmed();
    if (!model.isEmpty())
        c.model = model;
    c.maxConcurrent = m_settings.value(group + u"concurrency"_s, c.maxConcurrent).toInt();
    c.timeoutMs = m_settings.value(group + u"timeoutMs"_s, c.timeoutMs).toInt();
    const QString version = m_settings.value(group + u"apiVersion"_s).toString();
    if (kind == Llm::ProviderKind::Anthropic && Llm::isKnownAnthropicVersion(version))
        c.anthropicVersion = version;
    return c;
}

void Settings::setProvider(const Llm::ProviderConfig &config)
{
    const QString group = providerGroup(config.kind);
    // Only what differs from the defaults is stored, so that better defaults reach old users.
    const Llm::ProviderConfig d = providerDefaults(config.kind);
    set(group + u"baseUrl"_s, config.baseUrl == d.baseUrl ? QString() : config.baseUrl.toString());
    set(group + u"model"_s, config.model == d.model ? QString() : config.model);
    set(group + u"concurrency"_s, config.maxConcurrent);
    set(group + u"timeoutMs"_s, config.timeoutMs);
    if (config.kind == Llm::ProviderKind::Anthropic)
        set(group + u"apiVersion"_s,
            config.anthropicVersion == d.anthropicVersion ? QString() : config.anthropicVersion);
}

int Settings::llmBatchSize() const
{
    return std::clamp(m_settings.value(u"llm/batchSize"_s, 5).toInt(), 1, 50);
}

void Settings::setLlmBatchSize(int clauses)
{
    set(u"llm/batchSize"_s, clauses);
}

bool Settings::allowKeyFile() const
{
    return m_settings.value(u"keys/allowFile"_s, false).toBool();
}

void Settings::setAllowKeyFile(bool allow)
{
    set(u"keys/allowFile"_s, allow);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void Settings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
}

bool Settings::redlineOnly() const
{
    return m_settings.value(u"view/redlineOnly"_s, false).toBool();
}

void Settings::setRedlineOnly(bool on)
{
    set(u"view/redlineOnly"_s, on);
}

bool Settings::syncScrolling() const
{
    return m_settings.value(u"view/syncScrolling"_s, true).toBool();
}

void Settings::setSyncScrolling(bool on)
{
    set(u"view/syncScrolling"_s, on);
}

} // namespace Redliner::App
