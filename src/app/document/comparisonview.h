// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTextDocument;

namespace Redliner::App {

class ChangeMap;
class ProgressiveRender;
class DocumentSession;
class DocumentView;
class RedlineUpdater;
class ScrollSync;

// The original and the redline side by side, kept on the same paragraph, with the change map
// beside the redline; or the redline alone.
class ComparisonView final : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Shows a session's document: both panes are drawn progressively from the event loop.
    void setSession(DocumentSession *session);
    void clear();
    // Whether both panes hold the whole document yet.
    bool isFullyDrawn() const;

    DocumentView *originalView() const { return m_original; }
    DocumentView *redlineView() const { return m_redline; }
    ChangeMap *changeMap() const { return m_map; }
    RedlineUpdater *updater() const { return m_updater; }
    ScrollSync *scrollSync() const { return m_sync; }

    void setRedlineOnly(bool redlineOnly);
    bool isRedlineOnly() const;
    void setSyncScrolling(bool on);

    // Scrolls both panes to a finding and marks its text in each.
    void showFinding(const QString &id);
    // Scrolls both panes to a range of the working text (one of their changes) and marks it in
    // each; no finding is current meanwhile.
    void showRange(qint32 start, qint32 end);
    QString currentFinding() const { return m_current; }
    // The change after (direction 1) or before (-1) the current one, in document order.
    QString adjacentChange(int direction) const;

signals:
    void findingActivated(const QString &id);
    void findingContextMenu(const QString &id, const QPoint &globalPos);
    void fileDropped(const QString &path);
    void redrawn();
    void drawingProgressed(int paragraphs, int total);
    void drawingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    // "Original — file", or for a comparison "Earlier version — the earlier file".
    void setOriginalTitle();
    void highlight(const QString &id, bool scroll);
    void retranslate();

    QPointer<DocumentSession> m_session;
    QSplitter *m_splitter = nullptr;
    QWidget *m_originalPane = nullptr;
    QLabel *m_originalTitle = nullptr;
    QLabel *m_redlineTitle = nullptr;
    DocumentView *m_original = nullptr;
    DocumentView *m_redline = nullptr;
    ChangeMap *m_map = nullptr;
    ScrollSync *m_sync = nullptr;
    RedlineUpdater *m_updater = nullptr;
    ProgressiveRender *m_render = nullptr;
    QTextDocument *m_originalDoc = nullptr;
    QTextDocument *m_redlineDoc = nullptr;
    QString m_current;
};

} // namespace Redliner::App
