// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfixture.h"

#include "document/comparisonview.h"
#include "document/redlinerenderer.h"
#include "reviewcontrol/documentsession.h"
#include "reviewcontrol/reviewcontroller.h"
#include "settings/keystore.h"
#include "settings/translator.h"

#include "llm/llmreview.h"
#include "llm/retryscheduler.h"

#include "docxbuilder.h"
#include "ndagenerator.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;

namespace {

// Retries at once, so that tests do not wait for back-off delays.
class ImmediateRetries final : public Llm::RetryScheduler {
public:
    void schedule(qint64, QObject *context, std::function<void()> action) override
    {
        QTimer::singleShot(0, context, std::move(action));
    }
};

} // namespace

namespace AppFixture {

void initApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Redliner"_s);
    QCoreApplication::setApplicationName(u"Redliner"_s);
    // Tests never use the real keychain unless a test says so; nor the user's settings.
    qputenv("REDLINER_KEYCHAIN", "none");
    QVERIFY2(Settings().fileName().contains(u"/.qttest/"_s), qPrintable(Settings().fileName()));
    Translator::apply(u"en"_s);
}

void TestCase::initTestCase()
{
    initApplication();
    QVERIFY(m_dir.isValid());
}

void TestCase::init()
{
    resetUserData();
}

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

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::pair<QString, QString> twoReplacements(const DocumentSession *session)
{
    QString first, second;
    const QList<Review::Finding> &findings = session->findings();
    for (const Review::Finding &f : findings) {
        const bool replaces = std::any_of(f.edits.cbegin(), f.edits.cend(), [](const Docx::Edit &e) {
            return e.end > e.start && !e.text.isEmpty() && !e.text.contains(u'\n');
        });
        // A finding alone in its clause: rejecting it gives back exactly the original words there
        // (another finding's changes in the same clause would still show, as they should).
        const bool alone = std::none_of(findings.cbegin(), findings.cend(), [&f](const Review::Finding &o) {
            return o.id != f.id && o.clause == f.clause && !o.edits.isEmpty();
        });
        if (!replaces || !alone)
            continue;
        if (first.isEmpty())
            first = f.id;
        else if (second.isEmpty())
            second = f.id;
    }
    return {first, second};
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

void onNextDialog(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer]() {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            onNextDialog(answer);
            return;
        }
        answer(dialog);
    });
}

void useMock(AppFixture::Window &w, Llm::ProviderKind kind, const QUrl &base, int concurrency)
{
    Llm::ProviderConfig c = w.settings->provider(kind);
    QUrl url = base;
    url.setPath(kind == Llm::ProviderKind::OpenAI  ? u"/v1"_s
                : kind == Llm::ProviderKind::Local ? u"/local/v1"_s
                                                   : QString());
    c.baseUrl = url;
    c.model = kind == Llm::ProviderKind::Anthropic ? u"claude-test"_s : u"gpt-test"_s;
    c.maxConcurrent = concurrency;
    c.timeoutMs = 20000;
    w.settings->setProvider(c);
    w.settings->setAllowKeyFile(true);
    bool done = false;
    w->keyStore()->write(kind, u"test-key"_s, [&done](const QString &) { done = true; });
    QTRY_VERIFY(done);
    w->reviewController()->llmReview()->setRetryScheduler(std::make_shared<ImmediateRetries>());
}

} // namespace AppFixture
