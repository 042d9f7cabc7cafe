// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redlinerenderer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Redliner::App {

// Draws a document into the two panes a slice at a time from the event loop, each slice within
// a few milliseconds (drawing and laying out), so that a 100-page document appears at once at
// its top and the window never stalls while the rest follows. (Handing Qt a finished document
// instead makes it lay out tens of pages in one go.) The redline's paragraphs are drawn with
// the changes known when they are reached.
class ProgressiveRender final : public QObject {
    Q_OBJECT
public:
    using Changes = std::function<const ChangeSet *()>;
    using Style = std::function<RedlineStyle()>;

    ProgressiveRender(LoadedDocumentPtr document, QTextDocument *original, QTextDocument *redline, Changes changes,
                      Style style, QObject *parent = nullptr);

    void start();
    int rendered() const;  // paragraphs [0, rendered) are in both documents
    int total() const { return m_renderer.paragraphCount(); }
    bool isDone() const { return m_done; }

    // Time a slice may take; the number of paragraphs per slice adapts to it.
    static constexpr int SliceBudgetMs = 6;

signals:
    void progressed(int rendered, int total);
    void finished();

private:
    void step();

    RedlineRenderer m_renderer;
    QPointer<QTextDocument> m_originalDoc;
    QPointer<QTextDocument> m_redlineDoc;
    std::unique_ptr<RedlineRenderer::Writer> m_original;
    std::unique_ptr<RedlineRenderer::Writer> m_redline;
    Changes m_changes;
    Style m_style;
    QTimer m_timer;
    double m_perParagraphMs = 0.25;  // learned from the slices so far (a cautious start)
    bool m_done = false;
};

} // namespace Redliner::App
