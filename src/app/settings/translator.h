// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Redliner::App {

// Loads Redliner's and Qt's own translations for a language (the system's when empty) and
// installs them; every widget then gets a LanguageChange event and retranslates itself.
class Translator final {
public:
    static void apply(const QString &language);
    // The languages Redliner is translated into, English included ("en", "de", "fr").
    static QStringList languages();
    static QString languageName(const QString &language);  // in that language: "Deutsch"
    static QString current();                               // the language in use
};

} // namespace Redliner::App
