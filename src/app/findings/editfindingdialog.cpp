// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfindingdialog.h"
#include "document/redlinestyle.h"
#include "export/reportwriter.h"
#include "ui_editfindingdialog.h"

namespace Redliner::App {

EditFindingDialog::EditFindingDialog(const QString &heading, const QString &original, qint32 offset,
                                     const QString &proposal, const QString &current, Preview preview, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::EditFindingDialog>()),
      m_original(original),
      m_offset(offset),
      m_proposal(proposal),
      m_compute(std::move(preview))
{
    m_ui->setupUi(this);
    m_ui->findingLabel->setText(heading);
    m_ui->proposedEdit->setPlainText(current);
    m_preview.setSingleShot(true);
    m_preview.setInterval(150);
    connect(&m_preview, &QTimer::timeout, this, &EditFindingDialog::updatePreview);
    connect(m_ui->proposedEdit, &QPlainTextEdit::textChanged, &m_preview, qOverload<>(&QTimer::start));
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this]() { m_ui->proposedEdit->setPlainText(m_proposal); });
    updatePreview();
    m_ui->proposedEdit->setFocus();
}

EditFindingDialog::~EditFindingDialog() = default;

QString EditFindingDialog::text() const
{
    return m_ui->proposedEdit->toPlainText();
}

void EditFindingDialog::updatePreview()
{
    const RedlineStyle style = RedlineStyle::forPalette(palette());
    m_ui->previewView->setHtml(ReportWriter::changeHtml(m_original, m_offset, m_compute(text()), style.inserted, style.deleted));
    m_ui->restoreButton->setEnabled(text() != m_proposal);
}

} // namespace Redliner::App
