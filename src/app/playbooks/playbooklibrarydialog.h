// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbooklibrary.h"
#include "review/textparagraph.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Redliner::App {

class PlaybookEditor;
class PlaybookHistoryView;
class PlaybookPreview;
class Settings;

// Tools › Playbooks…: the playbook library (the built-in playbook, read-only, and the user's),
// Duplicate, Import, Export and Delete, the default playbook for each side; the selected
// playbook in an editor, checked as it is typed with the loader's own messages, a preview of its
// findings beside the saved playbook's, and its history. Nothing that does not load can be saved.
class PlaybookLibraryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PlaybookLibraryDialog(Settings *settings, QWidget *parent = nullptr,
                                   const QString &directory = Review::PlaybookLibrary::defaultDirectory());
    ~PlaybookLibraryDialog() override;

    // The document the preview runs on (the window's open one), and the side it is reviewed for.
    void setDocument(const Review::TextDocument &text, const QString &name);
    void setSide(Review::Side side);

    bool selectPlaybook(const QString &path);
    QString currentPath() const;
    // The loader's message for the playbook as edited; empty when it loads.
    QString validationError() const { return m_error; }
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved changes (Save, Discard, Cancel); false when the user wants to
    // stay. True at once when there are none.
    bool settleChanges();

    // What the buttons do, without their file dialogs and questions.
    bool duplicateCurrent();
    bool saveCurrent();
    void revertCurrent();
    bool importPlaybook(const QString &file);
    bool exportCurrent(const QString &destination);
    bool removeCurrent();

    Review::PlaybookLibrary *library() { return &m_library; }
    PlaybookEditor *editor() const { return m_editor; }
    PlaybookPreview *preview() const { return m_preview; }

signals:
    // A playbook was saved, added or removed, or a default changed: the review toolbar's list.
    void libraryChanged();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Reads the library again and shows `select` in the editor (unsaved edits are lost).
    void reload(const QString &select);
    // Reads the library again into the list and the default boxes only: the editor keeps what it
    // shows, edits and all. Returns the row of `select` (-1 when it is no longer there).
    int refreshList(const QString &select);
    void showEntry(int row);
    // The user moved to another playbook in the list: unsaved changes settled first.
    void switchTo(const QString &path);
    int rowOf(const QString &path) const;
    void edited();
    void updateDefaults();
    // Before exporting: the file is the saved playbook; unsaved changes are saved first or left
    // out, as the user says. False when the user cancels.
    bool settleBeforeExport();
    void fail(const QString &title, const QString &error);
    QString savedBy() const;
    bool isBuiltin() const;

    QPointer<Settings> m_settings;
    Review::PlaybookLibrary m_library;
    QList<Review::PlaybookEntry> m_entries;
    int m_row = -1;
    Review::Playbook m_saved; // the selected playbook as saved
    QString m_error;
    QString m_switchingTo; // the playbook the list moved to while changes were being settled

    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_defaultsLabel = nullptr;
    QList<std::pair<Review::Side, QCheckBox *>> m_defaults;
    QTabWidget *m_tabs = nullptr;
    PlaybookEditor *m_editor = nullptr;
    PlaybookPreview *m_preview = nullptr;
    PlaybookHistoryView *m_history = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Redliner::App
