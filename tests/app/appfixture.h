// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/mainwindow.h"
#include "settings/settings.h"

#include "llm/providerconfig.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

#include <functional>

#include <memory>
#include <utility>

class QAction;
class QWidget;

namespace Redliner::App {
class DocumentSession;
}

// What the GUI tests share: a clean settings and data directory (Qt's test mode), the real main
// window shown on the offscreen platform, and ways to look at what the panes show.
// In a test function: skips it when the sample NDA was not built, else `sample` is its path.
#define REQUIRE_SAMPLE()                                                                                               \
    const QString sample = AppFixture::sampleNda();                                                                    \
    if (sample.isEmpty())                                                                                              \
        QSKIP("the sample NDA was not built (build the `sample-nda` target)");

// Opens path in the window and waits until it is drawn; fails the test function if it is not.
#define OPEN(win, path)                                                                                                \
    do {                                                                                                               \
        QString openError;                                                                                             \
        QVERIFY2(AppFixture::openAndWait((win).window.get(), (path), &openError), qPrintable(openError));              \
    } while (false)

namespace AppFixture {

// What every GUI test's initTestCase() sets first: Qt's test-mode folders, the application's
// names, no system keychain, English.
void initApplication();

// The base of the feature tests: sets the application up once and empties the user's data before
// each test function; m_dir is a temporary folder for the files a test writes.
class TestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    QTemporaryDir m_dir;
};

// Qt's test-mode locations, emptied: settings, the decisions store, the key file, the LLM cache.
void resetUserData();

// The sample NDA built by the `sample-nda` target; empty when it was not built.
QString sampleNda();
// A generated NDA of about `pages` pages (tests/support), written into dir.
QString writeGeneratedNda(const QString &dir, int pages, quint32 seed = 1);

struct Window {
    std::unique_ptr<Redliner::App::Settings> settings;
    std::unique_ptr<Redliner::App::MainWindow> window;
    Redliner::App::MainWindow *operator->() const { return window.get(); }
};
Window showWindow();

// Opens a file the way File › Open does and waits until both panes hold all of it.
bool openAndWait(Redliner::App::MainWindow *window, const QString &path, QString *error);
// Runs the review chosen in the toolbar and waits for it; false when it did not complete.
bool reviewAndWait(Redliner::App::MainWindow *window);

// A piece of the redline drawn for a finding.
struct Piece {
    int kind = 0;            // RedlineRenderer::ChangeKind
    QString text;
    int underlineStyle = 0;  // QTextCharFormat::UnderlineStyle
};
QList<Piece> piecesOf(const QTextDocument *doc, const QString &findingId);
QString joined(const QList<Piece> &pieces, int kind);

// A local file as a drag carries it.
void dropFile(QWidget *target, const QString &path);

// The SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray sha256(const QString &path);
// A file's text as UTF-8 (empty when it cannot be read).
QString fileText(const QString &path);

// The first finding whose change both deletes and inserts text (a replacement a lawyer reads as
// "~~old~~ new"), and one more with edits, different from it.
std::pair<QString, QString> twoReplacements(const Redliner::App::DocumentSession *session);

// The window's action of that object name.
QAction *action(QWidget *window, const char *name);

// Runs `answer` on the next modal dialog, then lets the code that opened it carry on.
void onNextDialog(std::function<void(QWidget *)> answer);

// Points a provider at the mock server and gives it the mock's key through the key store; the
// review retries at once, so that tests do not wait for back-off delays.
void useMock(Window &w, Redliner::Llm::ProviderKind kind, const QUrl &base, int concurrency);

} // namespace AppFixture
