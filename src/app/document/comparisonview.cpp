// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"
#include "changemap.h"
#include "reviewcontrol/documentsession.h"
#include "documentview.h"
#include "progressiverender.h"
#include "redlineupdater.h"
#include "scrollsync.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *paneTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(6, 4, 6, 4);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    m_originalPane = new QWidget(m_splitter);
    auto *left = new QVBoxLayout(m_originalPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(0);
    m_originalTitle = paneTitle(m_originalPane);
    m_originalTitle->setObjectName(u"originalTitle"_s);
    m_original = new DocumentView(m_originalPane);
    m_original->setObjectName(u"originalView"_s);
    left->addWidget(m_originalTitle);
    left->addWidget(m_original);

    auto *redlinePane = new QWidget(m_splitter);
    auto *right = new QVBoxLayout(redlinePane);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_redlineTitle = paneTitle(redlinePane);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_redline = new DocumentView(redlinePane);
    m_redline->setObjectName(u"redlineView"_s);
    m_map = new ChangeMap(redlinePane);
    m_map->setObjectName(u"changeMap"_s);
    row->addWidget(m_redline);
    row->addWidget(m_map);
    right->addWidget(m_redlineTitle);
    right->addLayout(row);
    m_splitter->addWidget(m_originalPane);
    m_splitter->addWidget(redlinePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_sync = new ScrollSync(m_original, m_redline, this);

    for (DocumentView *view : {m_original, m_redline}) {
        connect(view, &DocumentView::fileDropped, this, &ComparisonView::fileDropped);
        connect(view, &DocumentView::findingActivated, this, &ComparisonView::findingActivated);
        connect(view, &DocumentView::findingContextMenu, this, &ComparisonView::findingContextMenu);
    }
    connect(m_map, &ChangeMap::markClicked, this, &ComparisonView::findingActivated);
    retranslate();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::retranslate()
{
    m_originalTitle->setText(tr("Original"));
    setOriginalTitle();
    m_redlineTitle->setText(tr("Redline (proposed changes)"));
    m_original->setAccessibleName(tr("Original document"));
    m_redline->setAccessibleName(tr("Redlined document"));
    m_map->setAccessibleName(tr("Change map"));
    m_map->setToolTip(tr("Where the changes are; click one to go to it"));
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_updater)
        m_updater->setStyle(RedlineStyle::forPalette(palette()));
    QWidget::changeEvent(event);
}

void ComparisonView::setSession(DocumentSession *session)
{
    clear();
    m_session = session;
    m_originalDoc = RedlineRenderer::newDocument(this);
    m_redlineDoc = RedlineRenderer::newDocument(this);
    m_original->setTextDocument(m_originalDoc);
    m_redline->setTextDocument(m_redlineDoc);
    m_updater = new RedlineUpdater(session, m_redlineDoc, RedlineStyle::forPalette(palette()), this);
    m_render = new ProgressiveRender(
        session->document(), m_originalDoc, m_redlineDoc, [updater = m_updater]() { return &updater->changes(); },
        [updater = m_updater]() { return updater->style(); }, this);
    m_updater->setDrawnLimit([render = m_render]() { return render->rendered(); });
    // A redraw must not move what the user is reading: keep the redline's place by paragraph.
    auto place = std::make_shared<DocumentView::Place>();
    connect(m_updater, &RedlineUpdater::aboutToRedraw, this, [this, place]() { *place = m_redline->topPlace(); });
    connect(m_updater, &RedlineUpdater::redrawn, this, [this, place]() {
        {
            ScrollSync::Pause pause(m_sync);
            m_redline->showPlace(*place);
        }
        m_map->setMarks(m_updater->marks());
        if (!m_current.isEmpty())
            highlight(m_current, false);
        emit redrawn();
    });
    connect(m_render, &ProgressiveRender::progressed, this, &ComparisonView::drawingProgressed);
    connect(m_render, &ProgressiveRender::finished, this, [this]() {
        m_map->setMarks(m_updater->marks());
        // A finding chosen while the document was still being drawn can be shown now.
        if (!m_current.isEmpty())
            highlight(m_current, true);
        emit drawingFinished();
    });
    m_updater->refresh();
    m_render->start();
    setOriginalTitle();
}

void ComparisonView::setOriginalTitle()
{
    if (!m_session)
        return;
    const LoadedDocumentPtr doc = m_session->document();
    m_originalTitle->setText(doc->comparison
                                 ? tr("Earlier version — %1").arg(QFileInfo(doc->comparison->olderPath).fileName())
                                 : tr("Original — %1").arg(doc->fileName()));
}

bool ComparisonView::isFullyDrawn() const
{
    return m_render && m_render->isDone();
}

void ComparisonView::clear()
{
    delete m_render;
    m_render = nullptr;
    delete m_updater;
    m_updater = nullptr;
    m_session = nullptr;
    m_current.clear();
    m_original->setExtraSelections({});
    m_redline->setExtraSelections({});
    m_original->setTextDocument(nullptr);
    m_redline->setTextDocument(nullptr);
    delete m_originalDoc;
    delete m_redlineDoc;
    m_originalDoc = m_redlineDoc = nullptr;
    m_map->setMarks({});
    retranslate();
}

void ComparisonView::setRedlineOnly(bool redlineOnly)
{
    m_originalPane->setVisible(!redlineOnly);
    if (!redlineOnly)
        m_sync->follow(m_redline);
}

bool ComparisonView::isRedlineOnly() const
{
    return m_originalPane->isHidden();
}

void ComparisonView::setSyncScrolling(bool on)
{
    m_sync->setEnabled(on);
}

void ComparisonView::showFinding(const QString &id)
{
    highlight(id, true);
}

void ComparisonView::highlight(const QString &id, bool scroll)
{
    m_current = id;
    m_map->setCurrent(id);
    if (!m_session || !m_updater)
        return;
    const int index = m_session->indexOf(id);
    if (index < 0) {
        m_original->setExtraSelections({});
        m_redline->setExtraSelections({});
        return;
    }
    const RedlineRenderer &renderer = m_updater->renderer();
    const QColor background = m_updater->style().selection;
    QList<QTextEdit::ExtraSelection> right, left;
    int rightAt = -1, leftAt = -1;

    // The redline: every piece of text drawn for this finding (deletions, insertions, marker).
    QTextDocument *redline = m_redline->textDocument();
    for (const RedlineChange &c : m_updater->changes().changes) {
        if (c.findingId != id)
            continue;
        const auto [first, last] = renderer.paragraphsOf(c.edit);
        for (QTextBlock b = RedlineRenderer::blockOf(redline, first);
             b.isValid() && RedlineRenderer::paragraphOf(b) <= last; b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().property(RedlineRenderer::FindingProperty).toString() != id)
                    continue;
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(redline);
                s.cursor.setPosition(f.position());
                s.cursor.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                s.format.setBackground(background);
                right.append(s);
                if (rightAt < 0)
                    rightAt = f.position();
            }
        }
    }
    // The original: what the finding deletes, or the place where it inserts.
    QTextDocument *original = m_original->textDocument();
    for (const Docx::Edit &e : m_session->effectiveEdits(index)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(original);
        s.cursor.setPosition(renderer.plainPosition(original, e.start));
        if (e.end > e.start) {
            s.cursor.setPosition(renderer.plainPosition(original, e.end), QTextCursor::KeepAnchor);
        } else {
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
        }
        s.format.setBackground(background);
        left.append(s);
        if (leftAt < 0)
            leftAt = s.cursor.selectionStart();
    }
    // A point to raise without a redline: its clause, in both panes.
    const Review::Finding &f = m_session->findings().at(index);
    if (left.isEmpty() && f.clause >= 0 && f.clause < m_session->clauses().size()) {
        const Review::Clause &clause = m_session->clauses().at(f.clause);
        for (auto [doc, list, at] : {std::tuple{original, &left, &leftAt}, std::tuple{redline, &right, &rightAt}}) {
            const QTextBlock first = RedlineRenderer::blockOf(doc, clause.firstParagraph);
            const QTextBlock last = RedlineRenderer::blockOf(doc, clause.lastParagraph);
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(doc);
            s.cursor.setPosition(first.position());
            s.cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            s.format.setBackground(background);
            list->append(s);
            if (*at < 0)
                *at = first.position();
        }
    }
    m_original->setExtraSelections(left);
    m_redline->setExtraSelections(right);
    if (scroll) {
        ScrollSync::Pause pause(m_sync);
        if (rightAt >= 0)
            m_redline->bringIntoView(rightAt);
        if (leftAt >= 0)
            m_original->bringIntoView(leftAt);
    }
}

