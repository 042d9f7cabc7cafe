// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"
#include "filedrop.h"
#include "icons.h"
#include "ui_startpage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->logoLabel->setPixmap(Icons::get(u"redliner"_s).pixmap(64, 64));
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.5);
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);
    m_ui->openButton->setIcon(Icons::get(u"open"_s));
    m_ui->loadingBox->hide();
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &StartPage::cancelRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit fileChosen(item->data(Qt::UserRole).toString()); });
}

StartPage::~StartPage() = default;

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent = paths;
    m_ui->recentList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(Icons::get(u"redliner"_s), QFileInfo(path).fileName(), m_ui->recentList);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentList->setVisible(!paths.isEmpty());
}

void StartPage::showLoading(const QString &path, int value, int maximum, const QString &step)
{
    m_ui->loadingBox->show();
    m_ui->loadingLabel->setText(tr("Opening %1: %2").arg(QFileInfo(path).fileName(), step));
    m_ui->loadingProgress->setRange(0, maximum);
    m_ui->loadingProgress->setValue(value);
}

void StartPage::hideLoading()
{
    m_ui->loadingBox->hide();
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFilePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StartPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedFilePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFilePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileChosen(path);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace Redliner::App
