// SPDX-License-Identifier: GPL-3.0-or-later
// redliner-eval-contractnli FILE.json [--hypothesis nda-N] [--errors]
//
// Runs the fact extractor on every document of a ContractNLI-format file and scores the answers
// the facts give to the dataset's hypotheses (see review/contractnlimapping.h). Prints one JSON
// object on stdout; --errors lists every wrong answer with its evidence on stderr.
//
// The scores follow the ContractNLI paper (Koreeda & Manning 2021, NLI part):
//  - accuracy: correct answers / all (document, hypothesis) pairs;
//  - F1 for Contradiction and F1 for Entailment, each over all pairs pooled together:
//    precision = pairs predicted as the class that have it / pairs predicted as the class,
//    recall    = pairs predicted as the class that have it / pairs that have it,
//    F1 = 2PR / (P + R), 0 when P + R is 0 (and precision 0 when nothing was predicted).
// Per hypothesis the same three numbers are computed over that hypothesis's pairs only.

#include "review/contractnlimapping.h"
#include "review/factextractor.h"
#include "review/clausesegmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;
using ContractNli::Label;

namespace {

struct Tally {
    int total = 0;
    int correct = 0;
    // counts[gold][predicted]
    int counts[3][3] = {};

    void add(Label gold, Label predicted)
    {
        ++total;
        if (gold == predicted)
            ++correct;
        ++counts[int(gold)][int(predicted)];
    }
    double accuracy() const { return total ? double(correct) / total : 0.0; }
    double f1(Label label) const
    {
        const int l = int(label);
        int predicted = 0;
        int gold = 0;
        for (int i = 0; i < 3; ++i) {
            predicted += counts[i][l];
            gold += counts[l][i];
        }
        const int hit = counts[l][l];
        const double precision = predicted ? double(hit) / predicted : 0.0;
        const double recall = gold ? double(hit) / gold : 0.0;
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }
    QJsonObject json() const
    {
        auto round = [](double v) { return qRound(v * 10000) / 10000.0; };
        return QJsonObject{{u"accuracy"_s, round(accuracy())},
                           {u"f1_contradiction"_s, round(f1(Label::Contradiction))},
                           {u"f1_entailment"_s, round(f1(Label::Entailment))}};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    QString path;
    QString only;
    bool errors = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--errors")
            errors = true;
        else if (args.at(i) == u"--hypothesis" && i + 1 < args.size())
            only = args.at(++i);
        else if (path.isEmpty() && !args.at(i).startsWith(u'-'))
            path = args.at(i);
        else {
            err << "usage: redliner-eval-contractnli FILE.json [--hypothesis nda-N] [--errors]" << Qt::endl;
            return 1;
        }
    }
    if (path.isEmpty()) {
        err << "usage: redliner-eval-contractnli FILE.json [--hypothesis nda-N] [--errors]" << Qt::endl;
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "redliner-eval-contractnli: cannot read " << path << ": " << file.errorString() << Qt::endl;
        return 3;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        err << "redliner-eval-contractnli: " << path << " is not a ContractNLI JSON file: " << parseError.errorString() << Qt::endl;
        return 3;
    }
    const QJsonArray documents = json.object().value(u"documents"_s).toArray();
    QStringList hypotheses = ContractNli::hypothesisIds();
    if (!only.isEmpty())
        hypotheses = {only};

    Tally all;
    QMap<QString, Tally> perHypothesis;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const QJsonObject document = documents.at(d).toObject();
        const TextDocument doc = TextDocument::fromPlainText(document.value(u"text"_s).toString());
        const QList<Clause> clauses = segmentClauses(doc);
        const FactSheet facts = extractFacts(doc, clauses);
        const QJsonObject annotations = document.value(u"annotation_sets"_s).toArray().at(0).toObject()
                                            .value(u"annotations"_s).toObject();
        for (const QString &h : hypotheses) {
            Label gold;
            if (!ContractNli::parseLabel(annotations.value(h).toObject().value(u"choice"_s).toString(), &gold))
                continue;
            const Label predicted = ContractNli::predict(facts, h);
            all.add(gold, predicted);
            perHypothesis[h].add(gold, predicted);
            if (errors && gold != predicted) {
                err << "doc " << d << " " << document.value(u"file_name"_s).toString().left(40) << " " << h
                    << " gold " << ContractNli::labelName(gold) << " predicted " << ContractNli::labelName(predicted) << "\n";
                for (const QString &id : ContractNli::factsFor(h)) {
                    if (const Fact *f = facts.find(id))
                        err << "    " << id << (f->yes() ? " yes " : " no ") << f->value << ": "
                            << f->evidence.simplified().left(300) << "\n";
                }
                const QJsonArray spans = document.value(u"spans"_s).toArray();
                const QString text = document.value(u"text"_s).toString();
                for (const QJsonValue s : annotations.value(h).toObject().value(u"spans"_s).toArray()) {
                    const QJsonArray span = spans.at(s.toInt()).toArray();
                    err << "    gold: " << text.mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt()).simplified().left(300) << "\n";
                }
            }
        }
    }

    QJsonObject result = all.json();
    result.insert(u"documents"_s, int(documents.size()));
    QJsonObject per;
    for (auto it = perHypothesis.cbegin(); it != perHypothesis.cend(); ++it)
        per.insert(it.key(), it.value().json());
    result.insert(u"per_hypothesis"_s, per);
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}
