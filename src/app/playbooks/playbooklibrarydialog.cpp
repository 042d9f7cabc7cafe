// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbooklibrarydialog.h"
#include "playbookeditor.h"
#include "playbookhistoryview.h"
#include "playbookpreview.h"

#include "settings/settings.h"

#include "review/playbookdiff.h"
#include "review/playbookwriter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

bool samePath(const QString &a, const QString &b)
{
    if (a.startsWith(u':') || b.startsWith(u':'))
        return a == b;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

PlaybookLibraryDialog::PlaybookLibraryDialog(Settings *settings, QWidget *parent, const QString &directory)
    : QDialog(parent), m_settings(settings), m_library(directory)
{
    setObjectName(u"playbookLibraryDialog"_s);
    setSizeGripEnabled(true);

    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"playbookList"_s);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_listLabel->setBuddy(m_list);
    m_duplicate = new QPushButton(this);
    m_duplicate->setObjectName(u"duplicateButton"_s);
    m_import = new QPushButton(this);
    m_import->setObjectName(u"importButton"_s);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"deleteButton"_s);
    m_defaultsLabel = new QLabel(this);
    for (Review::Side side : {Review::Side::Receiving, Review::Side::Disclosing, Review::Side::Mutual}) {
        auto *box = new QCheckBox(this);
        box->setObjectName(u"default_"_s + Review::sideName(side));
        m_defaults.append({side, box});
        connect(box, &QCheckBox::clicked, this, [this, side](bool on) {
            QString error;
            const QString path = on ? currentPath() : Review::Playbook::builtinPath();
            if (!m_library.setDefaultFor(side, path, &error))
                fail(tr("Default Playbook"), error);
            // The list and the boxes only: what is in the editor, unsaved edits too, stays.
            if (refreshList(currentPath()) < 0)
                showEntry(0);
            else
                updateDefaults();
            emit libraryChanged();
        });
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"playbookTabs"_s);
    m_editor = new PlaybookEditor(m_tabs);
    m_editor->setObjectName(u"playbookEditor"_s);
    m_preview = new PlaybookPreview(m_tabs);
    m_preview->setObjectName(u"playbookPreview"_s);
    m_history = new PlaybookHistoryView(m_tabs);
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(m_history, QString());

    m_validation = new QLabel(this);
    m_validation->setObjectName(u"validationLabel"_s);
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette errorPalette = m_validation->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_validation->setPalette(errorPalette);
    m_validation->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(u"saveButton"_s);
    // Ctrl+S as well as the button's letter (a button has one shortcut, which its text's letter
    // would replace).
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this]() {
        if (m_save->isEnabled())
            m_save->click();
    });
    m_revert = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(u"revertButton"_s);
    m_save->setAutoDefault(false);
    m_revert->setAutoDefault(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *libraryButtons = new QGridLayout;
    libraryButtons->addWidget(m_duplicate, 0, 0);
    libraryButtons->addWidget(m_import, 0, 1);
    libraryButtons->addWidget(m_export, 1, 0);
    libraryButtons->addWidget(m_remove, 1, 1);
    leftLayout->addLayout(libraryButtons);
    leftLayout->addWidget(m_defaultsLabel);
    for (const auto &[side, box] : std::as_const(m_defaults))
        leftLayout->addWidget(box);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_validation);
    rightLayout->addWidget(m_status);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({250, 1030});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_row)
            return;
        if (!hasUnsavedChanges()) {
            showEntry(row);
            return;
        }
        // The list stays on the edited playbook until the user has said what becomes of its
        // changes: asked once the click or key that moved the list is done with it (saving reads
        // the library again, which may put the playbooks in another order).
        const QListWidgetItem *item = m_list->item(row);
        {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(m_row);
        }
        if (!item)
            return;
        const bool asking = !m_switchingTo.isEmpty();
        m_switchingTo = item->data(Qt::UserRole).toString();
        if (!asking)
            QMetaObject::invokeMethod(
                this, [this]() { switchTo(std::exchange(m_switchingTo, QString())); }, Qt::QueuedConnection);
    });
    connect(m_editor, &PlaybookEditor::changed, this, &PlaybookLibraryDialog::edited);
    connect(m_duplicate, &QPushButton::clicked, this, &PlaybookLibraryDialog::duplicateCurrent);
    connect(m_import, &QPushButton::clicked, this, [this]() {
        if (!settleChanges())
            return;
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a Playbook"), QDir::homePath(),
                                                          tr("Playbooks (*.json);;All files (*)"));
        if (!file.isEmpty())
            importPlaybook(file);
    });
    connect(m_export, &QPushButton::clicked, this, [this]() {
        if (!settleBeforeExport())
            return;
        const QString name = isBuiltin() ? u"nda-default.json"_s : QFileInfo(currentPath()).fileName();
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the Playbook"), QDir::home().filePath(name),
                                                          tr("Playbooks (*.json);;All files (*)"));
        if (!file.isEmpty())
            exportCurrent(file);
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_row < 0 || isBuiltin())
            return;
        QMessageBox box(QMessageBox::Question, tr("Delete the Playbook?"),
                        tr("Delete “%1” and its history? Reviews that used it keep its name, version and SHA-256.")
                            .arg(m_saved.name),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"deleteConfirmation"_s);
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == remove)
            removeCurrent();
    });
    connect(m_save, &QPushButton::clicked, this, &PlaybookLibraryDialog::saveCurrent);
    connect(m_revert, &QPushButton::clicked, this, &PlaybookLibraryDialog::revertCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlaybookLibraryDialog::reject);

    retranslate();
    resize(1280, 800);
    reload(m_library.defaultFor(Review::Side::Receiving));
}

