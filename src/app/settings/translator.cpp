// SPDX-License-Identifier: GPL-3.0-or-later
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_current = u"en"_s;
} // namespace

QStringList Translator::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString Translator::languageName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Translator::current()
{
    return s_current;
}

void Translator::apply(const QString &language)
{
    for (auto *t : {s_app.get(), s_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    s_app.reset();
    s_qt.reset();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    s_current = u"en"_s;
    auto app = std::make_unique<QTranslator>();
    // English is the source language: nothing to load for it.
    if (app->load(locale, u"redliner"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app.get());
        s_app = std::move(app);
        s_current = QLocale(s_app->language()).name().section(u'_', 0, 0);
        // Qt's own strings (standard buttons, dialogs) in the same language, when installed.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s_qt = std::move(qt);
        }
    }
}

} // namespace Redliner::App
