// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"
#include "mainwindow/filedrop.h"
#include "redlinerenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

DocumentView::DocumentView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    m_placeholder = new QTextDocument(this);
    setDocument(m_placeholder);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"finding")
            emit findingActivated(url.path());
    });
}

void DocumentView::setTextDocument(QTextDocument *doc)
{
    m_doc = doc;
    // QTextEdit needs a document at all times: an empty one of its own when there is none.
    setDocument(doc ? doc : m_placeholder);
}

DocumentView::Place DocumentView::topPlace() const
{
    // A hidden view has no width yet: asking it for a place would lay the document out for nothing.
    if (!m_doc || !isVisible())
        return {};
    const QTextBlock block = cursorForPosition(QPoint(std::min(24, viewport()->width() / 2), 2)).block();
    Place place;
    for (QTextBlock b = block; b.isValid() && place.paragraph < 0; b = b.previous())
        place.paragraph = RedlineRenderer::paragraphOf(b);
    const QRectF rect = m_doc->documentLayout()->blockBoundingRect(block);
    const qreal top = verticalScrollBar()->value();
    place.fraction = rect.height() > 0 ? std::clamp((top - rect.top()) / rect.height(), 0.0, 1.0) : 0.0;
    return place;
}

void DocumentView::showPlace(const Place &place)
{
    if (!m_doc || place.paragraph < 0 || !isVisible())
        return;
    const QTextBlock block = RedlineRenderer::blockOf(m_doc.data(), place.paragraph);
    const QRectF rect = m_doc->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(qRound(rect.top() + place.fraction * rect.height()));
}

void DocumentView::bringIntoView(int position)
{
    if (!m_doc)
        return;
    QTextCursor cursor(m_doc.data());
    cursor.setPosition(std::clamp(position, 0, std::max(0, m_doc->characterCount() - 1)));
    const QRect rect = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

QTextCharFormat DocumentView::formatAt(const QPoint &viewportPos) const
{
    if (!m_doc)
        return {};
    const QPointF docPos(viewportPos.x() + horizontalScrollBar()->value(), viewportPos.y() + verticalScrollBar()->value());
    const int position = m_doc->documentLayout()->hitTest(docPos, Qt::ExactHit);
    if (position < 0)
        return {};
    const QTextBlock block = m_doc->findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.contains(position))
            return fragment.charFormat();
    }
    return {};
}

QString DocumentView::findingAt(const QPoint &viewportPos) const
{
    return formatAt(viewportPos).property(RedlineRenderer::FindingProperty).toString();
}

bool DocumentView::viewportEvent(QEvent *event)
{
    // The rationale of a change (or of its marker) shows where the mouse rests on it.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = formatAt(help->pos()).toolTip();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void DocumentView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFilePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DocumentView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedFilePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DocumentView::dropEvent(QDropEvent *event)
{
    const QString path = droppedFilePath(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit fileDropped(path);
}

void DocumentView::contextMenuEvent(QContextMenuEvent *event)
{
    const QString id = findingAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!id.isEmpty()) {
        emit findingContextMenu(id, event->globalPos());
        return;
    }
    QTextBrowser::contextMenuEvent(event);
}

} // namespace Redliner::App
