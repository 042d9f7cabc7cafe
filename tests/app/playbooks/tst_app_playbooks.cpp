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
#include "settings/translator.h"

#include "review/playbooklibrary.h"
#include "review/playbookwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <variant>

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

// Chooses an item of a combo box with the arrow keys, as a user does (each step is "activated").
void chooseInCombo(QComboBox *combo, int index)
{
    combo->setFocus();
    for (int i = 0; i < 50 && combo->currentIndex() < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    for (int i = 0; i < 50 && combo->currentIndex() > index; ++i)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Ticks a check box on or off from the keyboard.
void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void chooseSide(ReviewToolBar *bar, Review::Side side)
{
    chooseInCombo(bar->sideCombo(), bar->sideCombo()->findData(int(side)));
}

int playbookIndex(QComboBox *combo, const QString &path)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (QFileInfo(combo->itemData(i).toString()) == QFileInfo(path))
            return i;
    }
    return -1;
}

// Clicks a button of the next message box of that name, when it comes (its standard button, or
// the button of that object name); what it returns tells whether it came.
std::shared_ptr<bool> answerBox(const QString &name, std::variant<QMessageBox::StandardButton, QString> button)
{
    auto asked = std::make_shared<bool>(false);
    AppFixture::onNextDialog([name, button, asked](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box || box->objectName() != name) {
            qWarning("expected the message box %s, got %s", qPrintable(name), qPrintable(dialog->objectName()));
            dialog->close();
            return;
        }
        *asked = true;
        QAbstractButton *b = std::holds_alternative<QString>(button)
                                 ? box->findChild<QAbstractButton *>(std::get<QString>(button))
                                 : box->button(std::get<QMessageBox::StandardButton>(button));
        if (!b) {
            qWarning("no such button in %s", qPrintable(name));
            box->close();
            return;
        }
        QTest::mouseClick(b, Qt::LeftButton);
    });
    return asked;
}

// Answers the next file dialog with `path`.
void answerFileDialog(const QString &path)
{
    AppFixture::onNextDialog([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files) {
            answerFileDialog(path); // the message box before it is still going
            return;
        }
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // as Save does: QFileDialog's own accept()
    });
}

// The mnemonics (Alt+letter) of what is in sight in `root`: buttons and check boxes, labels with
// a buddy, tabs and group boxes; each letter with the texts that have it, the shared ones only.
QStringList sharedMnemonics(QWidget *root)
{
    QMap<int, QStringList> keys;
    const auto add = [&keys](const QString &text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            keys[mnemonic[0].toCombined()].append(text);
    };
    for (QWidget *c : root->findChildren<QWidget *>()) {
        if (!c->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(c))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(c); label && label->buddy())
            add(label->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(c)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *group = qobject_cast<QGroupBox *>(c))
            add(group->title());
    }
    QStringList shared;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            shared.append(QKeySequence(it.key()).toString() + u": "_s + it.value().join(u" / "_s));
    }
    return shared;
}

