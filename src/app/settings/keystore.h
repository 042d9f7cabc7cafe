// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerconfig.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Redliner::App {

class Settings;

// API keys, kept in the operating system's keychain through QtKeychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) and never in the settings file. Where no keychain
// exists, and only if the user opted in (Settings::allowKeyFile), keys go to a file in the
// application data directory that only the user can read; otherwise storing a key fails with
// a message that says what to do. All calls are asynchronous; callbacks run in the UI thread.
//
// REDLINER_KEYCHAIN=none in the environment skips the keychain (tests, headless machines).
class KeyStore final : public QObject {
    Q_OBJECT
public:
    explicit KeyStore(Settings *settings, QObject *parent = nullptr);

    using Done = std::function<void(const QString &error)>;
    using Read = std::function<void(const QString &key, const QString &error)>;

    void write(Llm::ProviderKind kind, const QString &key, Done done);
    void read(Llm::ProviderKind kind, Read done);
    void remove(Llm::ProviderKind kind, Done done);

    // Where keys go when no keychain exists (and the user allowed it).
    QString keyFilePath() const;
    // Removes the key file (when the user withdraws the permission).
    bool removeKeyFile(QString *error) const;
    // Whether the keychain answered the last time it was asked (unknown until it was).
    enum class Availability { Unknown, Available, Unavailable };
    Availability keychainAvailability() const { return m_availability; }
    QString keychainProblem() const { return m_problem; }

signals:
    void availabilityChanged();

private:
    bool keychainDisabled() const;
    QString fileKey(Llm::ProviderKind kind, QString *error) const;
    bool writeFileKey(Llm::ProviderKind kind, const QString &key, QString *error) const;
    void noteKeychain(bool available, const QString &problem);

    QPointer<Settings> m_settings;
    Availability m_availability = Availability::Unknown;
    QString m_problem;
};

} // namespace Redliner::App
