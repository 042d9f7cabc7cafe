// SPDX-License-Identifier: GPL-3.0-or-later
// redliner: the desktop application. Everything but the command line lives in redliner_gui.
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "findings/findingspanel.h"
#include "folderreview/folderreviewmodel.h"
#include "folderreview/folderreviewrunner.h"
#include "folderreview/folderreviewwindow.h"
#include "mainwindow/mainwindow.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settings.h"
#include "mainwindow/stallprobe.h"
#include "playbooks/playbookeditor.h"
#include "playbooks/playbooklibrarydialog.h"
#include "playbooks/playbookpreview.h"
#include "settings/translator.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::App;

namespace {

// Runs `then` once both panes hold the whole document and their layout has settled (the scroll
// range stops changing).
void whenLaidOut(MainWindow *window, std::function<void()> then)
{
    auto *timer = new QTimer(window);
    auto last = std::make_shared<int>(-1);
    auto stable = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [timer, window, last, stable, then]() {
        const int range = window->comparisonView()->redlineView()->verticalScrollBar()->maximum();
        *stable = range == *last && window->comparisonView()->isFullyDrawn() ? *stable + 1 : 0;
        *last = range;
        if (*stable >= 3) {
            timer->deleteLater();
            then();
        }
    });
    timer->start(100);
}

} // namespace

