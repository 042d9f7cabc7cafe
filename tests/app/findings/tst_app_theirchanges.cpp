// SPDX-License-Identifier: GPL-3.0-or-later
// The other side's redline in the findings panel on the offscreen platform: their insertions,
// deletions and comment threads listed with author and text, selecting one shows it in the
// document, and after a review each change carries the playbook's view of its clause.
#include "appfixture.h"

#include "document/comparisonview.h"
#include "document/documentview.h"
#include "document/redlinerenderer.h"
#include "document/redlinestyle.h"
#include "findings/decisionstore.h"
#include "findings/findingspanel.h"
#include "findings/theirchangesmodel.h"
#include "export/exportcontroller.h"
#include "export/exporthistory.h"
#include "settings/settings.h"
#include "mainwindow/messagebar.h"
#include "reviewcontrol/documentloader.h"
#include "reviewcontrol/documentsession.h"

#include "docxbuilder.h"

#include "docx/documentreader.h"
#include "docx/existingmarkup.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
using TestSupport::escapeXml;

namespace {

const QString Inserted = u"The Receiving Party shall not compete with the Disclosing Party or engage in any competing "
                         "business for five years."_s;
const QString Deleted = u" at all times"_s;

QString run(const QString &text)
{
    return u"<w:r><w:t xml:space=\"preserve\">"_s + escapeXml(text) + u"</w:t></w:r>"_s;
}

QString para(const QString &runs)
{
    return u"<w:p>"_s + runs + u"</w:p>"_s;
}

QString comment(int id, const QString &author, const QString &text, const QString &paraId)
{
    return u"<w:comment w:id=\"%1\" w:author=\"%2\" w:date=\"2024-05-09T09:15:00Z\" w:initials=\"%3\">"
           "<w:p w14:paraId=\"%4\"><w:r><w:annotationRef/></w:r>"_s.arg(id)
               .arg(author, author.left(1), paraId)
           + run(text) + u"</w:p></w:comment>"_s;
}

// An NDA of three sections as the other side sent it back: Olivia struck words from section 1 and
// inserted a non-compete into section 2; Ann commented on "Confidential Information" and Ben replied.
QString writeTheirRedline(const QString &dir)
{
    const QString body = para(run(u"MUTUAL NON-DISCLOSURE AGREEMENT"_s))
                         + para(run(u"1. Confidentiality. The Receiving Party shall keep the "_s)
                                + u"<w:commentRangeStart w:id=\"1\"/>"_s + run(u"Confidential Information"_s)
                                + u"<w:commentRangeEnd w:id=\"1\"/>"_s
                                + u"<w:r><w:commentReference w:id=\"1\"/></w:r>"_s + run(u" confidential"_s)
                                + u"<w:del w:id=\"11\" w:author=\"Olivia Other\" w:date=\"2024-05-07T10:00:00Z\"><w:r>"
                                  "<w:delText xml:space=\"preserve\">"_s
                                + Deleted + u"</w:delText></w:r></w:del>"_s + run(u"."_s))
                         + para(run(u"2. Non-Competition. "_s)
                                + u"<w:ins w:id=\"12\" w:author=\"Olivia Other\" w:date=\"2024-05-08T11:30:00Z\">"_s
                                + run(Inserted) + u"</w:ins>"_s)
                         + para(run(u"3. Term. This Agreement lasts two years."_s));
    TestSupport::DocxSpec spec;
    spec.documentXml = TestSupport::wordDocument(body);
    spec.commentsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                       "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"_s
                       + comment(1, u"Ann Counsel"_s, u"Define this more narrowly."_s, u"00000A01"_s)
                       + comment(2, u"Ben Partner"_s, u"Agreed, see clause 3."_s, u"00000A02"_s) + u"</w:comments>"_s;
    spec.commentsExtendedXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx "
                               "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                               "<w15:commentEx w15:paraId=\"00000A01\"/>"
                               "<w15:commentEx w15:paraId=\"00000A02\" w15:paraIdParent=\"00000A01\"/>"
                               "</w15:commentsEx>"_s;
    const QString path = dir + u"/their-redline.docx"_s;
    QString error;
    if (!TestSupport::writeDocx(path, spec, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

// The top-level row whose text column holds `text`; invalid when none does.
QModelIndex rowWithText(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TheirChangesModel::TextColumn);
        if (index.data(Qt::ToolTipRole).toString().contains(text))
            return index.siblingAtColumn(0);
    }
    return {};
}

QString cell(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

// The text marked in a pane (its first extra selection).
QString markedText(const DocumentView *view)
{
    const QList<QTextEdit::ExtraSelection> marks = view->extraSelections();
    return marks.isEmpty() ? QString() : marks.first().cursor.selectedText();
}

} // namespace

class TestTheirChanges : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    // The model on its own, without a window: the tree, the words, the playbook's view.
    void modelListsChangesAndThreads()
    {
        LoadOutcome outcome = QtConcurrent::run(&DocumentLoader::load, writeTheirRedline(m_dir.path())).result();
        QVERIFY2(outcome.document, qPrintable(outcome.error));
        QVERIFY(outcome.document->markupError.isEmpty());
        DocumentSession session(outcome.document, DecisionStore(m_dir.path() + u"/store"_s));
        TheirChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);

        // Two changes and one thread at the top, the reply under its comment.
        QCOMPARE(model.entryCount(), 4);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex deletion = model.index(0, 0);
        const QModelIndex insertion = model.index(1, 0);
        const QModelIndex thread = model.index(2, 0);
        QCOMPARE(cell(deletion, TheirChangesModel::KindColumn), u"Deleted"_s);
        QCOMPARE(cell(deletion, TheirChangesModel::AuthorColumn), u"Olivia Other"_s);
        QCOMPARE(cell(deletion, TheirChangesModel::TextColumn), Deleted);
        QCOMPARE(cell(deletion, TheirChangesModel::ClauseColumn), u"1"_s);
        QVERIFY(deletion.siblingAtColumn(TheirChangesModel::TextColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(cell(insertion, TheirChangesModel::KindColumn), u"Inserted"_s);
        QCOMPARE(cell(insertion, TheirChangesModel::TextColumn), Inserted);
        QCOMPARE(cell(insertion, TheirChangesModel::ClauseColumn), u"2"_s);
        QCOMPARE(cell(insertion, TheirChangesModel::DateColumn),
                 QLocale().toString(QDateTime(QDate(2024, 5, 8), QTime(11, 30), Qt::UTC).toLocalTime(),
                                    QLocale::ShortFormat));
        const QString text = session.document()->text.text;
        QCOMPARE(text.mid(insertion.data(TheirChangesModel::StartRole).toInt(),
                          insertion.data(TheirChangesModel::EndRole).toInt()
                              - insertion.data(TheirChangesModel::StartRole).toInt()),
                 Inserted);
        QCOMPARE(cell(thread, TheirChangesModel::KindColumn), u"Comment"_s);
        QCOMPARE(cell(thread, TheirChangesModel::AuthorColumn), u"Ann Counsel"_s);
        QCOMPARE(cell(thread, TheirChangesModel::TextColumn),
                 u"“Confidential Information”: Define this more narrowly."_s);
        QCOMPARE(model.rowCount(thread), 1);
        const QModelIndex reply = model.index(0, 0, thread);
        QCOMPARE(model.parent(reply), thread);
        QCOMPARE(cell(reply, TheirChangesModel::KindColumn), u"Reply"_s);
        QCOMPARE(cell(reply, TheirChangesModel::AuthorColumn), u"Ben Partner"_s);
        QCOMPARE(cell(reply, TheirChangesModel::TextColumn), u"Agreed, see clause 3."_s);

        // No review yet: no view of the playbook.
        QCOMPARE(cell(insertion, TheirChangesModel::PlaybookColumn), QString());
        // A review with a finding on section 2: the insertion there gets it, the deletion does not.
        Review::Finding finding;
        finding.id = u"F1"_s;
        finding.issueId = u"non-compete"_s;
        finding.title = u"Non-compete and exclusivity"_s;
        finding.severity = Review::Severity::High;
        finding.clause =
            Review::innermostClauseAt(session.clauses(), insertion.data(TheirChangesModel::StartRole).toInt());
        QVERIFY(finding.clause >= 0);
        finding.clauseLabel = u"2"_s;
        ReviewInfo info;
        info.reviewer = u"offline"_s;
        info.reviewedAt = QDateTime::currentDateTimeUtc();
        session.setReview({finding}, info);
        QCOMPARE(cell(insertion, TheirChangesModel::PlaybookColumn), u"High: Non-compete and exclusivity"_s);
        QCOMPARE(cell(deletion, TheirChangesModel::PlaybookColumn), u"No playbook issue in this clause"_s);
        QCOMPARE(cell(thread, TheirChangesModel::PlaybookColumn), QString());

        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void panelListsTheirChangesAndShowsThemInTheDocument()
    {
        auto w = AppFixture::showWindow();
        OPEN(w, writeTheirRedline(m_dir.path()));
        FindingsPanel *panel = w->findingsPanel();
        auto *tabs = panel->findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 0); // the findings come first
        QCOMPARE(tabs->tabText(1), u"Their Changes (4)"_s);
        panel->showTheirChanges();
        QTreeView *view = panel->theirChangesView();
        QVERIFY(view->isVisible());
        QVERIFY(!panel->findChild<QLabel *>(u"theirChangesEmptyLabel"_s)->isVisible());
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->isExpanded(view->model()->index(2, 0))); // the reply shows under its comment

        const QModelIndex insertion = rowWithText(view->model(), Inserted);
        const QModelIndex thread = rowWithText(view->model(), u"Define this more narrowly."_s);
        QVERIFY(insertion.isValid() && thread.isValid());
        QCOMPARE(cell(insertion, TheirChangesModel::AuthorColumn), u"Olivia Other"_s);
        QCOMPARE(cell(thread, TheirChangesModel::AuthorColumn), u"Ann Counsel"_s);
        QCOMPARE(cell(view->model()->index(0, 0, thread), TheirChangesModel::AuthorColumn), u"Ben Partner"_s);

        // Selecting their insertion marks it in both panes.
        ComparisonView *compare = w->comparisonView();
        view->setCurrentIndex(insertion);
        QCOMPARE(markedText(compare->originalView()), Inserted);
        QCOMPARE(markedText(compare->redlineView()), Inserted);
        // The keyboard moves on to the comment, and the document follows.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), thread.row());
        QCOMPARE(markedText(compare->originalView()), u"Confidential Information"_s);

        // After the offline review, the playbook's view of the clause their insertion is in.
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        const QString view2 = cell(rowWithText(view->model(), Inserted), TheirChangesModel::PlaybookColumn);
        QVERIFY2(view2.contains(u"Non-compete and exclusivity"_s), qPrintable(view2));
        QCOMPARE(cell(rowWithText(view->model(), Deleted), TheirChangesModel::PlaybookColumn),
                 u"No playbook issue in this clause"_s);
        // The redline now holds the proposals too: the insertion is still found there.
        view->setCurrentIndex(rowWithText(view->model(), Deleted));
        view->setCurrentIndex(rowWithText(view->model(), Inserted));
        QCOMPARE(markedText(compare->originalView()), Inserted);
    }

    // Both panes draw their changes as Word does: the insertion underlined and the deleted words
    // struck at their place, in the author's colour; positions still map to the working text.
    void panesDrawTheirChangesInTheirAuthorsColour()
    {
        LoadOutcome outcome = QtConcurrent::run(&DocumentLoader::load, writeTheirRedline(m_dir.path())).result();
        QVERIFY2(outcome.document, qPrintable(outcome.error));
        const RedlineRenderer renderer(outcome.document);
        std::unique_ptr<QTextDocument> doc(renderer.renderPlain());
        bool sawInsertion = false, sawDeletion = false;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextCharFormat format = f.charFormat();
                if (f.text() == Inserted) {
                    sawInsertion = true;
                    QVERIFY(format.fontUnderline());
                    QCOMPARE(format.foreground().color(), RedlineStyle::authorColor(0));
                    QVERIFY2(format.toolTip().startsWith(u"Inserted by Olivia Other"_s), qPrintable(format.toolTip()));
                }
                if (f.text() == Deleted) {
                    sawDeletion = true;
                    QVERIFY(format.fontStrikeOut());
                    QCOMPARE(format.foreground().color(), RedlineStyle::authorColor(0));
                    QCOMPARE(format.intProperty(RedlineRenderer::ChangeKindProperty),
                             int(RedlineRenderer::ChangeKind::TheirDeletion));
                }
            }
        }
        QVERIFY(sawInsertion);
        QVERIFY(sawDeletion);
        // The full stop after their deletion is found where it is drawn, past the struck words.
        const QString &text = outcome.document->text.text;
        const qint32 stop = qint32(text.indexOf(u"confidential."_s)) + 12;
        QCOMPARE(doc->characterAt(renderer.plainPosition(doc.get(), stop)), QChar(u'.'));
        QCOMPARE(doc->characterAt(renderer.plainPosition(doc.get(), stop - 1)), QChar(u'l'));