void ComparisonView::showRange(qint32 start, qint32 end)
{
    m_current.clear();
    m_map->setCurrent({});
    if (!m_session || !m_updater)
        return;
    const RedlineRenderer &renderer = m_updater->renderer();
    const auto mark = [&](DocumentView *view, bool redline) {
        QTextDocument *doc = view->textDocument();
        const auto at = [&](qint32 offset) {
            return redline ? renderer.redlinePosition(doc, offset) : renderer.plainPosition(doc, offset);
        };
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(at(start));
        // A deletion leaves no text behind in either pane, nor an insertion in the earlier version
        // a comparison's original pane shows: its line is marked instead.
        if (end > start)
            s.cursor.setPosition(at(end), QTextCursor::KeepAnchor);
        if (!s.cursor.hasSelection())
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setBackground(m_updater->style().selection);
        view->setExtraSelections({s});
        return s.cursor.selectionStart();
    };
    const int left = mark(m_original, false);
    const int right = mark(m_redline, true);
    ScrollSync::Pause pause(m_sync);
    m_redline->bringIntoView(right);
    m_original->bringIntoView(left);
}

QString ComparisonView::adjacentChange(int direction) const
{
    if (!m_updater)
        return {};
    const QStringList order = m_updater->changeOrder();
    if (order.isEmpty())
        return {};
    const qsizetype at = order.indexOf(m_current);
    if (at >= 0) {
        const qsizetype next = at + direction;
        return next >= 0 && next < order.size() ? order.at(next) : QString();
    }
    // No current change: the first one below (or above) the top of the redline.
    const int top = m_redline->topPlace().paragraph;
    const RedlineRenderer &renderer = m_updater->renderer();
    QString candidate;
    for (const QString &id : order) {
        int first = -1;
        for (const RedlineChange &c : m_updater->changes().changes) {
            if (c.findingId == id) {
                first = renderer.paragraphsOf(c.edit).first;
                break;
            }
        }
        if (direction > 0 && first >= top)
            return id;
        if (direction < 0 && first < top)
            candidate = id;
    }
    return candidate;
}

} // namespace Redliner::App
