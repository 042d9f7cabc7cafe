// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/mainwindow.h"
#include "settings/settings.h"

#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>

// What the GUI tests share: a clean settings and data directory (Qt's test mode), the real main
// window shown on the offscreen platform, and ways to look at what the panes show.
namespace AppFixture {

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

} // namespace AppFixture
