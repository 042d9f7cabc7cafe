// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/edit.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class EditFindingDialog;
}

namespace Redliner::App {

// Lets the lawyer rewrite a finding's proposed clause text, with a live preview of the tracked
// changes the word diff makes of it. The edits themselves are computed by the session, never
// by hand.
class EditFindingDialog final : public QDialog {
    Q_OBJECT
public:
    using Preview = std::function<QList<Docx::Edit>(const QString &text)>;

    // `original` is the clause as it reads (starting at `offset` in the working text, -1 for an
    // added clause); `preview` computes the edits a text would make.
    EditFindingDialog(const QString &heading, const QString &original, qint32 offset, const QString &proposal,
                      const QString &current, Preview preview, QWidget *parent = nullptr);
    ~EditFindingDialog() override;

    QString text() const;

private:
    void updatePreview();

    std::unique_ptr<Ui::EditFindingDialog> m_ui;
    QString m_original;
    qint32 m_offset = -1;
    QString m_proposal;
    Preview m_compute;
    QTimer m_preview;
};

} // namespace Redliner::App