        // Someone's deletion inside another's insertion is drawn where it was made.
        TestSupport::DocxSpec spec;
        spec.documentXml = TestSupport::wordDocument(
            u"<w:p><w:ins w:id=\"1\" w:author=\"A\">"_s + run(u"one two "_s)
            + u"<w:del w:id=\"2\" w:author=\"B\"><w:r><w:delText xml:space=\"preserve\">three </w:delText></w:r></w:del>"_s
            + run(u"four"_s) + u"</w:ins></w:p>"_s);
        const QString nestedPath = m_dir.path() + u"/nested.docx"_s;
        QVERIFY(TestSupport::writeDocx(nestedPath, spec));
        LoadOutcome nested = QtConcurrent::run(&DocumentLoader::load, nestedPath).result();
        QVERIFY2(nested.document, qPrintable(nested.error));
        const RedlineRenderer nestedRenderer(nested.document);
        std::unique_ptr<QTextDocument> nestedDoc(nestedRenderer.renderPlain());
        QCOMPARE(nestedDoc->toPlainText().trimmed(), u"one two three four"_s);
    }

    // Answering their changes: reject Olivia's non-compete, accept her deletion, each one undoable;
    // all of one author at once; the redline pane reads as the export will, the original pane as
    // received; the answers survive reopening; the export applies them, keeps Ann's and Ben's
    // comments and adds our accepted findings, and readers see exactly what remains.
    void answeringTheirChanges()
    {
        const QString path = writeTheirRedline(m_dir.path());
        auto w = AppFixture::showWindow();
        OPEN(w, path);
        FindingsPanel *panel = w->findingsPanel();
        panel->showTheirChanges();
        QTreeView *view = panel->theirChangesView();
        const QModelIndex insertion = rowWithText(view->model(), Inserted);
        const QModelIndex deletion = rowWithText(view->model(), Deleted.trimmed());
        QVERIFY(insertion.isValid() && deletion.isValid());
        QAction *accept = AppFixture::action(w.window.get(), "actionAcceptTheirs");
        QAction *reject = AppFixture::action(w.window.get(), "actionRejectTheirs");
        QVERIFY(accept && reject);

        view->setCurrentIndex(insertion);
        QVERIFY(reject->isEnabled());
        reject->trigger();
        QCOMPARE(cell(insertion, TheirChangesModel::AnswerColumn), u"Rejected"_s);
        // An answer alone is worth exporting, before any review.
        QVERIFY(!w->session()->hasReview());
        QVERIFY(AppFixture::action(w.window.get(), "actionExportDocx")->isEnabled());
        view->setCurrentIndex(deletion);
        accept->trigger();
        QCOMPARE(cell(deletion, TheirChangesModel::AnswerColumn), u"Accepted"_s);

        // The redline pane: her insertion struck, her deletion gone; the original as she sent it.
        const auto formatOf = [](const QTextDocument *doc, const QString &text) -> std::optional<QTextCharFormat> {
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().text().contains(text))
                        return it.fragment().charFormat();
                }
            }
            return std::nullopt;
        };
        const QTextDocument *redline = w->comparisonView()->redlineView()->document();
        const QTextDocument *original = w->comparisonView()->originalView()->document();
        QTRY_VERIFY(formatOf(redline, Inserted) && formatOf(redline, Inserted)->fontStrikeOut());
        QVERIFY(!formatOf(redline, Deleted));
        QVERIFY(formatOf(original, Inserted)->fontUnderline());
        QVERIFY(formatOf(original, Deleted)->fontStrikeOut());

        // Undo takes the last answer back, redo gives it again.
        w->session()->undoStack()->undo();
        QCOMPARE(cell(deletion, TheirChangesModel::AnswerColumn), QString());
        QTRY_VERIFY(formatOf(redline, Deleted) && formatOf(redline, Deleted)->fontStrikeOut());
        w->session()->undoStack()->redo();
        QCOMPARE(cell(deletion, TheirChangesModel::AnswerColumn), u"Accepted"_s);

        // All of one author: both of Olivia's changes accepted in one step, and undone in one.
        AppFixture::action(w.window.get(), "actionAcceptAuthor")->trigger();
        QCOMPARE(cell(insertion, TheirChangesModel::AnswerColumn), u"Accepted"_s);
        QTRY_VERIFY(formatOf(redline, Inserted) && !formatOf(redline, Inserted)->fontUnderline());
        w->session()->undoStack()->undo();
        QCOMPARE(cell(insertion, TheirChangesModel::AnswerColumn), u"Rejected"_s);
        QCOMPARE(cell(deletion, TheirChangesModel::AnswerColumn), u"Accepted"_s);

        // Kept across closing and reopening (the sidecar store).
        QString error;
        QVERIFY2(w->session()->saveNow(&error), qPrintable(error));
        OPEN(w, path);
        view = w->findingsPanel()->theirChangesView();
        QCOMPARE(cell(rowWithText(view->model(), Inserted), TheirChangesModel::AnswerColumn), u"Rejected"_s);
        QCOMPARE(cell(rowWithText(view->model(), Deleted.trimmed()), TheirChangesModel::AnswerColumn), u"Accepted"_s);
        // ... and drawn so in the redline pane again.
        QTRY_VERIFY(formatOf(w->comparisonView()->redlineView()->document(), Inserted)
                    && formatOf(w->comparisonView()->redlineView()->document(), Inserted)->fontStrikeOut());

        // A reply to Ann's comment, from the comment's row; undoable like the rest.
        const QModelIndex annRow = rowWithText(view->model(), u"Define this more narrowly."_s);
        QVERIFY(annRow.isValid());
        view->setCurrentIndex(annRow);
        QVERIFY(AppFixture::action(w.window.get(), "actionReplyComment")->isEnabled());
        const qint64 annId = annRow.data(TheirChangesModel::CommentIdRole).toLongLong();
        w->session()->setReply(annId, u"Narrowed: see our change to clause 1."_s);
        QCOMPARE(cell(annRow, TheirChangesModel::AnswerColumn), u"Replied"_s);
        w->session()->undoStack()->undo();
        QCOMPARE(cell(annRow, TheirChangesModel::AnswerColumn), QString());
        w->session()->undoStack()->redo();

        // Our review on top: every finding accepted; one that edits her rejected clause is left out
        // with the reason, the others are written.
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        for (const char *name : {"actionAcceptHigh", "actionAcceptMedium", "actionAcceptLow"})
            AppFixture::action(w.window.get(), name)->trigger();
        const QString out = m_dir.path() + u"/their-redline (answered).docx"_s;
        QSignalSpy exported(w.window.get(), &MainWindow::exportFinished);
        QVERIFY(AppFixture::action(w.window.get(), "actionExportDocx")->isEnabled());
        QVERIFY(w->exportRedline(out));
        QVERIFY(exported.wait(60000));
        const auto outcome = exported.first().at(0).value<ExportOutcome>();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.answered, 2);
        for (const auto &[id, reason] : outcome.refused)
            QVERIFY2(reason.contains(u"rejected"_s), qPrintable(id + u": "_s + reason));
        QVERIFY2(w->messageBar()->text().contains(u"Your answers to 2 of their tracked change"_s),
                 qPrintable(w->messageBar()->text()));

        auto reread = Docx::DocumentReader::read(out);
        QVERIFY2(reread, qPrintable(reread.error().toString()));
        const QString &text = reread.value().body.text;
        QVERIFY(!text.contains(u"compete"_s));
        QVERIFY(!text.contains(Deleted));
        auto markup = Docx::readExistingMarkup(reread.value());
        QVERIFY(markup);
        QStringList authors;
        for (const auto &c : markup.value().changes)
            authors.append(c.author);
        authors.removeDuplicates();
        QVERIFY2(!authors.contains(u"Olivia Other"_s), qPrintable(authors.join(u", "_s)));
        QCOMPARE(authors.isEmpty(), outcome.written == 0);
        QVERIFY(!markup.value().originalText.contains(u"compete"_s));
        QVERIFY(!markup.value().originalText.contains(Deleted));
        QStringList commenters;
        for (const auto &c : markup.value().comments)
            commenters.append(c.author);
        QVERIFY(commenters.contains(u"Ann Counsel"_s) && commenters.contains(u"Ben Partner"_s));
        // Our reply sits in Ann's thread, where her comment is.
        const auto &comments = markup.value().comments;
        const auto ann = std::find_if(comments.cbegin(), comments.cend(),
                                      [](const auto &c) { return c.author == u"Ann Counsel"_s; });
        const auto ours = std::find_if(comments.cbegin(), comments.cend(), [](const auto &c) {
            return c.text == u"Narrowed: see our change to clause 1."_s;
        });
        QVERIFY(ann != comments.cend() && ours != comments.cend());
        QCOMPARE(ours->parentId, ann->id);
        QCOMPARE(std::pair(ours->start, ours->end), std::pair(ann->start, ann->end));
        QCOMPARE(outcome.replied, 1);

        // Word-compatible readers see the same: none of Olivia's changes left, our changes there,
        // Ann's comment and our reply (pandoc's reading of every change, LibreOffice's document;
        // Ben's reply has no anchor of its own in the body, so neither shows it).
        const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (pandoc.isEmpty() || soffice.isEmpty())
            QSKIP("pandoc or LibreOffice is not installed (bash .ci/deps test): the other readers are not asked");
        QProcess p;
        p.start(pandoc, {u"--track-changes=all"_s, u"-t"_s, u"native"_s, out});
        QVERIFY(p.waitForFinished(60000));
        const QString all = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(!all.contains(u"Olivia Other"_s), qPrintable(all.left(3000)));
        QVERIFY2(all.contains(u"Ann Counsel"_s), qPrintable(all.left(4000)));
        QVERIFY(all.contains(u"Str \"Narrowed:\""_s));
        QTemporaryDir loDir;
        p.start(soffice,
                {u"--headless"_s, u"--norestore"_s, u"-env:UserInstallation=file://"_s + loDir.filePath(u"profile"_s),
                 u"--convert-to"_s, u"fodt"_s, u"--outdir"_s, loDir.path(), out});
        QVERIFY(p.waitForFinished(5 * 60000));
        QFile fodt(loDir.filePath(QFileInfo(out).completeBaseName() + u".fodt"_s));
        QVERIFY2(fodt.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(p.readAll())));
        const QByteArray converted = fodt.readAll();
        QVERIFY(!converted.contains("Olivia Other"));
        QCOMPARE(int(converted.count("<text:changed-region ")) > 0, outcome.written > 0);
        QVERIFY(converted.contains("Define this more narrowly."));
        QVERIFY(converted.contains("Narrowed: see our change to clause 1."));
    }

    // File › Compare with Previous Version: the open document becomes its comparison with the
    // earlier file, every difference listed under Their Changes and drawn in the panes; exporting
    // writes the comparison with those tracked changes.
    void comparingWithAPreviousVersion()
    {
        const auto write = [&](const QString &name, const QStringList &paragraphs) {
            QString body;
            for (const QString &p : paragraphs)
                body += para(run(p));
            TestSupport::DocxSpec spec;
            spec.documentXml = TestSupport::wordDocument(body);
            const QString path = m_dir.path() + u"/"_s + name;
            QString error;
            return TestSupport::writeDocx(path, spec, &error) ? path : QString();
        };
        const QString older = write(u"nda-v1.docx"_s, {u"MUTUAL NON-DISCLOSURE AGREEMENT"_s,
                                                       u"1. Term. This Agreement lasts five (5) years."_s,
                                                       u"2. Assignment. Either party may assign it."_s});
        const QString newer = write(u"nda-v2.docx"_s, {u"MUTUAL NON-DISCLOSURE AGREEMENT"_s,
                                                       u"1. Term. This Agreement lasts three (3) years."_s,
                                                       u"3. Law. English law governs this Agreement."_s});
        auto w = AppFixture::showWindow();
        OPEN(w, newer);
        QAction *compareAction = AppFixture::action(w.window.get(), "actionCompare");
        QVERIFY(compareAction && compareAction->isEnabled());

        QSignalSpy opened(w.window.get(), &MainWindow::documentOpened);
        w->compareWithPreviousVersion(older);
        QVERIFY(opened.wait(60000));
        QVERIFY2(w->windowTitle().startsWith(u"nda-v2.docx compared with nda-v1.docx"_s), qPrintable(w->windowTitle()));
        QVERIFY2(w->messageBar()->text().contains(u"Compared with nda-v1.docx"_s), qPrintable(w->messageBar()->text()));
        const LoadedDocumentPtr doc = w->session()->document();
        QVERIFY(doc->comparison.has_value());
        QCOMPARE(doc->comparison->edited, 1);
        QCOMPARE(doc->comparison->inserted, 1);
        QCOMPARE(doc->comparison->deleted, 1);

        FindingsPanel *panel = w->findingsPanel();
        QTreeView *view = panel->theirChangesView();
        QVERIFY(view->isVisible());
        const QModelIndex was = rowWithText(view->model(), u"five (5)"_s);
        const QModelIndex now = rowWithText(view->model(), u"three (3)"_s);
        QVERIFY(was.isValid() && now.isValid());
        QCOMPARE(cell(was, TheirChangesModel::KindColumn), u"Deleted"_s);
        QCOMPARE(cell(now, TheirChangesModel::KindColumn), u"Inserted"_s);
        QVERIFY(rowWithText(view->model(), u"Either party may assign it."_s).isValid());
        // The earlier version on the left, as it reads; the comparison on the right.
        view->setCurrentIndex(now);
        QCOMPARE(markedText(w->comparisonView()->redlineView()), u"three (3)"_s);
        const QString left = w->comparisonView()->originalView()->document()->toPlainText();
        const QString right = w->comparisonView()->redlineView()->document()->toPlainText();
        QVERIFY2(left.contains(u"This Agreement lasts five (5) years."_s) && !left.contains(u"three (3)"_s)
                     && !left.contains(u"3. Law."_s),
                 qPrintable(left));
        QVERIFY2(right.contains(u"five (5)"_s) && right.contains(u"three (3)"_s), qPrintable(right));
        const auto *title = w->comparisonView()->findChild<QLabel *>(u"originalTitle"_s);
        QVERIFY(title);
        QVERIFY2(title->text().contains(u"nda-v1.docx"_s), qPrintable(title->text()));
        // A deleted paragraph (its mark deleted too) is drawn once, in its own place.
        for (const QString &pane : {left, right})
            QCOMPARE(pane.count(u"Either party may assign it."_s), 1);
        // Choosing a change of the earlier text marks it on the left too.
        view->setCurrentIndex(was);
        QCOMPARE(markedText(w->comparisonView()->redlineView()), QString());

        // Exported as it stands: the newer text, with every difference tracked.
        const QString out = m_dir.path() + u"/nda-v2 (compared).docx"_s;
        QSignalSpy exported(w.window.get(), &MainWindow::exportFinished);
        QVERIFY(AppFixture::action(w.window.get(), "actionExportDocx")->isEnabled());
        QVERIFY(w->exportRedline(out));
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.first().at(0).value<ExportOutcome>().error.isEmpty(),
                 qPrintable(exported.first().at(0).value<ExportOutcome>().error));
        auto reread = Docx::DocumentReader::read(out);
        QVERIFY2(reread, qPrintable(reread.error().toString()));
        auto newerRead = Docx::DocumentReader::read(newer);
        QCOMPARE(reread.value().body.text, newerRead.value().body.text);
        auto markup = Docx::readExistingMarkup(reread.value());
        QVERIFY(markup);
        auto olderRead = Docx::DocumentReader::read(older);
        QCOMPARE(markup.value().originalText, olderRead.value().body.text);

        // With remembering turned off (Tools › Settings), an export is not kept.
        ExportHistory history;
        QVERIFY(history.lookup(QFileInfo(out).fileName()).has_value());
        {
            Settings settings;
            settings.setRememberExports(false);
        }
        const QString unremembered = m_dir.path() + u"/nda-v2 (not kept).docx"_s;
        QVERIFY(w->exportRedline(unremembered));
        QVERIFY(exported.wait(60000));
        QVERIFY(QFileInfo::exists(unremembered));
        QVERIFY(!history.lookup(QFileInfo(unremembered).fileName()).has_value());
        {
            Settings settings;
            settings.setRememberExports(true);
        }

        // Opening what we exported finds nothing changed behind our back.
        QSignalSpy untracked(w.window.get(), &MainWindow::untrackedChangesFound);
        OPEN(w, out);
        QVERIFY(!w->messageBar()->text().contains(u"not tracked"_s));
        // Their answer under the same name, with the title changed and a sentence added with
        // tracking off, and our comparison's changes accepted: only the first two are named.
        QVERIFY(QDir(m_dir.path()).mkpath(u"answer"_s));
        const QString answer = m_dir.path() + u"/answer/nda-v2 (compared).docx"_s;
        {
            TestSupport::DocxSpec spec;
            spec.documentXml = TestSupport::wordDocument(
                para(run(u"ONE-WAY NON-DISCLOSURE AGREEMENT"_s))
                + para(run(u"1. Term. This Agreement lasts three (3) years."_s))
                + para(run(u"3. Law. English law governs this Agreement. Each party waives a jury trial."_s)));
            QString error;
            QVERIFY2(TestSupport::writeDocx(answer, spec, &error), qPrintable(error));
        }
        OPEN(w, answer);
        QTRY_VERIFY_WITH_TIMEOUT(!untracked.isEmpty(), 60000);
        QCOMPARE(untracked.first().at(0).toInt(), 1);
        const QString warning = w->messageBar()->text();
        QCOMPARE(w->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(warning.contains(u"not tracked"_s) && warning.contains(u"1 place"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"Paragraph 1: \u201CMUTUAL\u201D became \u201CONE-WAY\u201D"_s),
                 qPrintable(warning));

        // Forgetting every export (what turning remembering off in the settings does).
        QVERIFY(history.clear().isEmpty());
        QVERIFY(!history.lookup(QFileInfo(out).fileName()).has_value());

        // The same text twice: nothing to mark, and the document stays as it was.
        OPEN(w, newer);
        w->compareWithPreviousVersion(newer);
        QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->text().contains(u"have the same text"_s), 60000);
        QVERIFY(!w->session()->document()->comparison);
    }

    void aDocumentWithoutMarkupSaysSo()
    {
        const QString path = AppFixture::writeGeneratedNda(m_dir.path(), 1);
        auto w = AppFixture::showWindow();
        OPEN(w, path);
        FindingsPanel *panel = w->findingsPanel();
        QCOMPARE(panel->theirChangesModel()->entryCount(), 0);
        QCOMPARE(panel->findChild<QTabWidget *>(u"tabs"_s)->tabText(1), u"Their Changes"_s);
        panel->showTheirChanges();
        auto *empty = panel->findChild<QLabel *>(u"theirChangesEmptyLabel"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No tracked changes or comments from others."_s);
        QVERIFY(!panel->theirChangesView()->isVisible());
    }
};

QTEST_MAIN(TestTheirChanges)
#include "tst_app_theirchanges.moc"
