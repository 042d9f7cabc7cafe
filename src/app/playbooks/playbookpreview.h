// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/finding.h"
#include "review/playbook.h"
#include "review/textparagraph.h"

#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Redliner::App {

// What the edited playbook would do to a document, beside what the saved one does: both offline
// reviews run on a worker (a pure function of the text, the playbook and the side) whenever
// either changes, and the two lists of findings are shown side by side, those that differ marked.
class PlaybookPreview final : public QWidget {
    Q_OBJECT
public:
    explicit PlaybookPreview(QWidget *parent = nullptr);
    ~PlaybookPreview() override;

    // The document to preview on (the window's open one); a file chosen here replaces it.
    void setDocument(const Review::TextDocument &text, const QString &name);
    // Reads a .docx on a worker and previews on it.
    void chooseDocument(const QString &path);
    void setSide(Review::Side side);
    // The saved playbook and the edited one (nullopt while it does not load).
    void setPlaybooks(const Review::Playbook &saved, const std::optional<Review::Playbook> &edited);

    QList<Review::Finding> savedFindings() const { return m_saved; }
    QList<Review::Finding> editedFindings() const { return m_edited; }
    bool isRunning() const { return m_running; }

signals:
    // Both lists show the reviews of the current document, side and playbooks.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;
    void retranslate();
    void schedule();
    void run();
    void showOutcome(const Outcome &outcome);
    void fill(QTreeWidget *list, const QList<Review::Finding> &findings, const QSet<QString> &marked);

    QThreadPool m_pool;
    QTimer m_delay; // typing runs one review when it pauses, not one per key
    std::optional<Review::TextDocument> m_text;
    QString m_documentName;
    Review::Side m_sideValue = Review::Side::Receiving;
    Review::Playbook m_savedPlaybook;
    std::optional<Review::Playbook> m_editedPlaybook;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<Review::Finding> m_saved;
    QList<Review::Finding> m_edited;

    QLabel *m_documentLabel = nullptr;
    QLineEdit *m_document = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_sideLabel = nullptr;
    QComboBox *m_side = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_editedLabel = nullptr;
    QTreeWidget *m_savedList = nullptr;
    QTreeWidget *m_editedList = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Redliner::App
