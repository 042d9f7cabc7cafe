// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Redliner::App {

// A message in the window itself (never a modal dialog): what happened, in words a user can act
// on, with an optional action ("Retry") and a close button.
class MessageBar final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void hideMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Redliner::App
