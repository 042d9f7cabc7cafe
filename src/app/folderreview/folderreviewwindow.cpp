// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderreviewwindow.h"
#include "folderreviewmodel.h"
#include "folderreviewrunner.h"

#include "settings/settings.h"

#include "llm/folderfiles.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FolderReviewWindow::FolderReviewWindow(Settings *settings, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent, Qt::Window), m_settings(settings)
{
    setObjectName(u"folderReviewWindow"_s);
    m_exportPool.setMaxThreadCount(1);
    m_model = new FolderReviewModel(this);
    m_runner = new FolderReviewRunner(m_model, network, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FolderReviewModel::SortRole);
    // Rows move while the review fills them in; the order the user chose stays.
    m_proxy->setDynamicSortFilter(true);

    m_folder = new QLabel(this);
    m_folder->setObjectName(u"folderReviewFolder"_s);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"folderReviewChoose"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_folder, 1);
    top->addWidget(m_choose);

    m_table = new QTableView(this);
    m_table->setObjectName(u"folderReviewTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FolderReviewModel::FileColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed starting widths: sizing to the contents would measure every row at every change.
    const QList<QPair<int, int>> widths{
        {FolderReviewModel::FileColumn, 210},     {FolderReviewModel::PartiesColumn, 210},
        {FolderReviewModel::KindColumn, 130},     {FolderReviewModel::LawColumn, 140},
        {FolderReviewModel::TermColumn, 100},     {FolderReviewModel::HighColumn, 50},
        {FolderReviewModel::MediumColumn, 65},    {FolderReviewModel::LowColumn, 50},
        {FolderReviewModel::TopIssuesColumn, 300}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit openRequested(m_model->file(source.row()));
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"folderReviewProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"folderReviewProgressText"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"folderReviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"folderReviewCancel"_s);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"folderReviewRetry"_s);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"folderReviewExport"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"folderReviewClose"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &FolderReviewWindow::folderRequested);
    connect(m_cancel, &QPushButton::clicked, m_runner, &FolderReviewRunner::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this]() {
        m_message->hide();
        m_runner->retryFailed();
        updateButtons();
    });
    connect(m_export, &QPushButton::clicked, this, &FolderReviewWindow::chooseExportFolder);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_runner, &FolderReviewRunner::progress, this, &FolderReviewWindow::showProgress);
    connect(m_runner, &FolderReviewRunner::finished, this, &FolderReviewWindow::showFinished);

    retranslate();
    updateButtons();
    resize(1480, 480);
}

void FolderReviewWindow::closeEvent(QCloseEvent *event)
{
    // A review nobody watches should not go on sending the folder to a provider: closing stops
    // it. What was reviewed stays in the table; Retry Failed takes up the rest when it is reopened.
    if (m_runner->isRunning())
        m_runner->cancel();
    QWidget::closeEvent(event);
}

FolderReviewWindow::~FolderReviewWindow()
{
    if (m_exporting)
        m_exporting->cancel();
    m_exportPool.waitForDone();
}

bool FolderReviewWindow::review(const QString &folder, const ReviewRequest &request, QString *error)
{
    if (m_runner->isRunning()) {
        *error = tr("A folder review is already running: cancel it first.");
        return false;
    }
    if (isExporting()) {
        *error = tr("The redlines are being written; wait until they are.");
        return false;
    }
    // Listing the folder reads only its directory entries (no file is opened), as the Open
    // dialog does.
    QStringList files;
    for (const QString &path : Llm::collectDocxFiles({folder}))
        files.append(QFileInfo(path).absoluteFilePath());
    if (files.isEmpty()) {
        *error = tr("There is no Word document (.docx) in %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_model->setFiles(QFileInfo(folder).absoluteFilePath(), files);
    // Under the home folder, as a file manager says it ("~/NDAs to review"); the whole path in the tooltip.
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString home = QDir::homePath();
    const bool underHome = absolute.startsWith(home + u'/') && home != u"/";
    m_folder->setText(QDir::toNativeSeparators(underHome ? u"~"_s + absolute.mid(home.size()) : absolute));
    m_folder->setToolTip(QDir::toNativeSeparators(absolute));
    m_message->hide();
    if (!m_runner->start(request, error)) {
        updateButtons();
        return false;
    }
    updateButtons();
    return true;
}

void FolderReviewWindow::showProgress(int done, int total, qint64 msecsLeft)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    QString text = tr("%1 of %n file(s) done", nullptr, total).arg(done);
    if (m_runner->isRunning() && msecsLeft >= 0)
        text += u"; "_s + tr("about %n second(s) left", nullptr, int((msecsLeft + 999) / 1000));
    m_progressText->setText(text);
    updateButtons();
}

void FolderReviewWindow::showFinished(bool completed)
{
    const int reviewed = m_model->countOf(FileStatus::Reviewed);
    const int failed = m_model->countOf(FileStatus::Failed);
    const int other = m_model->countOf(FileStatus::NotAnNda);
    QString text = completed ? tr("Reviewed %1 of %n file(s).", nullptr, m_model->rowCount()).arg(reviewed)
                             : tr("Cancelled: %1 of %n file(s) reviewed.", nullptr, m_model->rowCount()).arg(reviewed);
    if (failed > 0)
        text += u' ' + tr("%n failed.", nullptr, failed);
    if (other > 0)
        text += u' ' + tr("%n did not look like an NDA.", nullptr, other);
    m_progressText->setText(text);
    updateButtons();
}

void FolderReviewWindow::updateButtons()
{
    const bool running = m_runner->isRunning();
    const bool exporting = isExporting();
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && !exporting && m_model->retryCount() > 0);
    m_export->setEnabled(!running && !exporting && m_model->countOf(FileStatus::Reviewed) > 0);
    m_choose->setEnabled(!running && !exporting);
}

