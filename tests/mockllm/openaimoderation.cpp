// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaimoderation.h"

#include <QJsonArray>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

constexpr std::array<QStringView, 13> categoryNames{
    u"harassment",
    u"harassment/threatening",
    u"hate",
    u"hate/threatening",
    u"illicit",
    u"illicit/violent",
    u"self-harm",
    u"self-harm/instructions",
    u"self-harm/intent",
    u"sexual",
    u"sexual/minors",
    u"violence",
    u"violence/graphic",
};

// Small, distinct, fixed scores, as an unremarkable contract gets (literals, so they print short).
constexpr std::array<double, 13> categoryScores{
    2.1e-05, 3e-06, 1.4e-05, 2e-06, 9e-06, 4e-06, 6e-06, 1e-06, 2e-06, 1.1e-05, 3e-06, 8.7e-05, 5e-06,
};

QJsonObject results(const QString &model)
{
    QJsonObject categories;
    QJsonObject scores;
    QJsonObject inputTypes;
    for (qsizetype i = 0; i < qsizetype(categoryNames.size()); ++i) {
        const QString name = categoryNames[size_t(i)].toString();
        categories.insert(name, false);
        scores.insert(name, categoryScores[size_t(i)]);
        inputTypes.insert(name, QJsonArray{u"text"_s});
    }
    const QJsonObject result{{u"type"_s, u"moderation_result"_s},
                             {u"model"_s, model},
                             {u"flagged"_s, false},
                             {u"categories"_s, categories},
                             {u"category_scores"_s, scores},
                             {u"category_applied_input_types"_s, inputTypes}};
    return QJsonObject{{u"type"_s, u"moderation_results"_s}, {u"model"_s, model}, {u"results"_s, QJsonArray{result}}};
}

} // namespace

QJsonObject moderationJson()
{
    const QString model = u"omni-moderation-latest"_s;
    return QJsonObject{{u"input"_s, results(model)}, {u"output"_s, results(model)}};
}

} // namespace Redliner::MockLlm
