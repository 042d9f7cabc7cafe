// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a review from the main window: the offline one at once, a network one once the keychain
// has answered and the user has agreed to send; the failures the review leaves.
#include "mainwindow.h"
#include "reviewcontrol/documentsession.h"
#include "settings/keystore.h"
#include "messagebar.h"
#include "reviewcontrol/reviewcontroller.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settings.h"
#include "ui_mainwindow.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

bool MainWindow::startReview()
{
    if (!m_session) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Open a document first, then start the review."));
        return false;
    }
    if (m_review->isRunning())
        return false;
    const ReviewRequest request = m_reviewBar->request();
    if (request.reviewer != ReviewerKind::Offline) {
        // Keys come from the keychain, which answers asynchronously.
        startNetworkReview(request);
        return true;
    }
    QString error;
    if (!m_review->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    m_message->hideMessage();
    return true;
}

void MainWindow::startNetworkReview(const ReviewRequest &request)
{
    m_ui->actionStartReview->setEnabled(false);
    readProviderKeys(request, [this](const ReviewRequest &withKeys) { continueNetworkReview(withKeys); });
}

void MainWindow::readProviderKeys(const ReviewRequest &request, const std::function<void(const ReviewRequest &)> &then)
{
    const QList<Llm::ProviderKind> kinds = providerKinds(request.reviewer);
    auto configs = std::make_shared<QList<Llm::ProviderConfig>>();
    for (Llm::ProviderKind kind : kinds)
        configs->append(m_settings->provider(kind));
    auto pending = std::make_shared<int>(int(kinds.size()));
    for (int i = 0; i < kinds.size(); ++i) {
        m_keys->read(kinds.at(i), [guard = QPointer<MainWindow>(this), configs, pending, i, request,
                                   then](const QString &key, const QString &) {
            if (!guard)
                return;
            if (!key.isEmpty())
                (*configs)[i].apiKey = key; // the keychain's key over one from the environment
            if (--*pending > 0)
                return;
            ReviewRequest withKeys = request;
            withKeys.providers = *configs;
            then(withKeys);
        });
    }
}

bool MainWindow::checkProviders(const ReviewRequest &request)
{
    for (const Llm::ProviderConfig &c : std::as_const(request.providers)) {
        if (const QString problem = c.problem(); !problem.isEmpty()) {
            auto *settings = new QAction(tr("Open Settings"), m_message);
            connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("%1 cannot be used: %2").arg(Llm::providerDisplayName(c.kind), problem),
                                   {settings});
            return false;
        }
    }
    return true;
}

void MainWindow::continueNetworkReview(ReviewRequest request)
{
    updateActions();
    if (!m_session || !checkProviders(request))
        return;
    request.pseudonymise = m_settings->pseudonymise();
    request.batchSize = m_settings->llmBatchSize();
    // Before the text of a document first leaves this machine, the user says yes, once.
    QStringList ask;
    QStringList names;
    for (const Llm::ProviderConfig &c : std::as_const(request.providers)) {
        const QString key = Llm::providerKindName(c.kind);
        if (c.isCloud() && !Llm::isLoopback(c.baseUrl) && !m_session->hasCloudConsent(key)) {
            ask.append(key);
            names.append(tr("%1 (model %2, %3)").arg(Llm::providerDisplayName(c.kind), c.model, c.baseUrl.host()));
        }
    }
    if (!ask.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Send the Document?"),
                        tr("The text of %1 will be sent to %2 for review.")
                            .arg(m_session->document()->fileName(), names.join(tr(" and "))),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"cloudConfirmation"_s);
        box.setInformativeText(request.pseudonymise
                                   ? tr("Party names and addresses are replaced by placeholders before sending and "
                                        "put back in the answers.")
                                   : tr("Party names and addresses are sent as they are: pseudonymisation is off in "
                                        "Settings › Providers."));
        QPushButton *send = box.addButton(tr("&Send for Review"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != send) {
            statusBar()->showMessage(tr("Nothing was sent; the review did not start."), 5000);
            return;
        }
        m_session->addCloudConsent(ask);
    }
    QString error;
    if (!m_review->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_message->hideMessage();
}

void MainWindow::showReviewFailures()
{
    const int failed = m_review->failedClauses();
    if (failed == 0)
        return;
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("%n clause(s) could not be reviewed:", nullptr, failed) + u"\n"_s
                               + m_review->failureSummary(),
                           {m_ui->actionRetryFailed});
}

void MainWindow::chooseOtherPlaybook()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Playbook"), QString(), tr("Playbooks (*.json)"));
    if (path.isEmpty())
        return;
    Review::Playbook playbook;
    QString error;
    if (!Review::Playbook::load(path, &playbook, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, tr("This playbook cannot be used. %1").arg(error));
        return;
    }
    m_reviewBar->setPlaybook(path);
}

} // namespace Redliner::App