PlaybookLibraryDialog::~PlaybookLibraryDialog() = default;

void PlaybookLibraryDialog::retranslate()
{
    setWindowTitle(tr("Playbooks"));
    // Each letter once among what is in sight together (the Edit tab with the form, or the
    // Preview tab, beside the list and the buttons): a letter shared only moves the focus.
    m_listLabel->setText(tr("Play&books:"));
    m_list->setAccessibleName(tr("Playbooks"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Make an editable copy of this playbook"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add a playbook file (.json) to the library"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write this playbook to a file, for redliner-cli --playbook or a colleague"));
    m_remove->setText(tr("De&lete"));
    m_remove->setToolTip(tr("Delete this playbook and its history from the library"));
    m_defaultsLabel->setText(tr("Default for reviews of the:"));
    for (const auto &[side, box] : std::as_const(m_defaults)) {
        box->setText(side == Review::Side::Receiving    ? tr("Receiving party")
                     : side == Review::Side::Disclosing ? tr("Disclosing party")
                                                        : tr("Mutual"));
        box->setToolTip(tr("The review toolbar picks this playbook when this side is chosen"));
    }
    m_tabs->setAccessibleName(tr("Playbook"));
    m_tabs->setTabText(0, tr("&Edit"));
    m_tabs->setTabText(1, tr("Previe&w"));
    m_tabs->setTabText(2, tr("&History"));
    m_validation->setAccessibleName(tr("Problems"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save a new version of this playbook (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Forget the changes since the last save"));
    // The list's lines in the new language; the editor is read again only when nothing is lost.
    if (m_row >= 0 && hasUnsavedChanges())
        refreshList(currentPath());
    else if (m_row >= 0)
        reload(currentPath());
}

void PlaybookLibraryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PlaybookLibraryDialog::setDocument(const Review::TextDocument &text, const QString &name)
{
    m_preview->setDocument(text, name);
}

void PlaybookLibraryDialog::setSide(Review::Side side)
{
    m_preview->setSide(side);
}

QString PlaybookLibraryDialog::currentPath() const
{
    return m_row >= 0 && m_row < m_entries.size() ? m_entries.at(m_row).path : QString();
}

bool PlaybookLibraryDialog::isBuiltin() const
{
    return m_row >= 0 && m_row < m_entries.size() && m_entries.at(m_row).builtin;
}

bool PlaybookLibraryDialog::selectPlaybook(const QString &path)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (samePath(m_entries.at(row).path, path)) {
            m_list->setCurrentRow(row);
            return m_row == row;
        }
    }
    return false;
}

void PlaybookLibraryDialog::reload(const QString &select)
{
    showEntry(std::max(0, refreshList(select)));
}

int PlaybookLibraryDialog::refreshList(const QString &select)
{
    m_entries = m_library.entries();
    QList<std::pair<QString, QString>> defaults; // (the default's path, the side's name)
    for (const auto &[side, box] : std::as_const(m_defaults))
        defaults.append({m_library.defaultFor(side), box->text()});
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Review::PlaybookEntry &e = m_entries.at(row);
        QString text = e.error.isEmpty() ? tr("%1 (version %2)").arg(e.playbook.name, e.playbook.version)
                                         : tr("%1 (does not load)").arg(QFileInfo(e.path).fileName());
        if (e.builtin)
            text += u"\n"_s + tr("Built-in, read-only");
        QStringList sides;
        for (const auto &[path, side] : std::as_const(defaults)) {
            if (samePath(path, e.path))
                sides.append(side);
        }
        if (!sides.isEmpty())
            text += u"\n"_s + tr("Default for: %1").arg(sides.join(u", "_s));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(e.error.isEmpty() ? QDir::toNativeSeparators(e.path) : e.error);
        if (samePath(e.path, select))
            selectRow = row;
    }
    m_row = selectRow;
    m_list->setCurrentRow(std::max(0, selectRow));
    return selectRow;
}

int PlaybookLibraryDialog::rowOf(const QString &path) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (samePath(m_entries.at(row).path, path))
            return row;
    }
    return -1;
}

