// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a lawyer meets it, on the offscreen platform: opening by drop, command line
// and recent files, broken files and cancelled opening, a shortcut and a name for every control,
// icons and colours in light and dark.
#include "appfixture.h"

#include "document/comparisonview.h"
#include "reviewcontrol/documentloader.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "mainwindow/icons.h"
#include "mainwindow/messagebar.h"
#include "document/redlinestyle.h"
#include "mainwindow/startpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;

class TestMainWindow : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void dropOnStartPageOpensDocument()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        QSignalSpy opened(w.window.get(), &MainWindow::documentOpened);
        AppFixture::dropFile(w->startPage(), sample);
        QVERIFY(opened.wait(30000));
        QCOMPARE(QFileInfo(opened.first().at(0).toString()).fileName(), u"sample-nda.docx"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w->comparisonView()->isFullyDrawn(), 30000);
        QVERIFY(w->comparisonView()->isVisible());
        const QString original = w->comparisonView()->originalView()->toPlainText();
        QVERIFY2(original.contains(u"MUTUAL NON-DISCLOSURE AGREEMENT"_s), qPrintable(original.left(200)));
        // List labels from numbering.xml are shown, as Word shows them.
        QVERIFY(original.contains(u"1.\u2002Definitions"_s));
        QVERIFY(w->windowTitle().contains(u"sample-nda.docx"_s));
        // It is now the first recent document, in the settings and in File › Open Recent.
        QCOMPARE(QFileInfo(w.settings->recentFiles().value(0)).fileName(), u"sample-nda.docx"_s);
        auto *recent = w->findChild<QMenu *>(u"menuRecent"_s);
        QVERIFY(recent);
        QVERIFY(recent->actions().first()->text().contains(u"sample-nda.docx"_s));

        // A document dropped on a pane replaces the open one.
        const QString other = AppFixture::writeGeneratedNda(m_dir.path(), 2);
        opened.clear();
        AppFixture::dropFile(w->comparisonView()->redlineView()->viewport(), other);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY(w->windowTitle().contains(QFileInfo(other).fileName()));
        // ... and the recent list reopens the first one.
        opened.clear();
        recent->actions().at(1)->trigger();
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY(w->windowTitle().contains(u"sample-nda.docx"_s));
    }

    void brokenFilesGetTheEnginesMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << QByteArray("Just some notes, not a Word document.\n") << u"notes.txt"_s
                                   << u"ZIP"_s;
        QTest::newRow("truncated docx") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << u"cut.docx"_s
                                        << u"cut.docx"_s;
        QTest::newRow("missing file") << QByteArray() << u"gone.docx"_s << u"gone.docx"_s;
    }

    void brokenFilesGetTheEnginesMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!bytes.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        auto w = AppFixture::showWindow();
        QSignalSpy failed(w.window.get(), &MainWindow::openFailed);
        w->openFile(path);
        QVERIFY(failed.wait(30000));
        // In the window, not in a dialog: the file and the reason; nothing is opened.
        QVERIFY(w->messageBar()->isVisible());
        QCOMPARE(w->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(w->messageBar()->text().contains(name), qPrintable(w->messageBar()->text()));
        QVERIFY2(w->messageBar()->text().contains(reason, Qt::CaseInsensitive), qPrintable(w->messageBar()->text()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(!w->session());
        QVERIFY(w->startPage()->isVisible());
        QVERIFY(w.settings->recentFiles().isEmpty());
        // The window stays usable: the sample still opens.
        if (!AppFixture::sampleNda().isEmpty())
            OPEN(w, AppFixture::sampleNda());
    }

    void openingCanBeCancelled()
    {
        const QString big = AppFixture::writeGeneratedNda(m_dir.path(), 60, 7);
        auto w = AppFixture::showWindow();
        QSignalSpy opened(w.window.get(), &MainWindow::documentOpened);
        QSignalSpy canceled(w->loader(), &DocumentLoader::canceled);
        w->openFile(big);
        QVERIFY(w->loader()->isLoading());
        auto *cancel = w->startPage()->findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(canceled.size(), 1);
        QVERIFY(!w->loader()->isLoading());
        // Whatever the worker still finishes is dropped.
        w->loader()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(opened.isEmpty());
        QVERIFY(!w->session());
        QVERIFY(!cancel->isVisible());
    }

    void commandLinePathOpensAndReportsStall()
    {
        REQUIRE_SAMPLE();
        // The real executable, as `redliner FILE.docx --stall-report`: opens the file from argv,
        // waits until both panes hold all of it, prints the longest stall and quits.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"cli-config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"cli-data"_s));
        env.insert(u"REDLINER_KEYCHAIN"_s, u"none"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(REDLINER_APP), {sample, u"--stall-report"_s});
        QVERIFY(app.waitForFinished(120000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
        QCOMPARE(report.value(u"document"_s).toString(), u"sample-nda.docx"_s);
        QVERIFY(report.value(u"open_longest_stall_ms"_s).toDouble(-1) >= 0);
        // And a broken file given on the command line ends with the engine's message.
        app.start(QStringLiteral(REDLINER_APP), {m_dir.filePath(u"nothing-here.docx"_s), u"--stall-report"_s});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 3);
        QVERIFY(app.readAllStandardError().contains("nothing-here.docx"));
    }

    void everyActionHasAShortcutAndEveryControlAName()
    {
        auto w = AppFixture::showWindow();
        QStringList missing;
        for (QAction *a : w->findChildren<QAction *>()) {
            // Qt's own (a line edit's clear button), the one inside Open Recent and File › Review
            // Folder… (a dialog one rarely opens; no key combination is worth spending on it) are
            // left out.
            if (a->isSeparator() || a->menu() || a->objectName().isEmpty() || a->objectName().startsWith(u"_q_"_s)
                || a->objectName() == u"actionClearRecent" || a->objectName() == u"actionReviewFolder")
                continue;
            if (a->shortcut().isEmpty())
                missing.append(a->objectName());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QStringList unnamed;
        for (QWidget *c : w->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(c) || qobject_cast<QLineEdit *>(c)
                                 || qobject_cast<QTreeView *>(c) || qobject_cast<QTextEdit *>(c);
            if (control && c->accessibleName().isEmpty() && !c->objectName().startsWith(u"qt_"_s))
                unnamed.append(c->objectName() + u" ("_s + QString::fromLatin1(c->metaObject()->className()) + u")"_s);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void iconsAndColoursWorkInLightAndDark()
    {
        for (const char *name :
             {"accept", "reject", "edit", "open", "export", "redliner", "severity-high", "status-accepted"}) {
            const QIcon icon = Icons::get(QString::fromLatin1(name));
            QVERIFY2(!icon.pixmap(16, 16).isNull(), name);
            QVERIFY2(!icon.pixmap(48, 48).isNull(), name); // 200% scaling
        }
        // WCAG contrast ratio of the change colours on each palette's background.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double x = luminance(a), y = luminance(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        for (const QPalette &p : {light, dark}) {
            const RedlineStyle s = RedlineStyle::forPalette(p);
            QVERIFY(contrast(s.inserted, p.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(s.deleted, p.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(s.markerText, s.pendingMarker) >= 4.5);
            QVERIFY(contrast(s.markerText, s.acceptedMarker) >= 4.5);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_app_mainwindow.moc"
