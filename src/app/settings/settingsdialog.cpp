// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "keystore.h"
#include "settings.h"
#include "translator.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(Settings *settings, KeyStore *keys, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings), m_keys(keys)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_rows = {
        {Llm::ProviderKind::OpenAI, m_ui->baseUrlEdit_openai, m_ui->modelEdit_openai, m_ui->concurrencySpin_openai,
         m_ui->timeoutSpin_openai, m_ui->keyEdit_openai, m_ui->removeKeyButton_openai, m_ui->keyStatus_openai},
        {Llm::ProviderKind::Anthropic, m_ui->baseUrlEdit_anthropic, m_ui->modelEdit_anthropic,
         m_ui->concurrencySpin_anthropic, m_ui->timeoutSpin_anthropic, m_ui->keyEdit_anthropic,
         m_ui->removeKeyButton_anthropic, m_ui->keyStatus_anthropic},
        {Llm::ProviderKind::Local, m_ui->baseUrlEdit_local, m_ui->modelEdit_local, m_ui->concurrencySpin_local,
         m_ui->timeoutSpin_local, m_ui->keyEdit_local, m_ui->removeKeyButton_local, m_ui->keyStatus_local},
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        connect(m_rows[i].removeKey, &QPushButton::clicked, this, [this, i]() {
            m_rows[i].removeRequested = true;
            m_rows[i].key->clear();
            refreshKeyStatus();
        });
    }
    connect(m_ui->playbookBrowseButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Playbook"), m_ui->playbookEdit->text(),
                                                          tr("Playbooks (*.json)"));
        if (!path.isEmpty())
            m_ui->playbookEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->playbookBuiltinButton, &QPushButton::clicked, m_ui->playbookEdit, &QLineEdit::clear);
    connect(m_ui->allowKeyFileCheck, &QCheckBox::toggled, m_ui->keyFileWarning, &QWidget::setVisible);
    if (m_keys)
        connect(m_keys, &KeyStore::availabilityChanged, this, &SettingsDialog::refreshKeychainStatus);
    m_ui->errorLabel->hide();
    fillCombos();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const int side = m_ui->sideCombo->currentIndex();
    m_ui->sideCombo->clear();
    m_ui->sideCombo->addItem(tr("Receiving party"), int(Review::Side::Receiving));
    m_ui->sideCombo->addItem(tr("Disclosing party"), int(Review::Side::Disclosing));
    m_ui->sideCombo->addItem(tr("Mutual"), int(Review::Side::Mutual));
    if (side >= 0)
        m_ui->sideCombo->setCurrentIndex(side);
    const int language = m_ui->languageCombo->currentIndex();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString &l : Translator::languages())
        m_ui->languageCombo->addItem(Translator::languageName(l), l);
    if (language >= 0)
        m_ui->languageCombo->setCurrentIndex(language);
    const int version = m_ui->apiVersionCombo_anthropic->currentIndex();
    m_ui->apiVersionCombo_anthropic->clear();
    m_ui->apiVersionCombo_anthropic->addItem(tr("%1 (current)").arg(Llm::AnthropicVersionCurrent),
                                             QString(Llm::AnthropicVersionCurrent));
    m_ui->apiVersionCombo_anthropic->addItem(tr("%1 (older gateways and proxies)").arg(Llm::AnthropicVersionLegacy),
                                             QString(Llm::AnthropicVersionLegacy));
    if (version >= 0)
        m_ui->apiVersionCombo_anthropic->setCurrentIndex(version);
}

void SettingsDialog::load()
{
    m_ui->authorEdit->setText(m_settings->author());
    m_ui->authorEdit->setPlaceholderText(Settings::systemUserName());
    m_ui->sideCombo->setCurrentIndex(m_ui->sideCombo->findData(int(m_settings->defaultSide())));
    m_ui->playbookEdit->setText(QDir::toNativeSeparators(m_settings->playbookPath()));
    m_ui->commentsCheck->setChecked(m_settings->exportComments());
    m_ui->historyCheck->setChecked(m_settings->rememberExports());
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_settings->language())));
    m_ui->pseudonymiseCheck->setChecked(m_settings->pseudonymise());
    m_ui->allowKeyFileCheck->setChecked(m_settings->allowKeyFile());
    m_ui->keyFileWarning->setVisible(m_settings->allowKeyFile());
    for (ProviderRow &row : m_rows) {
        const Llm::ProviderConfig c = m_settings->provider(row.kind);
        row.baseUrl->setText(c.baseUrl.toString());
        row.model->setText(c.model);
        row.concurrency->setValue(c.maxConcurrent);
        row.timeout->setValue(std::max(5, c.timeoutMs / 1000));
        if (row.kind == Llm::ProviderKind::Anthropic) {
            m_ui->apiVersionCombo_anthropic->setCurrentIndex(
                std::max(0, m_ui->apiVersionCombo_anthropic->findData(c.anthropicVersion)));
        }
    }
    // Whether a key exists is shown; the key itself never is.
    for (int i = 0; i < m_rows.size() && m_keys; ++i) {
        m_keys->read(m_rows.at(i).kind, [this, i, guard = QPointer<SettingsDialog>(this)](const QString &key, const QString &) {
            if (!guard)
                return;
            m_rows[i].hasKey = !key.isEmpty();
            refreshKeyStatus();
        });
    }
    refreshKeyStatus();
    refreshKeychainStatus();
}

