// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, keys and languages in the window on the offscreen platform: what persists, the dialog,
// API keys in the key store or the system keychain, never in the settings file, and translations
// complete in every language.
#include "appfixture.h"

#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "settings/keystore.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settingsdialog.h"
#include "settings/translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
using AppFixture::fileText;

class TestSettings : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void settingsPersist()
    {
        {
            Settings s;
            QCOMPARE(s.author(), Settings::systemUserName());
            s.setAuthor(u"Grace Hopper"_s);
            s.setDefaultSide(Review::Side::Disclosing);
            s.setPlaybookPath(u"/tmp/playbook.json"_s);
            s.setExportComments(false);
            s.setRememberExports(false);
            s.setPseudonymise(false);
            s.setLanguage(u"fr"_s);
            Llm::ProviderConfig c = s.provider(Llm::ProviderKind::Local);
            c.baseUrl = QUrl(u"http://127.0.0.1:8080/v1"_s);
            c.model = u"qwen2.5"_s;
            c.maxConcurrent = 3;
            c.timeoutMs = 90000;
            s.setProvider(c);
            s.sync();
        }
        Settings s;
        QCOMPARE(s.author(), u"Grace Hopper"_s);
        QCOMPARE(s.defaultSide(), Review::Side::Disclosing);
        QCOMPARE(s.playbookPath(), u"/tmp/playbook.json"_s);
        QVERIFY(!s.exportComments());
        QVERIFY(!s.rememberExports());
        QVERIFY(!s.pseudonymise());
        QCOMPARE(s.language(), u"fr"_s);
        const Llm::ProviderConfig c = s.provider(Llm::ProviderKind::Local);
        QCOMPARE(c.baseUrl, QUrl(u"http://127.0.0.1:8080/v1"_s));
        QCOMPARE(c.model, u"qwen2.5"_s);
        QCOMPARE(c.maxConcurrent, 3);
        QCOMPARE(c.timeoutMs, 90000);
        QVERIFY(c.apiKey.isEmpty());
        // The window takes the default side for the next review.
        auto w = AppFixture::showWindow();
        QCOMPARE(w->reviewToolBar()->request().side, Review::Side::Disclosing);
    }

    void settingsDialogSavesWhatTheUserTyped()
    {
        auto w = AppFixture::showWindow();
        SettingsDialog dialog(w.settings.get(), w->keyStore(), w.window.get());
        dialog.show();
        dialog.findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"Jane Counsel"_s);
        dialog.findChild<QLineEdit *>(u"modelEdit_openai"_s)->setText(u"gpt-test"_s);
        auto *side = dialog.findChild<QComboBox *>(u"sideCombo"_s);
        side->setCurrentIndex(side->findData(int(Review::Side::Mutual)));
        // Remembering exports is on until the user turns it off.
        auto *remember = dialog.findChild<QCheckBox *>(u"historyCheck"_s);
        QVERIFY(remember && remember->isChecked());
        remember->setChecked(false);
        // Anthropic's API version: 2026-10-21 unless the user picks the older one for a gateway.
        auto *version = dialog.findChild<QComboBox *>(u"apiVersionCombo_anthropic"_s);
        QCOMPARE(version->currentData().toString(), u"2026-10-21"_s);
        version->setCurrentIndex(version->findData(u"2023-06-01"_s));
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(saved.size() == 1, qPrintable(dialog.findChild<QLabel *>(u"errorLabel"_s)->text()));
        Settings reread;
        QCOMPARE(reread.author(), u"Jane Counsel"_s);
        QCOMPARE(reread.provider(Llm::ProviderKind::OpenAI).model, u"gpt-test"_s);
        QCOMPARE(reread.defaultSide(), Review::Side::Mutual);
        QVERIFY(!reread.rememberExports());
        QCOMPARE(reread.provider(Llm::ProviderKind::Anthropic).anthropicVersion, u"2023-06-01"_s);
        // A bad base URL is refused in the dialog, which stays open.
        SettingsDialog again(w.settings.get(), w->keyStore(), w.window.get());
        again.show();
        again.findChild<QLineEdit *>(u"baseUrlEdit_anthropic"_s)->setText(u"ftp://example.com"_s);
        again.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY(again.isVisible());
        QVERIFY(again.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Anthropic"_s));
    }

    void keysGoToTheKeyStoreNeverToSettings()
    {
        // No keychain here (REDLINER_KEYCHAIN=none stands in for a machine without one).
        auto w = AppFixture::showWindow();
        const QString secret = u"sk-test-0123456789abcdef"_s;
        KeyStore *keys = w->keyStore();
        QFile::remove(keys->keyFilePath());

        // Without the user's permission the key is stored nowhere, and the dialog says why.
        {
            SettingsDialog dialog(w.settings.get(), keys, w.window.get());
            dialog.show();
            dialog.findChild<QLineEdit *>(u"keyEdit_openai"_s)->setText(secret);
            dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
            auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
            QTRY_VERIFY(error->isVisible());
            QVERIFY2(error->text().contains(u"keychain"_s), qPrintable(error->text()));
            QVERIFY(dialog.isVisible());
            QVERIFY(!QFile::exists(keys->keyFilePath()));
            // With it, the key goes to the key file, readable by the user only.
            dialog.findChild<QCheckBox *>(u"allowKeyFileCheck"_s)->setChecked(true);
            QSignalSpy saved(&dialog, &SettingsDialog::saved);
            dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE(saved.size(), 1);
        }
        QVERIFY(QFile::exists(keys->keyFilePath()));
        QCOMPARE(
            QFile::permissions(keys->keyFilePath())
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(fileText(keys->keyFilePath()).contains(secret));
        w.settings->sync();
        QVERIFY2(!fileText(w.settings->fileName()).contains(secret), "the key is in the settings file");
        QVERIFY(!fileText(w.settings->fileName()).isEmpty());
        QString read;
        bool done = false;
        keys->read(Llm::ProviderKind::OpenAI, [&](const QString &key, const QString &) {
            read = key;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read, secret);
        // Removing the key removes it from the file.
        done = false;
        keys->remove(Llm::ProviderKind::OpenAI, [&](const QString &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!fileText(keys->keyFilePath()).contains(secret));
    }

    void keysGoToTheSystemKeychainWhenThereIsOne()
    {
        qunsetenv("REDLINER_KEYCHAIN");
        const auto restore = qScopeGuard([]() { qputenv("REDLINER_KEYCHAIN", "none"); });
        Settings settings;
        KeyStore keys(&settings);
        bool done = false;
        keys.read(Llm::ProviderKind::Anthropic, [&](const QString &, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        if (keys.keychainAvailability() != KeyStore::Availability::Available)
            QSKIP(qPrintable(
                u"no system keychain here (%1); the file fallback is tested above"_s.arg(keys.keychainProblem())));
        const QString secret = u"sk-ant-test-keychain"_s;
        QString error = u"not called"_s;
        keys.write(Llm::ProviderKind::Anthropic, secret, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != u"not called"_s, 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString read;
        done = false;
        keys.read(Llm::ProviderKind::Anthropic, [&](const QString &key, const QString &) {
            read = key;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(read, secret);
        QVERIFY(!fileText(settings.fileName()).contains(secret));
        QVERIFY(!fileText(keys.keyFilePath()).contains(secret));
        done = false;
        keys.remove(Llm::ProviderKind::Anthropic, [&](const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }

    void translationsAreCompleteAndApply()
    {
        for (const QString &language : {u"de"_s, u"fr"_s}) {
            const QString ts =
                fileText(QStringLiteral(REDLINER_SOURCE_DIR "/translations/redliner_") + language + u".ts"_s);
            QVERIFY2(ts.count(u"<message"_s) > 150, qPrintable(language));
            QCOMPARE(ts.count(u"type=\"unfinished\""_s), 0);
            QCOMPARE(ts.count(u"type=\"vanished\""_s) + ts.count(u"type=\"obsolete\""_s), 0);
        }
        auto w = AppFixture::showWindow();
        auto *file = w->findChild<QMenu *>(u"menuFile"_s);
        QCOMPARE(file->title(), u"&File"_s);
        // The window retranslates itself when the language changes (Qt posts the event).
        Translator::apply(u"de"_s);
        QCOMPARE(Translator::current(), u"de"_s);
        QTRY_COMPARE(file->title(), u"&Datei"_s);
        QCOMPARE(w->reviewToolBar()->reviewerCombo()->currentText(), u"Offline-Playbook"_s);
        QCOMPARE(w->findingsPanel()->model()->headerData(FindingsModel::TitleColumn, Qt::Horizontal).toString(),
                 u"Befund"_s);
        Translator::apply(u"fr"_s);
        QTRY_COMPARE(file->title(), u"&Fichier"_s);
        Translator::apply(u"en"_s);
        QTRY_COMPARE(file->title(), u"&File"_s);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_app_settings.moc"
