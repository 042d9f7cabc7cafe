// SPDX-License-Identifier: GPL-3.0-or-later
//
// The playbook's small API: names, look-ups, loading from a file and the built-in default. The
// validation behind Playbook::parse lives in playbookparser.cpp.

#include "playbook.h"

#include <QFile>
#include <QtGlobal>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

// A playbook is tens of kilobytes; a file far larger is the wrong file, and reading it all just to
// say so would be wasteful.
constexpr qint64 MaxPlaybookBytes = 4 * 1024 * 1024;

} // namespace

QString sideName(Side side)
{
    switch (side) {
    case Side::Receiving: return u"receiving"_s;
    case Side::Disclosing: return u"disclosing"_s;
    case Side::Mutual: return u"mutual"_s;
    }
    return u"mutual"_s;
}

bool parseSide(QStringView name, Side *side)
{
    for (Side candidate : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
        if (name == sideName(candidate)) {
            if (side)
                *side = candidate;
            return true;
        }
    }
    return false;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low: return u"low"_s;
    case Severity::Medium: return u"medium"_s;
    case Severity::High: return u"high"_s;
    }
    return u"medium"_s;
}

bool parseSeverity(QStringView name, Severity *severity)
{
    for (Severity candidate : {Severity::Low, Severity::Medium, Severity::High}) {
        if (name == severityName(candidate)) {
            if (severity)
                *severity = candidate;
            return true;
        }
    }
    return false;
}

const Position *PlaybookIssue::position(Side side) const
{
    const auto it = positions.constFind(side);
    return it == positions.cend() ? nullptr : &it.value();
}

int PlaybookIssue::intParameter(const QString &name, int fallback) const
{
    const QJsonValue value = parameters.value(name);
    if (!value.isDouble())
        return fallback;
    // Parsed playbooks only hold whole numbers here, but a hand-built issue might not.
    const double number = value.toDouble();
    if (std::trunc(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max())
        return fallback;
    return static_cast<int>(number);
}

const PlaybookIssue *Playbook::issue(QStringView id) const
{
    for (const PlaybookIssue &candidate : issues) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

bool Playbook::load(const QString &path, Playbook *playbook, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = path + u": "_s + message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open the playbook: "_s + file.errorString());
    // size() is 0 for pipes and special files, so the read itself is bounded too.
    const QByteArray bytes = file.read(MaxPlaybookBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(u"cannot read the playbook: "_s + file.errorString());
    if (file.size() > MaxPlaybookBytes || bytes.size() > MaxPlaybookBytes)
        return fail(u"too large for a playbook (the limit is %1 MiB); is this the right file?"_s.arg(
            MaxPlaybookBytes / (1024 * 1024)));
    return parse(bytes, path, playbook, error);
}

QString Playbook::builtinPath()
{
    return u":/playbooks/nda-default.json"_s;
}

Playbook Playbook::builtin()
{
    // Parsed once; the resource cannot change while the program runs. A broken default is a build
    // defect (tst_playbook guards it), not something a user could fix, hence qFatal.
    static const Playbook cached = [] {
        Playbook playbook;
        QString error;
        if (!load(builtinPath(), &playbook, &error))
            qFatal("The built-in playbook is invalid: %s", qUtf8Printable(error));
        return playbook;
    }();
    return cached;
}

QStringList knownIssueIds()
{
    // The order is the order of the default playbook and of the reports.
    static const QStringList ids{
        u"mutuality"_s, u"definition-scope"_s, u"marking"_s, u"exclusions"_s,
        u"independent-development"_s, u"compelled-disclosure"_s, u"term"_s, u"survival"_s,
        u"return-destroy"_s, u"retention"_s, u"residuals"_s, u"non-solicitation"_s,
        u"non-compete"_s, u"no-licence"_s, u"no-warranty"_s, u"remedies"_s, u"governing-law"_s,
        u"assignment"_s, u"permitted-recipients"_s, u"purpose"_s, u"publicity"_s,
        u"liquidated-damages"_s, u"indemnity"_s, u"standstill"_s, u"reverse-engineering"_s,
        u"standard-of-care"_s,
        // Added after the first playbook: the points of a first read beyond the classic checklist.
        u"legal-fees"_s, u"jury-waiver"_s, u"whistleblower"_s, u"audit"_s, u"breach-notice"_s,
        u"representatives-liability"_s, u"third-party-rights"_s, u"data-protection"_s,
        u"no-commitment"_s, u"drafting-defect"_s,
    };
    return ids;
}

} // namespace Redliner::Review