void SettingsDialog::refreshKeyStatus()
{
    for (const ProviderRow &row : std::as_const(m_rows)) {
        const bool stored = row.hasKey && !row.removeRequested;
        row.status->setText(row.removeRequested ? tr("The key will be removed when you press OK.")
                            : stored            ? tr("A key is stored. Type a new one to replace it.")
                                                : tr("No key is stored."));
        row.key->setPlaceholderText(stored ? tr("Stored (hidden)") : tr("Paste the API key"));
        row.removeKey->setEnabled(stored);
    }
}

void SettingsDialog::refreshKeychainStatus()
{
    if (!m_keys)
        return;
    switch (m_keys->keychainAvailability()) {
    case KeyStore::Availability::Unknown:
        m_ui->keychainStatusLabel->setText(tr("Checking the system keychain…"));
        break;
    case KeyStore::Availability::Available:
        m_ui->keychainStatusLabel->setText(tr("Keys are kept in the system keychain."));
        break;
    case KeyStore::Availability::Unavailable:
        m_ui->keychainStatusLabel->setText(tr("No system keychain is available (%1).").arg(m_keys->keychainProblem()));
        break;
    }
}

bool SettingsDialog::saveSettings(QString *error)
{
    QList<Llm::ProviderConfig> configs;
    for (const ProviderRow &row : std::as_const(m_rows)) {
        Llm::ProviderConfig c = m_settings->provider(row.kind);
        const QUrl url = QUrl::fromUserInput(row.baseUrl->text().trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            *error = tr("%1: the base URL must be an http or https address.").arg(Llm::providerDisplayName(row.kind));
            row.baseUrl->setFocus();
            return false;
        }
        if (row.model->text().trimmed().isEmpty()) {
            *error = tr("%1: a model is needed.").arg(Llm::providerDisplayName(row.kind));
            row.model->setFocus();
            return false;
        }
        c.baseUrl = url;
        c.model = row.model->text().trimmed();
        c.maxConcurrent = row.concurrency->value();
        c.timeoutMs = row.timeout->value() * 1000;
        if (row.kind == Llm::ProviderKind::Anthropic)
            c.anthropicVersion = m_ui->apiVersionCombo_anthropic->currentData().toString();
        configs.append(c);
    }
    for (const Llm::ProviderConfig &c : std::as_const(configs))
        m_settings->setProvider(c);
    m_settings->setAuthor(m_ui->authorEdit->text());
    m_settings->setDefaultSide(Review::Side(m_ui->sideCombo->currentData().toInt()));
    m_settings->setPlaybookPath(QDir::fromNativeSeparators(m_ui->playbookEdit->text().trimmed()));
    m_settings->setExportComments(m_ui->commentsCheck->isChecked());
    m_settings->setRememberExports(m_ui->historyCheck->isChecked());
    m_settings->setPseudonymise(m_ui->pseudonymiseCheck->isChecked());
    const bool wasAllowed = m_settings->allowKeyFile();
    m_settings->setAllowKeyFile(m_ui->allowKeyFileCheck->isChecked());
    // Withdrawing the permission removes the file: keys must not linger where they were allowed.
    if (wasAllowed && !m_ui->allowKeyFileCheck->isChecked() && m_keys && !m_keys->removeKeyFile(error))
        return false;
    const QString language = m_ui->languageCombo->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        Translator::apply(language);
    }
    m_settings->sync();
    return true;
}

void SettingsDialog::accept()
{
    QString error;
    if (!saveSettings(&error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    saveKeys();
}

void SettingsDialog::saveKeys()
{
    m_keyErrors.clear();
    m_pendingKeys = 0;
    m_ui->buttonBox->setEnabled(false);
    const auto finishOne = [this, guard = QPointer<SettingsDialog>(this)](int row, const QString &error, bool removed) {
        if (!guard)
            return;
        if (error.isEmpty()) {
            m_rows[row].key->clear();
            m_rows[row].hasKey = !removed;
            m_rows[row].removeRequested = false;
        } else {
            m_keyErrors.append(error);
        }
        if (--m_pendingKeys > 0)
            return;
        m_ui->buttonBox->setEnabled(true);
        refreshKeyStatus();
        if (!m_keyErrors.isEmpty()) {
            m_ui->errorLabel->setText(m_keyErrors.join(u"\n"_s));
            m_ui->errorLabel->show();
            return;
        }
        emit saved();
        QDialog::accept();
    };
    QList<std::function<void()>> jobs;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ProviderRow &row = m_rows.at(i);
        const QString key = row.key->text().trimmed();
        if (!key.isEmpty())
            jobs.append([this, i, key, finishOne]() {
                m_keys->write(m_rows.at(i).kind, key, [i, finishOne](const QString &e) { finishOne(i, e, false); });
            });
        else if (row.removeRequested)
            jobs.append([this, i, finishOne]() {
                m_keys->remove(m_rows.at(i).kind, [i, finishOne](const QString &e) { finishOne(i, e, true); });
            });
    }
    if (jobs.isEmpty() || !m_keys) {
        m_ui->buttonBox->setEnabled(true);
        emit saved();
        QDialog::accept();
        return;
    }
    m_pendingKeys = int(jobs.size());
    for (const auto &job : std::as_const(jobs))
        job();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        refreshKeyStatus();
        refreshKeychainStatus();
    }
    QDialog::changeEvent(event);
}

} // namespace Redliner::App
