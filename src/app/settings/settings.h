// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerconfig.h"
#include "review/playbook.h"

#include <QObject>
#include <QSettings>

namespace Redliner::App {

// The one access point to the user's settings (QSettings, the platform's place for them).
// API keys are never stored here: KeyStore keeps them in the OS keychain.
class Settings final : public QObject {
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);

    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

    // The tracked-change author; by default the user's full name, as Word would put it.
    QString author() const;
    void setAuthor(const QString &author);
    static QString systemUserName();

    Review::Side defaultSide() const;
    void setDefaultSide(Review::Side side);
    QString playbookPath() const;          // empty: the built-in playbook
    void setPlaybookPath(const QString &path);
    bool exportComments() const;           // rationale comments on the tracked changes
    void setExportComments(bool on);
    // Exports remembered under their file name (ExportHistory), to check the version that comes
    // back for changes made with tracking off; on by default.
    bool rememberExports() const;
    void setRememberExports(bool on);
    bool pseudonymise() const;             // party names replaced before a cloud call
    void setPseudonymise(bool on);
    QString language() const;              // "de", "fr", "en"; empty: the system's
    void setLanguage(const QString &language);
    QString reviewer() const;              // the reviewer last chosen ("offline"...)
    void setReviewer(const QString &reviewer);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    // A provider's connection settings; the key only when the environment gives one (the
    // keychain holds the user's keys, see KeyStore).
    Llm::ProviderConfig provider(Llm::ProviderKind kind) const;
    void setProvider(const Llm::ProviderConfig &config);
    static Llm::ProviderConfig providerDefaults(Llm::ProviderKind kind);
    // Clauses per request to a network reviewer (not in the dialog: a tuning knob).
    int llmBatchSize() const;
    void setLlmBatchSize(int clauses);
    // Whether API keys may be kept in a file readable only by the user when no keychain exists.
    bool allowKeyFile() const;
    void setAllowKeyFile(bool allow);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    bool redlineOnly() const;
    void setRedlineOnly(bool on);
    bool syncScrolling() const;
    void setSyncScrolling(bool on);

signals:
    void changed();

private:
    void set(const QString &key, const QVariant &value);

    mutable QSettings m_settings;
};

} // namespace Redliner::App
