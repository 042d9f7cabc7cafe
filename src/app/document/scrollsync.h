// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace Redliner::App {

class DocumentView;

// Keeps two panes on the same paragraph: whichever the user scrolls leads, and the other shows
// the same paragraph at the same depth, even where the redline is longer than the original.
class ScrollSync final : public QObject {
    Q_OBJECT
public:
    ScrollSync(DocumentView *left, DocumentView *right, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Brings the other pane to where the leader is (after a redraw, or when turned on).
    void follow(DocumentView *leader);
    DocumentView *lastLeader() const { return m_leader; }

    // While one exists, moving a pane does not move the other (both are being placed).
    class Pause final {
    public:
        explicit Pause(ScrollSync *sync) : m_sync(sync), m_was(sync->m_busy) { sync->m_busy = true; }
        ~Pause() { m_sync->m_busy = m_was; }
        Q_DISABLE_COPY_MOVE(Pause)
    private:
        ScrollSync *m_sync;
        bool m_was;
    };

private:
    void scrolled(DocumentView *source);

    QPointer<DocumentView> m_left;
    QPointer<DocumentView> m_right;
    QPointer<DocumentView> m_leader;
    bool m_enabled = true;
    bool m_busy = false;
};

} // namespace Redliner::App