bool FolderReviewWindow::isExporting() const
{
    return m_exporting != nullptr;
}

void FolderReviewWindow::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Write All Redlines Into"), m_model->root());
    if (dir.isEmpty())
        return;
    QString error;
    if (!exportAll(dir, &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

bool FolderReviewWindow::exportAll(const QString &outDir, QString *error)
{
    if (m_runner->isRunning() || isExporting()) {
        *error = tr("Wait until the review has finished, then write the redlines.");
        return false;
    }
    if (m_model->countOf(FileStatus::Reviewed) == 0) {
        *error = tr("No document is reviewed yet.");
        return false;
    }
    if (!QDir().mkpath(outDir)) {
        *error = tr("%1: the folder cannot be made.").arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    ExportRequest request;
    if (m_settings) {
        request.author = m_settings->author();
        request.comments = m_settings->exportComments();
        request.remember = m_settings->rememberExports();
    }
    auto *watcher = new QFutureWatcher<RedlineBatchOutcome>(this);
    m_exporting = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        m_progress->setRange(0, std::max(1, watcher->progressMaximum()));
        m_progress->setValue(value);
        m_progressText->setText(tr("Writing redline %1 of %2…").arg(value + 1).arg(watcher->progressMaximum()));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, outDir]() {
        watcher->deleteLater();
        m_exporting = nullptr;
        const RedlineBatchOutcome outcome =
            watcher->future().resultCount() > 0 ? watcher->result() : RedlineBatchOutcome{};
        showExported(outcome, outDir);
        updateButtons();
        emit exportFinished(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&m_exportPool, &writeRedlines, m_model->files(), outDir, request));
    m_message->hide();
    updateButtons();
    return true;
}

void FolderReviewWindow::showExported(const RedlineBatchOutcome &outcome, const QString &outDir)
{
    QStringList lines{tr("%n redline(s) written into %1.", nullptr, int(outcome.written.size()))
                          .arg(QDir::toNativeSeparators(outDir))};
    if (outcome.refused > 0)
        lines.append(tr("%n finding(s) could not be written as tracked changes.", nullptr, outcome.refused));
    for (const QString &line : outcome.skipped + outcome.problems)
        lines.append(line);
    m_message->setText(lines.join(u"\n"_s));
    m_message->show();
    m_progress->setValue(m_progress->maximum());
    m_progressText->setText(lines.first());
}

void FolderReviewWindow::retranslate()
{
    setWindowTitle(tr("Review a Folder of NDAs"));
    if (m_model->root().isEmpty())
        m_folder->setText(tr("No folder chosen yet."));
    m_choose->setText(tr("Review &Folder…"));
    m_cancel->setText(tr("&Cancel"));
    m_retry->setText(tr("&Retry Failed"));
    m_retry->setToolTip(tr("Review again the files that failed or were cancelled"));
    m_export->setText(tr("&Export All Redlines…"));
    m_export->setToolTip(tr("Write each reviewed document with its findings as tracked changes into a folder you "
                            "choose, as \"NAME (redline).docx\""));
    m_close->setText(tr("Close"));
    m_table->setToolTip(tr("Double-click a document to open it with its findings"));
    m_table->setAccessibleName(tr("Documents of the folder"));
    m_model->retranslate();
}

void FolderReviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Redliner::App
