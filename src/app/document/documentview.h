// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace Redliner::App {

// A read-only page of a rendered document (original or redline): keeps its place by paragraph,
// shows the rationale of a change on hover, reports clicks on comment markers, and takes a
// dropped file.
class DocumentView final : public QTextBrowser {
    Q_OBJECT
public:
    struct Place {
        int paragraph = -1;
        qreal fraction = 0;  // how far into that paragraph the top of the view is
    };

    explicit DocumentView(QWidget *parent = nullptr);

    // Shows a document (not owned), or nothing.
    void setTextDocument(QTextDocument *doc);
    QTextDocument *textDocument() const { return m_doc; }

    Place topPlace() const;
    void showPlace(const Place &place);
    // Scrolls so that the document position is a third of the way down, where the eye goes.
    void bringIntoView(int position);
    // The finding whose change or marker is at a point of the viewport; empty for none.
    QString findingAt(const QPoint &viewportPos) const;

signals:
    void fileDropped(const QString &path);
    void findingActivated(const QString &id);
    void findingContextMenu(const QString &id, const QPoint &globalPos);

protected:
    bool viewportEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QTextCharFormat formatAt(const QPoint &viewportPos) const;

    QPointer<QTextDocument> m_doc;
    QTextDocument *m_placeholder = nullptr;  // shown when there is no document
};

} // namespace Redliner::App