void clickTab(QTabWidget *tabs, int index)
{
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
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

        // The toolbar picks each side's default as the user changes the side.
        ReviewToolBar *bar = w->reviewToolBar();
        chooseSide(bar, Review::Side::Disclosing);
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(path));
        chooseSide(bar, Review::Side::Receiving);
        QCOMPARE(bar->request().playbookPath, QString());
        // And a new window starts with them too.
        auto other = AppFixture::showWindow();
        chooseSide(other->reviewToolBar(), Review::Side::Disclosing);
        QCOMPARE(QFileInfo(other->reviewToolBar()->request().playbookPath), QFileInfo(path));
    }

    void tickingADefaultKeepsTheEdits()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        clickIssue(dialog, u"term"_s);
        typeNumber(child<QSpinBox>(dialog, u"parameter_proposed_months"_s), 18);
        QVERIFY(dialog->hasUnsavedChanges());

        auto *disclosing = child<QCheckBox>(dialog, u"default_disclosing"_s);
        toggle(disclosing);
        QVERIFY(disclosing->isChecked());
        QCOMPARE(QFileInfo(Review::PlaybookLibrary().defaultFor(Review::Side::Disclosing)), QFileInfo(path));
        QVERIFY(child<QListWidget>(dialog, u"playbookList"_s)->currentItem()->text().contains(u"Disclosing party"_s));
        // The edit is still there, unsaved.
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(path));
        QCOMPARE(child<QSpinBox>(dialog, u"parameter_proposed_months"_s)->value(), 18);
        QCOMPARE(dialog->editor()->playbook().issue(u"term")->parameters.value(u"proposed_months"_s).toInt(), 18);
        QVERIFY(dialog->hasUnsavedChanges());
        QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
        // And ticked off again: still there.
        toggle(disclosing);
        QVERIFY(!disclosing->isChecked());
        QCOMPARE(Review::PlaybookLibrary().defaultFor(Review::Side::Disclosing), Review::Playbook::builtinPath());
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);
        dialog->close();
    }

    void closingTheWindowAsksAboutUnsavedEdits()
    {
        const bool quitOnLast = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        const auto restore = qScopeGuard([quitOnLast]() { QGuiApplication::setQuitOnLastWindowClosed(quitOnLast); });
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        clickIssue(dialog, u"term"_s);
        typeNumber(child<QSpinBox>(dialog, u"parameter_proposed_months"_s), 18);

        // Cancel: the window stays open, and so does the dialog with its edits.
        auto asked = answerBox(u"unsavedChanges"_s, QMessageBox::Cancel);
        QVERIFY(!w->close());
        QVERIFY(*asked);
        QVERIFY(w->isVisible());
        QCOMPARE(w->playbookLibrary(), dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->hasUnsavedChanges());

        // Save: saved, and the window closes.
        asked = answerBox(u"unsavedChanges"_s, QMessageBox::Save);
        QVERIFY(w->close());
        QVERIFY(*asked);
        Review::Playbook saved;
        QVERIFY(Review::Playbook::load(path, &saved, nullptr));
        QCOMPARE(saved.issue(u"term")->parameters.value(u"proposed_months"_s).toInt(), 18);
        QCOMPARE(dialog->library()->history(path).size(), 2);
    }

    void savingWhileSwitchingShowsThePlaybookClicked()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        auto *duplicate = child<QPushButton>(dialog, u"duplicateButton"_s);
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const QString a = dialog->currentPath();
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const QString b = dialog->currentPath();
        const QString bName = dialog->editor()->playbook().name;
        QVERIFY(a != b);
        // A renamed so that saving it puts it after B in the list.
        clickPlaybook(dialog, a);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(a));
        auto *name = child<QLineEdit>(dialog, u"playbookName"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Zeta"_s);
        QVERIFY(dialog->hasUnsavedChanges());

        auto asked = answerBox(u"unsavedChanges"_s, QMessageBox::Save);
        clickPlaybook(dialog, b);
        QTRY_VERIFY(*asked);
        QTRY_COMPARE(QFileInfo(dialog->currentPath()), QFileInfo(b));
        auto *list = child<QListWidget>(dialog, u"playbookList"_s);
        QCOMPARE(QFileInfo(list->currentItem()->data(Qt::UserRole).toString()), QFileInfo(b));
        QCOMPARE(list->selectedItems(), QList<QListWidgetItem *>{list->currentItem()});
        QCOMPARE(name->text(), bName);
        QCOMPARE(dialog->editor()->playbook().name, bName);
        QVERIFY(!dialog->hasUnsavedChanges());
        Review::Playbook savedA;
        QVERIFY(Review::Playbook::load(a, &savedA, nullptr));
        QCOMPARE(savedA.name, u"Zeta"_s);
        QCOMPARE(QFileInfo(list->item(list->count() - 1)->data(Qt::UserRole).toString()), QFileInfo(a));

        // Cancel: the list stays on the edited playbook, its edits with it.
        clickPlaybook(dialog, a);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(a));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Omega"_s);
        asked = answerBox(u"unsavedChanges"_s, QMessageBox::Cancel);
        clickPlaybook(dialog, b);
        QTRY_VERIFY(*asked);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(a));
        QCOMPARE(QFileInfo(list->currentItem()->data(Qt::UserRole).toString()), QFileInfo(a));
        QCOMPARE(list->selectedItems(), QList<QListWidgetItem *>{list->currentItem()});
        QCOMPARE(name->text(), u"Omega"_s);
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);
        dialog->close();
    }

    void theToolbarKeepsThePlaybookPicked()
    {
        auto w = AppFixture::showWindow();
        ReviewToolBar *bar = w->reviewToolBar();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        auto *duplicate = child<QPushButton>(dialog, u"duplicateButton"_s);
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const QString a = dialog->currentPath();
        toggle(child<QCheckBox>(dialog, u"default_disclosing"_s));
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const QString b = dialog->currentPath();
        dialog->close();
        QTRY_VERIFY(!w->playbookLibrary());

        // Disclosing (its default is A), and B picked in the toolbar.
        chooseSide(bar, Review::Side::Disclosing);
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(a));
        chooseInCombo(bar->playbookCombo(), playbookIndex(bar->playbookCombo(), b));
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(b));

        // An edit of B saved: B stays picked.
        dialog = openDialog(w);
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(b));
        clickIssue(dialog, u"term"_s);
        typeNumber(child<QSpinBox>(dialog, u"parameter_proposed_months"_s), 18);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->hasUnsavedChanges());
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(b));
        // B the default of another side: B stays.
        toggle(child<QCheckBox>(dialog, u"default_mutual"_s));
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(b));
        // A new default for Disclosing, the toolbar's side: the toolbar follows it.
        clickPlaybook(dialog, a);
        auto *disclosing = child<QCheckBox>(dialog, u"default_disclosing"_s);
        QVERIFY(disclosing->isChecked());
        toggle(disclosing);
        QCOMPARE(bar->request().playbookPath, QString());
        dialog->close();
    }

    void aReviewShownAgainKeepsItsPlaybook()
    {
        REQUIRE_SAMPLE();
        QString a, b;
        {
            auto w = AppFixture::showWindow();
            OPEN(w, sample);
            PlaybookLibraryDialog *dialog = openDialog(w);
            QVERIFY(dialog);
            auto *duplicate = child<QPushButton>(dialog, u"duplicateButton"_s);
            QTest::mouseClick(duplicate, Qt::LeftButton);
            a = dialog->currentPath();
            QTest::mouseClick(duplicate, Qt::LeftButton);
            b = dialog->currentPath();
            toggle(child<QCheckBox>(dialog, u"default_disclosing"_s));
            dialog->close();
            QTRY_VERIFY(!w->playbookLibrary());
            // Reviewed for the disclosing party (whose default is B) with A.
            ReviewToolBar *bar = w->reviewToolBar();
            chooseSide(bar, Review::Side::Disclosing);
            QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(b));
            chooseInCombo(bar->playbookCombo(), playbookIndex(bar->playbookCombo(), a));
            QVERIFY(AppFixture::reviewAndWait(w.window.get()));
            QCOMPARE(QFileInfo(w->session()->reviewInfo().playbookPath), QFileInfo(a));
        }
        // Opened again in a new window (the receiving party's, the built-in playbook): the review
        // is back, and F5 would review as it was, for the disclosing party with A.
        auto w = AppFixture::showWindow();
        ReviewToolBar *bar = w->reviewToolBar();
        QCOMPARE(bar->request().side, Review::Side::Receiving);
        OPEN(w, sample);
        QTRY_VERIFY(w->session() && w->session()->hasReview());
        QTRY_COMPARE(bar->request().side, Review::Side::Disclosing);
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(a));
        // The user choosing a side still gets its default.
        chooseSide(bar, Review::Side::Mutual);
        chooseSide(bar, Review::Side::Disclosing);
        QCOMPARE(QFileInfo(bar->request().playbookPath), QFileInfo(b));
    }

    void ctrlSAndTheLettersSaveAndRevert()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        clickIssue(dialog, u"term"_s);
        auto *rationale = child<QPlainTextEdit>(dialog, u"rationale_receiving"_s);
        typeAtEnd(rationale, u" One."_s);
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keyClick(rationale, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!dialog->hasUnsavedChanges());
        QCOMPARE(dialog->library()->history(path).size(), 2);
        // In a spin box too.
        auto *proposed = child<QSpinBox>(dialog, u"parameter_proposed_months"_s);
        typeNumber(proposed, 18);
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keyClick(proposed, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!dialog->hasUnsavedChanges());
        QCOMPARE(dialog->library()->history(path).size(), 3);
        // The buttons' letters press them.
        const Qt::Key save = QKeySequence::mnemonic(child<QPushButton>(dialog, u"saveButton"_s)->text())[0].key();
        const Qt::Key revert = QKeySequence::mnemonic(child<QPushButton>(dialog, u"revertButton"_s)->text())[0].key();
        typeAtEnd(rationale, u" Two."_s);
        QTest::keyClick(rationale, revert, Qt::AltModifier);
        QTRY_VERIFY(!dialog->hasUnsavedChanges()); // a letter clicks the button a moment later
        QCOMPARE(dialog->library()->history(path).size(), 3);
        typeAtEnd(rationale, u" Three."_s);
        QTest::keyClick(rationale, save, Qt::AltModifier);
        QTRY_VERIFY(!dialog->hasUnsavedChanges());
        QCOMPARE(dialog->library()->history(path).size(), 4);
        dialog->close();
    }

    void eachLetterOnceInSight_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translator::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void eachLetterOnceInSight()
    {
        QFETCH(QString, language);
        // The check itself finds a shared letter.
        {
            QWidget sample;
            auto *one = new QPushButton(u"&Save"_s, &sample);
            auto *two = new QCheckBox(u"Hi&story"_s, &sample);
            Q_UNUSED(one);
            Q_UNUSED(two);
            QCOMPARE(sharedMnemonics(&sample), QStringList{u"Alt+S: &Save / Hi&story"_s});
        }
        const auto english = qScopeGuard([]() { Translator::apply(u"en"_s); });
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        clickIssue(dialog, u"term"_s);
        auto *save = child<QPushButton>(dialog, u"saveButton"_s);
        Translator::apply(language);
        QCOMPARE(Translator::current(), language);
        QTRY_COMPARE(save->text(), QCoreApplication::translate("Redliner::App::PlaybookLibraryDialog", "&Save"));
        if (language != u"en")
            QVERIFY(save->text() != u"&Save"_s);

        auto *tabs = child<QTabWidget>(dialog, u"playbookTabs"_s);
        auto *sides = child<QTabWidget>(dialog, u"sideTabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            clickTab(tabs, tab);
            QCOMPARE(tabs->currentIndex(), tab);
            for (int side = 0; side < (tab == 0 ? sides->count() : 1); ++side) {
                if (tab == 0)
                    clickTab(sides, side);
                const QStringList shared = sharedMnemonics(dialog);
                QVERIFY2(shared.isEmpty(), qPrintable(tabs->tabText(tab) + u": "_s + shared.join(u"; "_s)));
            }
        }
        clickTab(tabs, 0);
        dialog->close();
    }

    void aDocumentChosenForThePreviewIsNotDropped()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        PlaybookPreview *preview = dialog->preview();
        QVERIFY(waitForPreview(preview));
        const QString other = AppFixture::writeGeneratedNda(m_dir.path(), 2);
        QVERIFY(!other.isEmpty());
        // A document chosen, and a key typed in the editor while it is read.
        preview->chooseDocument(other);
        clickIssue(dialog, u"term"_s);
        typeAtEnd(child<QPlainTextEdit>(dialog, u"rationale_receiving"_s), u" More."_s);
        QVERIFY(waitForPreview(preview));
        QCOMPARE(child<QLineEdit>(dialog, u"previewDocument"_s)->text(), QFileInfo(other).fileName());
        const QString summary = child<QLabel>(dialog, u"previewSummary"_s)->text();
        QVERIFY2(summary.contains(QFileInfo(other).fileName()), qPrintable(summary));
        QVERIFY(!preview->editedFindings().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, u"revertButton"_s), Qt::LeftButton);
        dialog->close();
    }

    void exportWithUnsavedEditsAsks()
    {
        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"duplicateButton"_s), Qt::LeftButton);
        const QString path = dialog->currentPath();
        clickIssue(dialog, u"term"_s);
        typeNumber(child<QSpinBox>(dialog, u"parameter_proposed_months"_s), 18);
        auto *exportButton = child<QPushButton>(dialog, u"exportButton"_s);

        // The saved version: the file as saved, the edits kept in the editor.
        const QString asSaved = m_dir.filePath(u"as-saved.json"_s);
        auto asked = answerBox(u"exportUnsaved"_s, u"exportSaved"_s);
        answerFileDialog(asSaved);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(*asked);
        QTRY_VERIFY(QFileInfo::exists(asSaved));
        QCOMPARE(AppFixture::sha256(asSaved), AppFixture::sha256(path));
        QVERIFY(dialog->hasUnsavedChanges());

        // Saved first, then exported.
        const QString afterSave = m_dir.filePath(u"after-save.json"_s);
        asked = answerBox(u"exportUnsaved"_s, u"saveThenExport"_s);
        answerFileDialog(afterSave);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(*asked);
        QTRY_VERIFY(QFileInfo::exists(afterSave));
        QVERIFY(!dialog->hasUnsavedChanges());
        QCOMPARE(AppFixture::sha256(afterSave), AppFixture::sha256(path));
        Review::Playbook exported;
        QVERIFY(Review::Playbook::load(afterSave, &exported, nullptr));
        QCOMPARE(exported.issue(u"term")->parameters.value(u"proposed_months"_s).toInt(), 18);
        dialog->close();
    }

    void parametersInWordsHistoryAndSide()
    {
        // A playbook put in the library by hand: no history yet.
        Review::Playbook own = Review::Playbook::builtin();
        own.name = u"Hand-made"_s;
        QVERIFY(QDir().mkpath(Review::PlaybookLibrary::defaultDirectory()));
        const QString path = QDir(Review::PlaybookLibrary::defaultDirectory()).filePath(u"hand-made.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Review::playbookJson(own));
        file.close();

        auto w = AppFixture::showWindow();
        PlaybookLibraryDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        clickPlaybook(dialog, path);
        QCOMPARE(QFileInfo(dialog->currentPath()), QFileInfo(path));
        auto *history = child<QTreeWidget>(dialog, u"historyList"_s);
        QCOMPARE(history->topLevelItemCount(), 1);
        QVERIFY2(!history->topLevelItem(0)->text(0).contains(u"built-in"_s),
                 qPrintable(history->topLevelItem(0)->text(0)));
        clickPlaybook(dialog, Review::Playbook::builtinPath());
        QVERIFY(history->topLevelItem(0)->text(0).contains(u"built-in"_s));

        // The parameters in words, with their units.
        clickIssue(dialog, u"term"_s);
        auto *proposed = child<QSpinBox>(dialog, u"parameter_proposed_months"_s);
        QCOMPARE(proposed->accessibleName(), u"Term proposed"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"parameter_max_months"_s)->accessibleName(), u"Longest term accepted"_s);
        QStringList labels;
        for (QLabel *label : child<QGroupBox>(dialog, u"parameterBox"_s)->findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(u"Term proposed:"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY(proposed->toolTip().contains(u"1 to 1200 months"_s));
        clickIssue(dialog, u"return-destroy"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"parameter_min_days"_s)->accessibleName(),
                 u"Shortest time to return or destroy"_s);
        QVERIFY(child<QSpinBox>(dialog, u"parameter_min_days"_s)->suffix().contains(u"days"_s));
        // The form's scroll area is no Tab stop of its own.
        QCOMPARE(child<QScrollArea>(dialog, u"issueScroll"_s)->focusPolicy(), Qt::NoFocus);

        // Opened again (while open) after the side changed: the preview reviews for that side.
        auto *previewSide = child<QComboBox>(dialog, u"previewSide"_s);
        QCOMPARE(previewSide->currentData().toInt(), int(Review::Side::Receiving));
        chooseSide(w->reviewToolBar(), Review::Side::Mutual);
        QCOMPARE(openDialog(w), dialog);
        QCOMPARE(previewSide->currentData().toInt(), int(Review::Side::Mutual));
        dialog->close();
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
