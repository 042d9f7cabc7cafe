// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changemap.h"
#include "redlinechanges.h"
#include "redlinerenderer.h"
#include "redlinestyle.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTextDocument;

namespace Redliner::App {

class DocumentSession;

// Keeps the redline pane's document in step with the findings and decisions: when they change,
// works out which findings now draw differently and redraws only their paragraphs, in the UI
// thread, so a decision shows at once even in a long document.
class RedlineUpdater final : public QObject {
    Q_OBJECT
public:
    RedlineUpdater(DocumentSession *session, QTextDocument *redline, const RedlineStyle &style, QObject *parent = nullptr);

    const ChangeSet &changes() const { return m_changes; }
    const RedlineRenderer &renderer() const { return m_renderer; }
    const RedlineStyle &style() const { return m_style; }
    void setStyle(const RedlineStyle &style);

    // Findings drawn as changes (not rejected), in the order they appear in the document.
    QStringList changeOrder() const;
    QList<ChangeMap::Mark> marks() const;

    // Recomputes the changes and redraws what differs (connected to the session).
    void refresh();
    // Paragraphs from this one on are not drawn yet (progressive drawing): they will be drawn
    // with the changes when they are reached, so they are not redrawn.
    void setDrawnLimit(std::function<int()> limit) { m_limit = std::move(limit); }

signals:
    void aboutToRedraw();
    void redrawn();

private:
    void redrawParagraphs(QList<int> paragraphs);
    void theirDecisionsChanged(const QList<int> &changes);

    QPointer<DocumentSession> m_session;
    QPointer<QTextDocument> m_doc;
    RedlineRenderer m_renderer;
    RedlineStyle m_style;
    ChangeSet m_changes;
    std::function<int()> m_limit;
};

} // namespace Redliner::App