void PlaybookLibraryDialog::switchTo(const QString &path)
{
    if (path.isEmpty())
        return;
    if (!settleChanges()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_row); // and its selection, which the click moved
        return;
    }
    const int row = rowOf(path);
    if (row < 0) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_row);
        return;
    }
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
    showEntry(row);
}

void PlaybookLibraryDialog::showEntry(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_entries.size();
    const Review::PlaybookEntry entry = valid ? m_entries.at(row) : Review::PlaybookEntry{};
    m_saved = entry.playbook;
    m_editor->setPlaybook(entry.playbook);
    m_editor->setReadOnly(!valid || entry.builtin || !entry.error.isEmpty());
    m_editor->setEnabled(valid && entry.error.isEmpty());
    m_history->setHistory(valid && !entry.builtin ? m_library.history(entry.path) : QList<Review::PlaybookRevision>(),
                          !valid || entry.builtin);
    m_duplicate->setEnabled(valid && entry.error.isEmpty());
    m_export->setEnabled(valid);
    m_remove->setEnabled(valid && !entry.builtin);
    m_status->setText(entry.builtin ? tr("The built-in playbook is read-only: Duplicate it to make your own.")
                                    : QString());
    updateDefaults();
    edited();
    if (valid && !entry.error.isEmpty()) {
        m_error = entry.error;
        m_validation->setText(entry.error);
        m_validation->show();
    }
}

void PlaybookLibraryDialog::updateDefaults()
{
    const QString path = currentPath();
    const bool usable = m_row >= 0 && m_entries.at(m_row).error.isEmpty();
    for (const auto &[side, box] : std::as_const(m_defaults)) {
        const bool isDefault = usable && samePath(m_library.defaultFor(side), path);
        box->setChecked(isDefault);
        // The built-in playbook stops being the default when another one becomes it.
        box->setEnabled(usable && !(isBuiltin() && isDefault));
    }
}

void PlaybookLibraryDialog::edited()
{
    const Review::Playbook playbook = m_editor->playbook();
    if (m_row < 0 || !m_entries.at(m_row).error.isEmpty()) {
        m_error.clear();
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
        return;
    }
    // The loader is the judge: the playbook as it would be written, read back as it would be read.
    const QString file =
        isBuiltin() ? QFileInfo(Review::Playbook::builtinPath()).fileName() : QFileInfo(currentPath()).fileName();
    Review::Playbook parsed;
    m_error.clear();
    const bool loads = Review::Playbook::parse(Review::playbookJson(playbook), file, &parsed, &m_error);
    m_validation->setText(m_error);
    m_validation->setVisible(!loads);
    const QList<Review::PlaybookDifference> differences = Review::diffPlaybooks(m_saved, playbook);
    const bool dirty = !differences.isEmpty();
    m_save->setEnabled(dirty && loads && !isBuiltin());
    m_revert->setEnabled(dirty);
    if (dirty) {
        QStringList lines;
        for (const Review::PlaybookDifference &d : differences)
            lines.append(Review::describeDifference(d));
        m_status->setText(tr("%n unsaved change(s).", nullptr, int(differences.size())));
        m_status->setToolTip(lines.join(u"\n"_s));
    } else if (!isBuiltin()) {
        m_status->setText(QString());
        m_status->setToolTip(QString());
    }
    m_preview->setPlaybooks(m_saved, loads ? std::optional<Review::Playbook>(parsed) : std::nullopt);
}

bool PlaybookLibraryDialog::hasUnsavedChanges() const
{
    return m_row >= 0 && !isBuiltin() && !Review::diffPlaybooks(m_saved, m_editor->playbook()).isEmpty();
}

