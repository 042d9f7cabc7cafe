// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"
#include "docx/atomicwrite.h"
#include "settings.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Service = u"Redliner"_s;

QString entryName(Llm::ProviderKind kind)
{
    return u"api-key/"_s + Llm::providerKindName(kind);
}

// Whether a keychain error means there is no keychain to use (as opposed to a refusal).
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeyStore::KeyStore(Settings *settings, QObject *parent) : QObject(parent), m_settings(settings) {}

bool KeyStore::keychainDisabled() const
{
    return qEnvironmentVariable("REDLINER_KEYCHAIN") == u"none";
}

QString KeyStore::keyFilePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/api-keys.json"_s;
}

void KeyStore::noteKeychain(bool available, const QString &problem)
{
    const Availability now = available ? Availability::Available : Availability::Unavailable;
    m_problem = problem;
    if (now != m_availability) {
        m_availability = now;
        emit availabilityChanged();
    }
}

QString KeyStore::fileKey(Llm::ProviderKind kind, QString *error) const
{
    QFile file(keyFilePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(Llm::providerKindName(kind)).toString();
}

bool KeyStore::writeFileKey(Llm::ProviderKind kind, const QString &key, QString *error) const
{
    const QString path = keyFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QFileInfo(path).absolutePath() + u": cannot be created"_s;
        return false;
    }
    QJsonObject keys;
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly))
            keys = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (key.isEmpty())
        keys.remove(Llm::providerKindName(kind));
    else
        keys.insert(Llm::providerKindName(kind), key);
    // The file is created readable by its owner only before any key is in it; QSaveFile keeps
    // the permissions of the file it replaces.
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = path + u": "_s + create.errorString();
            return false;
        }
    }
    if (const QString why = Docx::writeFileAtomically(path, QJsonDocument(keys).toJson()); !why.isEmpty()) {
        *error = path + u": "_s + why;
        return false;
    }
    return true;
}

bool KeyStore::removeKeyFile(QString *error) const
{
    QFile file(keyFilePath());
    if (file.exists() && !file.remove()) {
        *error = file.fileName() + u": "_s + file.errorString();
        return false;
    }
    return true;
}

void KeyStore::write(Llm::ProviderKind kind, const QString &key, Done done)
{
    const auto toFile = [this, kind, key, done](const QString &problem) {
        if (!m_settings || !m_settings->allowKeyFile()) {
            done(tr("No keychain is available to keep the %1 key (%2). Allow keys in a file under "
                    "Settings › Providers, or set the key in the environment.")
                     .arg(Llm::providerDisplayName(kind), problem));
            return;
        }
        QString error;
        done(writeFileKey(kind, key, &error) ? QString() : error);
    };
    if (keychainDisabled()) {
        noteKeychain(false, tr("turned off by REDLINER_KEYCHAIN=none"));
        toFile(m_problem);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(entryName(kind));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, kind, toFile, done]() {
        if (job->error() == QKeychain::NoError) {
            noteKeychain(true, {});
            // A key that once had to live in the file does not stay there.
            QString ignored;
            if (QFile::exists(keyFilePath()))
                writeFileKey(kind, {}, &ignored);
            done({});
        } else if (meansNoKeychain(job->error())) {
            noteKeychain(false, job->errorString());
            toFile(job->errorString());
        } else {
            done(tr("The keychain refused to keep the %1 key: %2").arg(Llm::providerDisplayName(kind), job->errorString()));
        }
    });
    job->start();
}

void KeyStore::read(Llm::ProviderKind kind, Read done)
{
    const auto fromFile = [this, kind, done]() {
        QString error;
        const QString key = fileKey(kind, &error);
        done(key, error);
    };
    if (keychainDisabled()) {
        noteKeychain(false, tr("turned off by REDLINER_KEYCHAIN=none"));
        fromFile();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(entryName(kind));
    connect(job, &QKeychain::Job::finished, this, [this, job, fromFile, done]() {
        if (job->error() == QKeychain::NoError) {
            noteKeychain(true, {});
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            noteKeychain(true, {});
            fromFile();
        } else if (meansNoKeychain(job->error())) {
            noteKeychain(false, job->errorString());
            fromFile();
        } else {
            done({}, job->errorString());
        }
    });
    job->start();
}

void KeyStore::remove(Llm::ProviderKind kind, Done done)
{
    QString fileError;
    if (QFile::exists(keyFilePath()))
        writeFileKey(kind, {}, &fileError);
    if (keychainDisabled()) {
        done(fileError);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(entryName(kind));
    connect(job, &QKeychain::Job::finished, this, [this, job, fileError, done]() {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (gone)
            noteKeychain(true, {});
        else if (meansNoKeychain(job->error()))
            noteKeychain(false, job->errorString());
        done(gone || meansNoKeychain(job->error()) ? fileError : job->errorString());
    });
    job->start();
}

} // namespace Redliner::App
