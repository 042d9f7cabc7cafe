// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}

namespace Redliner::App {

// What the window shows before a document is open: where to drop one, a button to open one,
// the recent documents, and the progress of a document being opened.
class StartPage final : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    void setRecentFiles(const QStringList &paths);
    void showLoading(const QString &path, int value, int maximum, const QString &step);
    void hideLoading();

signals:
    void openRequested();
    void fileChosen(const QString &path);
    void cancelRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::StartPage> m_ui;
    QStringList m_recent;
};

} // namespace Redliner::App