bool PlaybookLibraryDialog::settleChanges()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("“%1” has changes that are not saved.").arg(m_saved.name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChanges"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    if (!m_error.isEmpty())
        box.button(QMessageBox::Save)->setEnabled(false);
    switch (box.exec()) {
    case QMessageBox::Save: return saveCurrent();
    case QMessageBox::Discard: revertCurrent(); return true;
    default: return false;
    }
}

bool PlaybookLibraryDialog::settleBeforeExport()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Export the Playbook"),
        tr("“%1” has changes that are not saved: the file exported is the playbook as saved.").arg(m_saved.name),
        QMessageBox::Cancel, this);
    box.setObjectName(u"exportUnsaved"_s);
    QPushButton *saveFirst = box.addButton(tr("&Save, then Export"), QMessageBox::AcceptRole);
    saveFirst->setObjectName(u"saveThenExport"_s);
    QPushButton *asSaved = box.addButton(tr("Export the Saved &Version"), QMessageBox::ActionRole);
    asSaved->setObjectName(u"exportSaved"_s);
    if (!m_error.isEmpty()) {
        saveFirst->setEnabled(false);
        box.setInformativeText(tr("The edits cannot be saved as they are: %1").arg(m_error));
    }
    box.setDefaultButton(m_error.isEmpty() ? saveFirst : asSaved);
    box.exec();
    if (box.clickedButton() == saveFirst)
        return saveCurrent();
    return box.clickedButton() == asSaved;
}

QString PlaybookLibraryDialog::savedBy() const
{
    // The name on the user's tracked changes; Settings falls back to the system's user name.
    const QString author = m_settings ? m_settings->author() : QString();
    return author.isEmpty() ? qEnvironmentVariable("USER") : author;
}

void PlaybookLibraryDialog::fail(const QString &title, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
    box.setObjectName(u"playbookError"_s);
    box.exec();
}

bool PlaybookLibraryDialog::duplicateCurrent()
{
    if (m_row < 0 || !m_entries.at(m_row).error.isEmpty() || !settleChanges())
        return false;
    Review::Playbook copy = m_saved;
    copy.name = tr("%1 (copy)").arg(m_saved.name);
    copy.path.clear();
    copy.sha256.clear();
    QString path, error;
    if (!m_library.save(copy, savedBy(), &path, &error,
                        u"duplicated from %1 %2"_s.arg(m_saved.name, m_saved.version))) {
        fail(tr("Duplicate the Playbook"), error);
        return false;
    }
    reload(path);
    m_status->setText(tr("“%1” is yours to edit.").arg(copy.name));
    m_tabs->setCurrentWidget(m_editor);
    emit libraryChanged();
    return true;
}

bool PlaybookLibraryDialog::saveCurrent()
{
    if (m_row < 0 || isBuiltin() || !m_error.isEmpty())
        return false;
    QString path = currentPath();
    QString error;
    if (!m_library.save(m_editor->playbook(), savedBy(), &path, &error)) {
        m_validation->setText(error);
        m_validation->show();
        return false;
    }
    reload(path);
    m_status->setText(tr("Saved version %1.").arg(m_saved.version));
    emit libraryChanged();
    return true;
}

void PlaybookLibraryDialog::revertCurrent()
{
    m_editor->setPlaybook(m_saved);
    edited();
}

bool PlaybookLibraryDialog::importPlaybook(const QString &file)
{
    QString path, error;
    if (!m_library.importFile(file, &path, &error, savedBy())) {
        fail(tr("Import a Playbook"), error);
        return false;
    }
    reload(path);
    m_status->setText(tr("Imported %1.").arg(QFileInfo(file).fileName()));
    emit libraryChanged();
    return true;
}

bool PlaybookLibraryDialog::exportCurrent(const QString &destination)
{
    QString error;
    if (m_row < 0 || !Review::PlaybookLibrary::exportFile(currentPath(), destination, &error)) {
        fail(tr("Export the Playbook"), error);
        return false;
    }
    m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(destination)));
    return true;
}

bool PlaybookLibraryDialog::removeCurrent()
{
    QString error;
    if (m_row < 0 || isBuiltin() || !m_library.remove(currentPath(), &error)) {
        if (!error.isEmpty())
            fail(tr("Delete the Playbook"), error);
        return false;
    }
    reload(QString());
    emit libraryChanged();
    return true;
}

void PlaybookLibraryDialog::reject()
{
    if (!settleChanges())
        return;
    QDialog::reject();
}

} // namespace Redliner::App
