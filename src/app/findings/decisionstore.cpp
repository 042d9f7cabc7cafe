// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstore.h"
#include "docx/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int FormatVersion = 1;

QJsonObject editJson(const Docx::Edit &e)
{
    QJsonObject o{{u"start"_s, e.start}, {u"end"_s, e.end}, {u"text"_s, e.text}};
    if (!e.comment.isEmpty())
        o.insert(u"comment"_s, e.comment);
    if (e.paragraphStyleFrom >= 0)
        o.insert(u"style_from"_s, e.paragraphStyleFrom);
    return o;
}

Docx::Edit editFromJson(const QJsonObject &o)
{
    Docx::Edit e;
    e.start = o.value(u"start"_s).toInt(-1);
    e.end = o.value(u"end"_s).toInt(-1);
    e.text = o.value(u"text"_s).toString();
    e.comment = o.value(u"comment"_s).toString();
    e.paragraphStyleFrom = o.value(u"style_from"_s).toInt(-1);
    return e;
}

QJsonArray alternativesJson(const QList<Review::FindingAlternative> &alternatives)
{
    QJsonArray out;
    for (const Review::FindingAlternative &a : alternatives) {
        QJsonArray edits;
        for (const Docx::Edit &e : a.edits)
            edits.append(editJson(e));
        out.append(QJsonObject{{u"providers"_s, QJsonArray::fromStringList(a.providers)},
                               {u"rationale"_s, a.rationale},
                               {u"proposed"_s, a.proposedText},
                               {u"edits"_s, edits}});
    }
    return out;
}

QJsonObject findingJson(const Review::Finding &f)
{
    QJsonArray edits;
    for (const Docx::Edit &e : f.edits)
        edits.append(editJson(e));
    return {{u"id"_s, f.id},
            {u"issue"_s, f.issueId},
            {u"title"_s, f.title},
            {u"severity"_s, Review::severityName(f.severity)},
            {u"rationale"_s, f.rationale},
            {u"clause"_s, f.clause},
            {u"clause_label"_s, f.clauseLabel},
            {u"original"_s, f.originalText},
            {u"proposed"_s, f.proposedText},
            {u"edits"_s, edits},
            {u"providers"_s, QJsonArray::fromStringList(f.providers)},
            {u"alternatives"_s, alternativesJson(f.alternatives)}};
}

bool findingFromJson(const QJsonObject &o, Review::Finding *f)
{
    f->id = o.value(u"id"_s).toString();
    f->issueId = o.value(u"issue"_s).toString();
    f->title = o.value(u"title"_s).toString();
    if (f->id.isEmpty() || !Review::parseSeverity(o.value(u"severity"_s).toString(), &f->severity))
        return false;
    f->rationale = o.value(u"rationale"_s).toString();
    f->clause = o.value(u"clause"_s).toInt(-1);
    f->clauseLabel = o.value(u"clause_label"_s).toString();
    f->originalText = o.value(u"original"_s).toString();
    f->proposedText = o.value(u"proposed"_s).toString();
    f->edits.clear();
    for (const QJsonValue &e : o.value(u"edits"_s).toArray())
        f->edits.append(editFromJson(e.toObject()));
    f->providers.clear();
    for (const QJsonValue &p : o.value(u"providers"_s).toArray())
        f->providers.append(p.toString());
    f->alternatives.clear();
    for (const QJsonValue &v : o.value(u"alternatives"_s).toArray()) {
        const QJsonObject a = v.toObject();
        Review::FindingAlternative alt;
        for (const QJsonValue &p : a.value(u"providers"_s).toArray())
            alt.providers.append(p.toString());
        alt.rationale = a.value(u"rationale"_s).toString();
        alt.proposedText = a.value(u"proposed"_s).toString();
        for (const QJsonValue &e : a.value(u"edits"_s).toArray())
            alt.edits.append(editFromJson(e.toObject()));
        f->alternatives.append(alt);
    }
    return true;
}

} // namespace

DecisionStore::DecisionStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/reviews"_s
                      : directory)
{
}

QString DecisionStore::pathFor(const QString &sha256) const
{
    return m_directory + u"/"_s + sha256 + u".json"_s;
}

