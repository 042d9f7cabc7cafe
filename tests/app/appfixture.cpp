// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfixture.h"

#include "document/comparisonview.h"
#include "document/redlinerenderer.h"

#include "docxbuilder.h"
#include "ndagenerator.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::App;

namespace AppFixture {

void resetUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::GenericCacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        // Test mode puts every location under ~/.qttest: never anything else.
        if (dir.contains(u"/.qttest/"_s))
            QDir(dir).removeRecursively();
    }
    Settings settings;
    QSettings(settings.fileName(), QSettings::IniFormat).clear();
}

QString sampleNda()
{
    const QString path = QStringLiteral(REDLINER_SAMPLE_NDA);
    return QFile::exists(path) ? path : QString();
}

QString writeGeneratedNda(const QString &dir, int pages, quint32 seed)
{
    const QString path = dir + u"/generated-"_s + QString::number(pages) + u"-"_s + QString::number(seed) + u".docx"_s;
    QString error;
    if (!Redliner::TestSupport::writeDocx(path, Redliner::TestSupport::generateNda(pages, seed), &error))
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

Window showWindow()
{
    Window w;
    w.settings = std::make_unique<Settings>();
    w.window = std::make_unique<MainWindow>(w.settings.get());
    w.window->resize(1280, 860);
    w.window->show();
    if (!QTest::qWaitForWindowExposed(w.window.get()))
        qWarning("the window was not exposed");
    return w;
}

bool openAndWait(MainWindow *window, const QString &path, QString *error)
{
    QSignalSpy opened(window, &MainWindow::documentOpened);
    QSignalSpy failed(window, &MainWindow::openFailed);
    window->openFile(path);
    for (int i = 0; i < 600 && opened.isEmpty() && failed.isEmpty(); ++i)
        opened.wait(100);
    if (!failed.isEmpty()) {
        *error = failed.first().at(1).toString();
        return false;
    }
    if (opened.isEmpty()) {
        *error = u"the document did not open within a minute"_s;
        return false;
    }
    for (int i = 0; i < 600 && !window->comparisonView()->isFullyDrawn(); ++i)
        QTest::qWait(50);
    if (!window->comparisonView()->isFullyDrawn()) {
        *error = u"the panes were not drawn within half a minute"_s;
        return false;
    }
    return true;
}

bool reviewAndWait(MainWindow *window)
{
    QSignalSpy finished(window, &MainWindow::reviewFinished);
    if (!window->startReview())
        return false;
    if (!finished.wait(120000))
        return false;
    return finished.first().at(0).toBool();
}

QList<Piece> piecesOf(const QTextDocument *doc, const QString &findingId)
{
    QList<Piece> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat format = f.charFormat();
            if (format.property(RedlineRenderer::FindingProperty).toString() != findingId)
                continue;
            out.append(Piece{format.intProperty(RedlineRenderer::ChangeKindProperty), f.text(),
                             int(format.underlineStyle())});
        }
    }
    return out;
}

QString joined(const QList<Piece> &pieces, int kind)
{
    QString text;
    for (const Piece &p : pieces) {
        if (p.kind == kind)
            text += p.text;
    }
    return text;
}

void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace AppFixture
