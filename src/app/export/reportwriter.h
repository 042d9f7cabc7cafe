// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/edit.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Redliner::App {

class DocumentSession;

// The findings as a report a lawyer can send or file: the document, who reviewed it for whom,
// and each finding with its decision, rationale and the proposed change shown as a redline.
// HTML for the browser or e-mail, PDF (and paper) through Qt's own text layout.
class ReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(Redliner::App::ReportWriter)
public:
    static QString html(const DocumentSession &session);
    static bool writeHtml(const DocumentSession &session, const QString &path, QString *error);
    static bool writePdf(const DocumentSession &session, const QString &path, QString *error);
    static void print(const DocumentSession &session, QPagedPaintDevice *device);
    // A clause with edits drawn as a redline (struck deletions, underlined insertions): `offset`
    // is where the clause starts in the working text, -1 for a clause being added.
    static QString changeHtml(const QString &clause, qint32 offset, const QList<Docx::Edit> &edits,
                              const QColor &inserted = QColor(0x1f, 0x5f, 0xd1), const QColor &deleted = QColor(0xc0, 0x1c, 0x28));
};

} // namespace Redliner::App
