// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/finding.h"
#include "review/playbook.h"
#include "review/textparagraph.h"

#include <QFutureWatcherBase>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
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
    // A review or the reading of a chosen document is under way.
    bool isRunning() const { return m_running || m_reading; }

signals:
    // Both lists show the reviews of the current document, side and playbooks.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;
    void retranslate();
    void applyDocument(const Review::TextDocument &text, const QString &name);
    void schedule();
    void run();
    void showOutcome(const Outcome &outcome);
    // The document, side and saved playbook m_saved was found from; empty when it cannot be told.
    QString savedKey() const;
    void fill(QTreeWidget *list, const QList<Review::Finding> &findings, const QSet<QString> &marked);

    QThreadPool m_pool;
    QTimer m_delay; // typing runs one review when it pauses, not one per key
    std::optional<Review::TextDocument> m_text;
    QString m_documentName;
    Review::Side m_sideValue = Review::Side::Receiving;
    Review::Playbook m_savedPlaybook;
    std::optional<Review::Playbook> m_editedPlaybook;
    quint64 m_generation = 0; // of the reviews: a newer one makes the older ones' results moot
    bool m_running = false;
    // The generation that is current, for the worker: an outdated review stops between the saved
    // and the edited playbook's, so that closing the dialog waits for one review at most.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    QPointer<QFutureWatcherBase> m_runWatcher; // the review last started, cancelled if not yet begun
    quint64 m_documentRead = 0;                // of the reads of a chosen .docx, apart from the reviews'
    bool m_reading = false;
    QList<Review::Finding> m_saved;
    QString m_savedKey;        // savedKey() when m_saved was found
    quint64 m_textVersion = 0; // bumped with each document previewed
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
