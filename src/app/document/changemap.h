// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace Redliner::App {

// A strip beside the redline's scroll bar with a mark where each change is, coloured by
// severity: the whole document's changes at a glance; a click goes to one.
class ChangeMap final : public QWidget {
    Q_OBJECT
public:
    struct Mark {
        qreal position = 0;   // 0 = top of the document, 1 = bottom
        QColor color;
        QString findingId;
        QString toolTip;
        bool decided = false;  // drawn lighter once accepted or rejected
    };

    explicit ChangeMap(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    void setCurrent(const QString &findingId);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void markClicked(const QString &findingId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int markAt(int y) const;
    int yOf(const Mark &mark) const;

    QList<Mark> m_marks;
    QString m_current;
};

} // namespace Redliner::App