namespace {

// `redliner --version` in a terminal without a display (an SSH session, a package's install
// check) must answer, not abort because no window system is there.
void allowHeadlessInformation(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// Finder hands the file to open as an event, not as an argument.
class FileOpenFilter final : public QObject {
public:
    explicit FileOpenFilter(Redliner::App::MainWindow *window) : m_window(window) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString path = static_cast<QFileOpenEvent *>(event)->file();
            if (!path.isEmpty()) {
                m_window->openFile(path);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Redliner::App::MainWindow *m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    allowHeadlessInformation(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Redliner"_s);
    QApplication::setApplicationName(u"Redliner"_s);
    QApplication::setApplicationVersion(QStringLiteral(REDLINER_VERSION));
    // The installed desktop file's id (packaging/): Wayland and KDE match the window to it.
    QApplication::setDesktopFileName(u"org.redliner.Redliner"_s);

    Settings settings;
    Translator::apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review NDAs and export Word tracked changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE.docx"_s, QApplication::translate("main", "The document to open."));
    const QCommandLineOption review(u"review"_s, QApplication::translate("main", "Start a review once the document is open."));
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        u"FILE"_s);
    const QCommandLineOption reviewer(u"reviewer"_s,
                                      QApplication::translate("main", "The reviewer for --review: offline, openai, anthropic, both or local."),
                                      u"NAME"_s);
    const QCommandLineOption stallReport(
        u"stall-report"_s,
        QApplication::translate("main", "Print the longest UI stall while opening the document (and reviewing it, "
                                        "with --review) as JSON, and quit."));
    const QCommandLineOption theirChanges(
        u"their-changes"_s,
        QApplication::translate("main", "With --screenshot: show the Their Changes tab, its first change selected."));
    const QCommandLineOption reviewFolder(
        u"review-folder"_s,
        QApplication::translate("main",
                                "Review every Word document of DIR in the triage view (File › Review Folder…)."),
        u"DIR"_s);
    const QCommandLineOption playbooks(
        u"playbooks"_s,
        QApplication::translate("main", "Open the playbook library (Tools › Playbooks…) once the window is up; with "
                                        "--screenshot, save a picture of it and quit."));
    parser.addOptions({review, reviewer, screenshot, stallReport, theirChanges, reviewFolder, playbooks});
    parser.process(app);

    MainWindow window(&settings);
    if (parser.isSet(reviewer)) {
        ReviewerKind kind;
        if (!parseReviewerKind(parser.value(reviewer), &kind)) {
            std::fprintf(stderr, "--reviewer: \"%s\" is not offline, openai, anthropic, both or local\n",
                         qPrintable(parser.value(reviewer)));
            return 1;
        }
        window.reviewToolBar()->setReviewer(kind);
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    const QString file = files.value(0);

    // Measurement and screenshot modes: the same window, driven to a state, then recorded.
    StallProbe probe;
    if (parser.isSet(stallReport)) {
        if (file.isEmpty()) {
            std::fprintf(stderr, "--stall-report needs a document\n");
            return 1;
        }
        QObject::connect(&window, &MainWindow::openFailed, &app, [](const QString &, const QString &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QApplication::exit(3);
        });
        const bool withReview = parser.isSet(review);
        QObject::connect(&window, &MainWindow::documentOpened, &app, [&window, &probe, file, withReview]() {
            whenLaidOut(&window, [&window, &probe, file, withReview]() {
                const double open = probe.longestStallMs();
                const QString name = QFileInfo(file).fileName();
                if (!withReview) {
                    std::printf("{\"document\": \"%s\", \"open_longest_stall_ms\": %.1f}\n", qPrintable(name), open);
                    QApplication::exit(0);
                    return;
                }
                // Then the review, measured on its own from its start to its last answer.
                probe.start();
                QObject::connect(&window, &MainWindow::reviewFinished, &window, [&window, &probe, name, open](bool completed) {
                    std::printf("{\"document\": \"%s\", \"open_longest_stall_ms\": %.1f, \"review_longest_stall_ms\": %.1f, "
                                "\"findings\": %d, \"completed\": %s}\n",
                                qPrintable(name), open, probe.longestStallMs(),
                                int(window.session() ? window.session()->findings().size() : 0), completed ? "true" : "false");
                    QApplication::exit(completed ? 0 : 5);
                });
                window.startReview();
            });
        });
    }
    if (parser.isSet(reviewFolder)) {
        const QString folder = parser.value(reviewFolder);
        const QString target = parser.isSet(screenshot) ? parser.value(screenshot) : QString();
        QTimer::singleShot(0, &window, [&window, folder, target]() {
            window.reviewFolder(folder);
            if (target.isEmpty())
                return;
            // The triage view once every file is settled: the most high findings first, the
            // first row selected.
            FolderReviewWindow *triage = window.folderReview();
            QObject::connect(triage->runner(), &FolderReviewRunner::finished, triage, [triage, target]() {
                triage->table()->sortByColumn(FolderReviewModel::HighColumn, Qt::DescendingOrder);
                triage->table()->selectRow(0);
                QTimer::singleShot(300, triage, [triage, target]() {
                    const bool ok = triage->grab().save(target);
                    std::fprintf(stderr, ok ? "Saved %s\n" : "Could not save %s\n", qPrintable(target));
                    QApplication::exit(ok ? 0 : 4);
                });
            });
        });
    }
    if (parser.isSet(playbooks)) {
        const QString target = parser.isSet(screenshot) ? parser.value(screenshot) : QString();
        // With a document, once it is open, so that the preview runs on it.
        const auto open = [&window, target]() {
            window.openPlaybooks();
            PlaybookLibraryDialog *dialog = window.playbookLibrary();
            dialog->editor()->selectIssue(u"term"_s);
            if (target.isEmpty())
                return;
            // The editor once the preview has reviewed the document with the playbook.
            const auto shoot = [dialog, target]() {
                QTimer::singleShot(300, dialog, [dialog, target]() {
                    const bool ok = dialog->grab().save(target);
                    std::fprintf(stderr, ok ? "Saved %s\n" : "Could not save %s\n", qPrintable(target));
                    QApplication::exit(ok ? 0 : 4);
                });
            };
            if (window.session())
                QObject::connect(dialog->preview(), &PlaybookPreview::updated, dialog, shoot, Qt::SingleShotConnection);
            else
                shoot();
        };
        if (file.isEmpty())
            QTimer::singleShot(0, &window, open);
        else
            QObject::connect(&window, &MainWindow::documentOpened, &window,
                             [&window, open]() { whenLaidOut(&window, open); });
    }
    if (parser.isSet(screenshot) && !parser.isSet(reviewFolder) && !parser.isSet(playbooks)) {
        const QString target = parser.value(screenshot);
        const auto shoot = [&window, target]() {
            whenLaidOut(&window, [&window, target]() {
                const bool ok = window.grab().save(target);
                std::fprintf(stderr, ok ? "Saved %s\n" : "Could not save %s\n", qPrintable(target));
                QApplication::exit(ok ? 0 : 4);
            });
        };
        QObject::connect(&window, &MainWindow::openFailed, &app, [](const QString &, const QString &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QApplication::exit(3);
        });
        if (parser.isSet(review)) {
            const bool showTheirs = parser.isSet(theirChanges);
            QObject::connect(&window, &MainWindow::reviewFinished, &app, [&window, shoot, showTheirs]() {
                if (showTheirs) {
                    // Their redline answered: the other side's first change selected, with the playbook's view.
                    window.findingsPanel()->showTheirChanges();
                    QTreeView *view = window.findingsPanel()->theirChangesView();
                    if (view->model()->rowCount() > 0)
                        view->setCurrentIndex(view->model()->index(0, 0));
                    shoot();
                    return;
                }
                // Show a decided review: the first finding selected, as a lawyer would have it.
                const QString first = window.comparisonView()->adjacentChange(1);
                if (!first.isEmpty())
                    window.findingsPanel()->selectFinding(first);
                shoot();
            });
        } else {
            QObject::connect(&window, &MainWindow::documentOpened, &app, shoot);
        }
    }
    if (parser.isSet(review) && !parser.isSet(stallReport))
        QObject::connect(&window, &MainWindow::documentOpened, &window, [&window]() { window.startReview(); });
    if (!file.isEmpty()) {
        // Measuring starts once the window is up: its first paint is not part of opening.
        QTimer::singleShot(parser.isSet(stallReport) ? 300 : 0, &window, [&window, &probe, file, &parser, &stallReport]() {
            if (parser.isSet(stallReport))
                probe.start();
            window.openFile(file);
        });
    }
    FileOpenFilter fileOpen(&window);
    app.installEventFilter(&fileOpen);
    return app.exec();
}
