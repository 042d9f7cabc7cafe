// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerconfig.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace Redliner::App {

class KeyStore;
class Settings;

// The user's settings: tracked-change author, default side and playbook, comments, language,
// and per provider the base URL, model, concurrency, timeout and API key (the key goes to the
// keychain through KeyStore). OK saves; key problems are shown in the dialog, which stays open.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Settings *settings, KeyStore *keys, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

signals:
    // Emitted once everything (keys included) is stored.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ProviderRow {
        Llm::ProviderKind kind;
        QLineEdit *baseUrl;
        QLineEdit *model;
        QSpinBox *concurrency;
        QSpinBox *timeout;
        QLineEdit *key;
        QPushButton *removeKey;
        QLabel *status;
        bool hasKey = false;
        bool removeRequested = false;
    };

    void load();
    bool saveSettings(QString *error);
    void saveKeys();
    void refreshKeyStatus();
    void refreshKeychainStatus();
    void fillCombos();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QPointer<Settings> m_settings;
    QPointer<KeyStore> m_keys;
    QList<ProviderRow> m_rows;
    int m_pendingKeys = 0;
    QStringList m_keyErrors;
};

} // namespace Redliner::App
