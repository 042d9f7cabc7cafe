// SPDX-License-Identifier: GPL-3.0-or-later
// Tools › Playbooks… driven as a user would: duplicate the built-in playbook, edit a parameter and
// a position, watch the preview change beside the saved playbook, save (a new version with its
// history), reopen, review with it in the window and with redliner-cli --playbook (the same
// findings); invalid input refused with the loader's own message; defaults per side in the review
// toolbar; adding and removing issues; import and export.
#include "appfixture.h"

#include "mainwindow/mainwindow.h"
#include "playbooks/playbookeditor.h"
#include "playbooks/playbookissueform.h"
#include "playbooks/playbooklibrarydialog.h"
#include "playbooks/playbookpreview.h"
#include "reviewcontrol/documentsession.h"
#include "reviewcontrol/reviewtoolbar.h"

#include "review/playbooklibrary.h"
#include "review/playbookwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Clicks an item of a list as a user would.
void clickItem(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickIssue(PlaybookLibraryDialog *dialog, const QString &id)
{
    QTreeWidget *issues = child<QTreeWidget>(dialog, u"issueList"_s);
    for (int row = 0; row < issues->topLevelItemCount(); ++row) {
        if (issues->topLevelItem(row)->data(0, Qt::UserRole).toString() == id) {
            clickItem(issues, issues->model()->index(row, 1));
            return;
        }
    }
    qWarning("no issue %s", qPrintable(id));
}

void clickPlaybook(PlaybookLibraryDialog *dialog, const QString &path)
{
    QListWidget *list = child<QListWidget>(dialog, u"playbookList"_s);
    for (int row = 0; row < list->count(); ++row) {
        if (QFileInfo(list->item(row)->data(Qt::UserRole).toString()) == QFileInfo(path)) {
            clickItem(list, list->model()->index(row, 0));
            return;
        }
    }
    qWarning("no playbook %s", qPrintable(path));
}

// Replaces a spin box's number by typing, as a user does.
void typeNumber(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

// Appends text at the end of a text box by typing.
void typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

void clearText(QPlainTextEdit *edit)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
}

const Review::Finding *findingOf(const QList<Review::Finding> &findings, const QString &issue)
{
    for (const Review::Finding &f : findings) {
        if (f.issueId == issue)
            return &f;
    }
    return nullptr;
}

// The preview once it shows the reviews of what is in the editor now.
bool waitForPreview(PlaybookPreview *preview)
{
    QSignalSpy updated(preview, &PlaybookPreview::updated);
    for (int i = 0; i < 1200 && (preview->isRunning() || updated.isEmpty()); ++i)
        updated.wait(50);
    return !preview->isRunning() && !updated.isEmpty();
}

PlaybookLibraryDialog *openDialog(AppFixture::Window &w)
{
    AppFixture::action(w.window.get(), "actionPlaybooks")->trigger();
    PlaybookLibraryDialog *dialog = w->playbookLibrary();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the playbooks dialog was not exposed");
    return dialog;
}

} // namespace

