// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressiverender.h"

#include <QTextDocument>

#include <algorithm>

namespace Redliner::App {

ProgressiveRender::ProgressiveRender(LoadedDocumentPtr document, QTextDocument *original, QTextDocument *redline,
                                     Changes changes, Style style, QObject *parent)
    : QObject(parent),
      m_renderer(std::move(document)),
      m_originalDoc(original),
      m_redlineDoc(redline),
      m_original(std::make_unique<RedlineRenderer::Writer>(m_renderer, original)),
      m_redline(std::make_unique<RedlineRenderer::Writer>(m_renderer, redline)),
      m_changes(std::move(changes)),
      m_style(std::move(style))
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ProgressiveRender::step);
}

void ProgressiveRender::start()
{
    // The first slice runs from the event loop too: whoever starts the drawing has work of its
    // own in this turn of the loop.
    m_timer.start();
}

int ProgressiveRender::rendered() const
{
    return std::min(m_original->next(), m_redline->next());
}

void ProgressiveRender::step()
{
    if (m_done || !m_originalDoc || !m_redlineDoc) {
        m_timer.stop();
        return;
    }
    // The layout Qt does when the slice is committed costs about as much as the drawing, so a
    // slice takes as many paragraphs as half the budget allows at the rate seen so far.
    const int count = std::clamp(int(SliceBudgetMs / 2.0 / std::max(0.001, m_perParagraphMs)), 1, 400);
    const ChangeSet *changes = m_changes();
    const RedlineStyle style = m_style();
    QElapsedTimer clock;
    clock.start();
    for (auto [writer, withChanges] : {std::pair{m_original.get(), false}, std::pair{m_redline.get(), true}}) {
        QTextCursor &cursor = writer->cursor();
        cursor.beginEditBlock();
        for (int i = 0; i < count && !writer->atEnd(); ++i)
            writer->append(withChanges ? changes : nullptr, withChanges ? &style : nullptr);
        if (writer->atEnd())
            writer->finish();
        cursor.endEditBlock();  // Qt lays the new paragraphs out here
    }
    const double ms = clock.nsecsElapsed() / 1e6;
    // A slice slower than expected (tables, a counterparty's many changes) makes the next ones
    // smaller at once; faster ones let them grow back slowly, so that no slice overshoots twice.
    const double seen = ms / (2.0 * count);
    m_perParagraphMs = std::max(0.002, seen > m_perParagraphMs ? seen : 0.8 * m_perParagraphMs + 0.2 * seen);
    emit progressed(rendered(), total());
    if (m_original->atEnd() && m_redline->atEnd()) {
        m_done = true;
        m_timer.stop();
        emit finished();
    }
}

} // namespace Redliner::App