bool DecisionStore::save(const StoredReview &review, QString *error) const
{
    QJsonArray findings;
    for (const Review::Finding &f : review.findings)
        findings.append(findingJson(f));
    QJsonObject decisions;
    for (auto it = review.decisions.cbegin(); it != review.decisions.cend(); ++it) {
        if (it->isPending() && !it->edited)
            continue;
        QJsonObject d{{u"status"_s, decisionStatusKey(it->status)}};
        if (it->edited)
            d.insert(u"edited_text"_s, it->editedText);
        decisions.insert(it.key(), d);
    }
    QJsonArray theirs;
    for (auto it = review.theirDecisions.cbegin(); it != review.theirDecisions.cend(); ++it)
        theirs.append(QJsonObject{{u"change"_s, it.key()},
                                  {u"revision_id"_s, it->revisionId},
                                  {u"status"_s, it->accept ? u"accepted"_s : u"rejected"_s}});
    QJsonArray replies;
    for (auto it = review.replies.cbegin(); it != review.replies.cend(); ++it)
        replies.append(QJsonObject{{u"comment"_s, it.key()}, {u"text"_s, it.value()}});
    const ReviewInfo &info = review.info;
    const QJsonObject root{{u"format"_s, u"redliner-decisions"_s},
                           {u"version"_s, FormatVersion},
                           {u"sha256"_s, review.sha256},
                           {u"document"_s, review.documentPath},
                           {u"review"_s, QJsonObject{{u"reviewer"_s, info.reviewer},
                                                     {u"side"_s, Review::sideName(info.side)},
                                                     {u"playbook"_s, info.playbookName},
                                                     {u"playbook_version"_s, info.playbookVersion},
                                                     {u"playbook_sha256"_s, info.playbookHash},
                                                     {u"playbook_path"_s, info.playbookPath},
                                                     {u"reviewed_at"_s, info.reviewedAt.toString(Qt::ISODate)},
                                                     {u"notes"_s, QJsonArray::fromStringList(info.notes)}}},
                           {u"findings"_s, findings},
                           {u"decisions"_s, decisions},
                           {u"cloud_consent"_s, QJsonArray::fromStringList(review.cloudConsent)},
                           {u"their_changes"_s, theirs},
                           {u"comment_replies"_s, replies}};

    if (!QDir().mkpath(m_directory)) {
        *error = m_directory + u": cannot be created"_s;
        return false;
    }
    const QString path = pathFor(review.sha256);
    if (const QString why = Docx::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
        !why.isEmpty()) {
        *error = path + u": "_s + why;
        return false;
    }
    return true;
}

std::optional<StoredReview> DecisionStore::load(const QString &sha256, QString *error) const
{
    QFile file(pathFor(sha256));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonObject root = json.object();
    if (parse.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != u"redliner-decisions"
        || root.value(u"sha256"_s).toString() != sha256) {
        *error = file.fileName() + u": not a Redliner decisions file for this document"_s;
        return std::nullopt;
    }
    if (root.value(u"version"_s).toInt() > FormatVersion) {
        *error = file.fileName() + u": written by a newer Redliner"_s;
        return std::nullopt;
    }
    StoredReview review;
    review.sha256 = sha256;
    review.documentPath = root.value(u"document"_s).toString();
    const QJsonObject info = root.value(u"review"_s).toObject();
    review.info.reviewer = info.value(u"reviewer"_s).toString();
    Review::parseSide(info.value(u"side"_s).toString(), &review.info.side);
    review.info.playbookName = info.value(u"playbook"_s).toString();
    review.info.playbookVersion = info.value(u"playbook_version"_s).toString();
    review.info.playbookHash = info.value(u"playbook_sha256"_s).toString();
    review.info.playbookPath = info.value(u"playbook_path"_s).toString();
    review.info.reviewedAt = QDateTime::fromString(info.value(u"reviewed_at"_s).toString(), Qt::ISODate);
    for (const QJsonValue &n : info.value(u"notes"_s).toArray())
        review.info.notes.append(n.toString());
    for (const QJsonValue &v : root.value(u"findings"_s).toArray()) {
        Review::Finding f;
        if (findingFromJson(v.toObject(), &f))
            review.findings.append(f);
    }
    for (const QJsonValue &p : root.value(u"cloud_consent"_s).toArray())
        review.cloudConsent.append(p.toString());
    const QJsonObject decisions = root.value(u"decisions"_s).toObject();
    for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        Decision d;
        if (!parseDecisionStatus(o.value(u"status"_s).toString(), &d.status))
            continue;
        d.edited = o.contains(u"edited_text"_s);
        d.editedText = o.value(u"edited_text"_s).toString();
        review.decisions.insert(it.key(), d);
    }
    for (const QJsonValue &v : root.value(u"their_changes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString status = o.value(u"status"_s).toString();
        const int change = o.value(u"change"_s).toInt(-1);
        if (change < 0 || (status != u"accepted" && status != u"rejected"))
            continue;
        review.theirDecisions.insert(change, {qint64(o.value(u"revision_id"_s).toDouble(-1)), status == u"accepted"});
    }
    for (const QJsonValue &v : root.value(u"comment_replies"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString text = o.value(u"text"_s).toString();
        if (o.contains(u"comment"_s) && !text.isEmpty())
            review.replies.insert(qint64(o.value(u"comment"_s).toDouble()), text);
    }
    return review;
}

} // namespace Redliner::App