class TestPlaybooks : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void editPreviewSaveReopenAndReviewWithIt()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);

        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        auto *preview = dialog->preview();
        // The built-in playbook: shown, read-only, the one the toolbar uses.
        QCOMPARE(dialog->currentPath(), Review::Playbook::builtinPath());
        auto *save = child<QPushButton>(dialog, u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, u"playbookName"_s)->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, u"previewDocument"_s)->text(), u"sample-nda.docx"_s);

        // Duplicate: a copy of one's own in the library, saved at once with where it came from.
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        QVERIFY2(path.startsWith(Review::PlaybookLibrary::defaultDirectory()), qPrintable(path));
        QVERIFY(!child<QLineEdit>(dialog, u"playbookName"_s)->isReadOnly());
        const QString firstVersion = child<QLineEdit>(dialog, u"playbookVersion"_s)->text();
        QCOMPARE(dialog->library()->history(path).size(), 1);
        QVERIFY(dialog->library()->history(path).first().changes.join(u' ').contains(u"duplicated from"_s));
        QVERIFY(waitForPreview(preview));
        QCOMPARE(preview->editedFindings().size(), preview->savedFindings().size());

        // A parameter and a position, typed.
        clickIssue(dialog, u"term"_s);
        QCOMPARE(child<QLabel>(dialog, u"issueId"_s)->text(), u"term"_s);
        auto *proposed = child<QSpinBox>(dialog, u"parameter_proposed_months"_s);
        QCOMPARE(proposed->value(), 24);
        QCOMPARE(proposed->maximum(), 1200);
        QVERIFY(proposed->suffix().contains(u"months"_s));
        typeNumber(proposed, 18);
        QCOMPARE(proposed->value(), 18);
        const QString house = u" Eighteen months is our house position."_s;
        typeAtEnd(child<QPlainTextEdit>(dialog, u"rationale_receiving"_s), house);
        QVERIFY(child<QLabel>(dialog, u"placeholders_receiving"_s)->text().contains(u"{months_words}"_s));
        QVERIFY(dialog->validationError().isEmpty());
        QVERIFY(save->isEnabled());
        QVERIFY(dialog->hasUnsavedChanges());

        // The preview: the edited playbook's term finding beside the saved one's.
        QVERIFY(waitForPreview(preview));
        const Review::Finding *before = findingOf(preview->savedFindings(), u"term"_s);
        const Review::Finding *after = findingOf(preview->editedFindings(), u"term"_s);
        QVERIFY(before && after);
        QVERIFY2(before->proposedText.contains(u"twenty-four (24) months"_s), qPrintable(before->proposedText));
        QVERIFY2(after->proposedText.contains(u"eighteen (18) months"_s), qPrintable(after->proposedText));
        QVERIFY(after->rationale.endsWith(house));
        auto *editedList = child<QTreeWidget>(dialog, u"previewEdited"_s);
        int marked = 0;
        for (int i = 0; i < editedList->topLevelItemCount(); ++i)
            marked += editedList->topLevelItem(i)->data(1, Qt::UserRole + 2).toBool() ? 1 : 0;
        QCOMPARE(marked, 1);
        QVERIFY(child<QLabel>(dialog, u"previewSummary"_s)->text().contains(u"1 new or changed"_s));
        const qsizetype editedCount = preview->editedFindings().size();

        // Save: a new version, with who, when and what changed.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog->hasUnsavedChanges());
        QVERIFY(!save->isEnabled());
        const QString secondVersion = child<QLineEdit>(dialog, u"playbookVersion"_s)->text();
        QCOMPARE(secondVersion, Review::PlaybookLibrary::nextVersion(firstVersion));
        const QList<Review::PlaybookRevision> history = dialog->library()->history(path);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().version, secondVersion);
        QCOMPARE(history.last().savedBy, w.settings->author());
        const QString changes = history.last().changes.join(u'\n');
        QVERIFY2(changes.contains(u"term: parameters.proposed_months: 24 -> 18"_s), qPrintable(changes));
        QVERIFY2(changes.contains(u"receiving.rationale"_s), qPrintable(changes));
        QCOMPARE(history.last().sha256, QString::fromLatin1(AppFixture::sha256(path).toHex()));
        QCOMPARE(child<QTreeWidget>(dialog, u"historyList"_s)->topLevelItem(0)->text(0), secondVersion);

        // Closed and opened again: the edit is there, read from the file.
        dialog->close();
        QTRY_VERIFY(!w->playbookLibrary());
        dialog = openDialog(w);
        QVERIFY(dialog);
        clickPlaybook(dialog, path);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(path));
        QCOMPARE(child<QLineEdit>(dialog, u"playbookVersion"_s)->text(), secondVersion);
        clickIssue(dialog, u"term"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"parameter_proposed_months"_s)->value(), 18);
        QVERIFY(child<QPlainTextEdit>(dialog, u"rationale_receiving"_s)->toPlainText().endsWith(house));
        QCOMPARE(child<QTreeWidget>(dialog, u"historyList"_s)->topLevelItemCount(), 2);
        dialog->close();
        QTRY_VERIFY(!w->playbookLibrary());

        // Reviewed with it in the window: the review toolbar offers it.
        QComboBox *combo = w->reviewToolBar()->playbookCombo();
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (QFileInfo(combo->itemData(i).toString()) == QFileInfo(path))
                index = i;
        }
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        const QList<Review::Finding> findings = w->session()->findings();
        const Review::Finding *term = findingOf(findings, u"term"_s);
        QVERIFY(term);
        QVERIFY2(term->proposedText.contains(u"eighteen (18) months"_s), qPrintable(term->proposedText));
        QVERIFY(term->rationale.endsWith(house));
        QCOMPARE(w->session()->reviewInfo().playbookVersion, secondVersion);
        QCOMPARE(w->session()->reviewInfo().playbookHash, QString::fromLatin1(AppFixture::sha256(path).toHex()));

        // redliner-cli --playbook on the saved file: the same findings as in the window.
        QProcess cli;
        const QString report = m_dir.filePath(u"report.json"_s);
        cli.start(QStringLiteral(REDLINER_CLI),
                  {u"review"_s, sample, u"-o"_s, m_dir.filePath(u"out.docx"_s), u"--side"_s, u"receiving"_s,
                   u"--playbook"_s, path, u"--report"_s, report});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(AppFixture::fileText(report).toUtf8()).object();
        QCOMPARE(json.value(u"playbook"_s).toObject().value(u"version"_s).toString(), secondVersion);
        QCOMPARE(json.value(u"playbook"_s).toObject().value(u"sha256"_s).toString(),
                 w->session()->reviewInfo().playbookHash);
        QStringList fromCli, fromWindow;
        for (const QJsonValue &f : json.value(u"findings"_s).toArray())
            fromCli.append(f[u"id"_s].toString() + u' ' + f[u"issue"_s].toString() + u' ' + f[u"severity"_s].toString()
                           + u' ' + f[u"proposed"_s].toString());
        for (const Review::Finding &f : findings)
            fromWindow.append(f.id + u' ' + f.issueId + u' ' + Review::severityName(f.severity) + u' '
                              + f.proposedText);
        QCOMPARE(fromCli, fromWindow);
        QCOMPARE(fromWindow.size(), editedCount); // and what the preview showed before saving
    }

    void invalidInputIsRefusedWithTheLoadersMessage()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        const QString file = QFileInfo(path).fileName();
        auto *save = child<QPushButton>(dialog, u"saveButton"_s);
        auto *validation = child<QLabel>(dialog, u"validationLabel"_s);
        // What the loader says of the playbook as it stands in the editor.
        const auto loaderSays = [dialog, file]() {
            QString error;
            Review::Playbook::parse(Review::playbookJson(dialog->editor()->playbook()), file, nullptr, &error);
            return error;
        };

        // "{month}" typed in the language of term: not a placeholder the drafting fills.
        clickIssue(dialog, u"term"_s);
        auto *language = child<QPlainTextEdit>(dialog, u"language_receiving"_s);
        typeAtEnd(language, u" or {month}"_s);
        QVERIFY(!dialog->validationError().isEmpty());
        QVERIFY2(dialog->validationError().startsWith(file + u':'), qPrintable(dialog->validationError()));
        QVERIFY2(dialog->validationError().contains(
                     u".positions.receiving.language: unknown placeholder {month} (known: {months}, {months_words})"_s),
                 qPrintable(dialog->validationError()));
        QCOMPARE(dialog->validationError(), loaderSays());
        QVERIFY(validation->isVisible());
        QCOMPARE(validation->text(), dialog->validationError());
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"placeholders_receiving"_s)->text().contains(u"{month}"_s));
        QVERIFY(!dialog->saveCurrent());
        QCOMPARE(dialog->library()->history(path).size(), 1);

        // Taken out again: valid, and Save comes back.
        for (int i = 0; i < 11; ++i)
            QTest::keyClick(language, Qt::Key_Backspace);
        QVERIFY2(dialog->validationError().isEmpty(), qPrintable(dialog->validationError()));
        QVERIFY(!validation->isVisible());
        QVERIFY(!save->isEnabled()); // nothing changed

        // An empty rationale on a raised position.
        clearText(child<QPlainTextEdit>(dialog, u"rationale_receiving"_s));
        QVERIFY2(dialog->validationError().contains(u".positions.receiving.rationale: empty: a raised position needs a "
                                                    u"rationale (the comment on the change)"_s),
                 qPrintable(dialog->validationError()));
        QCOMPARE(dialog->validationError(), loaderSays());
        QVERIFY(!save->isEnabled());
        // Not raised, the rationale is optional.
        auto *raise = child<QCheckBox>(dialog, u"raise_receiving"_s);
        raise->setFocus();
        QTest::keyClick(raise, Qt::Key_Space); // the keyboard, as without a mouse
        QVERIFY(!raise->isChecked());
        QVERIFY2(dialog->validationError().isEmpty(), qPrintable(dialog->validationError()));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->hasUnsavedChanges());

        // "{months}" in an issue whose language is not a template.
        clickIssue(dialog, u"governing-law"_s);
        QVERIFY(child<QLabel>(dialog, u"placeholders_receiving"_s)->text().contains(u"no placeholders"_s));
        typeAtEnd(child<QPlainTextEdit>(dialog, u"language_receiving"_s), u" within {months}"_s);
        QVERIFY2(dialog->validationError().contains(u"{months} is not filled in here"_s),
                 qPrintable(dialog->validationError()));
        QCOMPARE(dialog->validationError(), loaderSays());
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);

        // A proposal longer than what is accepted: the loader's cross-check.
        clickIssue(dialog, u"term"_s);
        typeNumber(child<QSpinBox>(dialog, u"parameter_proposed_months"_s), 48);
        QVERIFY2(dialog->validationError().contains(u"must not exceed max_months (36)"_s),
                 qPrintable(dialog->validationError()));
        QVERIFY(!save->isEnabled());
        // The spin box keeps numbers within the loader's limits.
        auto *max = child<QSpinBox>(dialog, u"parameter_max_months"_s);
        QCOMPARE(max->minimum(), 1);
        QCOMPARE(max->maximum(), 1200);
        typeNumber(max, 60);
        QVERIFY2(dialog->validationError().isEmpty(), qPrintable(dialog->validationError()));
        QVERIFY(save->isEnabled());

        // An empty name: the loader's message too.
        auto *name = child<QLineEdit>(dialog, u"playbookName"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY2(dialog->validationError().contains(u"name: empty: the playbook's name"_s),
                 qPrintable(dialog->validationError()));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->hasUnsavedChanges());
        dialog->close();
    }

    void defaultsPerSideInTheToolbar()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        auto *disclosing = child<QCheckBox>(dialog, u"default_disclosing"_s);
        QVERIFY(!disclosing->isChecked());
        disclosing->setFocus();
        QTest::keyClick(disclosing, Qt::Key_Space);
        QVERIFY(disclosing->isChecked());
        QCOMPARE(QFileInfo(Review::PlaybookLibrary().defaultFor(Review::Side::Disclosing)), QFileInfo(path));
        QCOMPARE(Review::PlaybookLibrary().defaultFor(Review::Side::Receiving), Review::Playbook::builtinPath());
        QVERIFY(child<QListWidget>(dialog, u"playbookList"_s)->currentItem()->text().contains(u"Disclosing party"_s));
        dialog->close();

        // The toolbar picks each side's default as the side changes.
        ReviewToolBar *bar = w->reviewToolBar();
        QComboBox *side = bar->sideCombo();
        side->setFocus();
        side->setCurrentIndex(side->findData(int(Review::Side::Disclosing)));
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(path));
        side->setCurrentIndex(side->findData(int(Review::Side::Receiving)));
        QCOMPARE(bar->request().playbookPath, QString());
        // And a new window starts with them too.
        auto other = AppFixture::showWindow();
        other->reviewToolBar()->setSide(Review::Side::Disclosing);
        QCOMPARE(QFileInfo(other->reviewToolBar()->request().playbookPath), QFileInfo(path));
    }

    void everyControlHasANameAndAKey()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        clickIssue(dialog, u"term"_s);
        QStringList unnamed;
        for (QWidget *c : dialog->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(c) || qobject_cast<QLineEdit *>(c)
                                 || qobject_cast<QAbstractItemView *>(c) || qobject_cast<QPlainTextEdit *>(c)
                                 || qobject_cast<QAbstractSpinBox *>(c);
            // A list's header is part of the list, which has the name.
            if (control && !qobject_cast<QHeaderView *>(c) && c->accessibleName().isEmpty()
                && !c->objectName().startsWith(u"qt_"_s))
                unnamed.append(c->objectName() + u" ("_s + QString::fromLatin1(c->metaObject()->className()) + u")"_s);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        // Every button can be reached from the keyboard by its letter (or Ctrl+S, Escape).
        QStringList keyless;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(u'&') || !b->shortcut().isEmpty() || b->text().startsWith(u'{'))
                continue;
            keyless.append(b->objectName() + u" "_s + b->text());
        }
        keyless.removeAll(u" Close"_s); // Escape
        QVERIFY2(keyless.isEmpty(), qPrintable(keyless.join(u", "_s)));
        // Tools › Playbooks… has a shortcut of its own.
        QCOMPARE(AppFixture::action(w.window.get(), "actionPlaybooks")->shortcut(), QKeySequence(u"Ctrl+Shift+B"_s));
        dialog->close();
    }

    void addRemoveImportExport()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        QTreeWidget *issues = child<QTreeWidget>(dialog, u"issueList"_s);
        const int count = issues->topLevelItemCount();
        clickIssue(dialog, u"marking"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"removeIssueButton"_s), Qt::LeftButton);
        QCOMPARE(issues->topLevelItemCount(), count - 1);
        QVERIFY(!dialog->editor()->playbook().issue(u"marking"));
        // Back from the template of the known issue kinds.
        QMenu *menu = child<QPushButton>(dialog, u"addIssueButton"_s)->menu();
        emit menu->aboutToShow();
        QAction *add = menu->findChild<QAction *>(u"add_marking"_s);
        QVERIFY(add);
        add->trigger();
        QCOMPARE(issues->topLevelItemCount(), count);
        QCOMPARE(issues->currentItem()->data(0, Qt::UserRole).toString(), u"marking"_s);
        // Unchecking an issue in the list turns it off.
        issues->currentItem()->setCheckState(0, Qt::Unchecked);
        QVERIFY(!dialog->editor()->playbook().issue(u"marking")->enabled);
        QVERIFY(!child<QCheckBox>(dialog, u"issueEnabled"_s)->isChecked());
        QVERIFY(dialog->validationError().isEmpty());
        QVERIFY(dialog->saveCurrent());

        // Exported, then imported: a second playbook in the library with the same bytes.
        const QString exported = m_dir.filePath(u"exported.json"_s);
        QVERIFY(dialog->exportCurrent(exported));
        QCOMPARE(AppFixture::sha256(exported), AppFixture::sha256(dialog->currentPath()));
        const int before = child<QListWidget>(dialog, u"playbookList"_s)->count();
        QVERIFY(dialog->importPlaybook(exported));
        QCOMPARE(child<QListWidget>(dialog, u"playbookList"_s)->count(), before + 1);
        QCOMPARE(AppFixture::sha256(dialog->currentPath()), AppFixture::sha256(exported));
        QVERIFY(w->reviewToolBar()->playbookCombo()->findData(dialog->currentPath()) > 0);
        // Deleted: gone from the library and the toolbar.
        const QString imported = dialog->currentPath();
        QVERIFY(dialog->removeCurrent());
        QCOMPARE(child<QListWidget>(dialog, u"playbookList"_s)->count(), before);
        QCOMPARE(w->reviewToolBar()->playbookCombo()->findData(imported), -1);
        dialog->close();
    }
};

QTEST_MAIN(TestPlaybooks)
#include "tst_app_playbooks.moc"
