// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAI: return u"openai"_s;
    case Dialect::Anthropic: return u"anthropic"_s;
    case Dialect::Local: return u"local"_s;
    }
    return {};
}

std::optional<Dialect> parseDialect(QStringView name)
{
    if (name.compare(u"openai", Qt::CaseInsensitive) == 0)
        return Dialect::OpenAI;
    if (name.compare(u"anthropic", Qt::CaseInsensitive) == 0)
        return Dialect::Anthropic;
    if (name.compare(u"local", Qt::CaseInsensitive) == 0 || name.compare(u"ollama", Qt::CaseInsensitive) == 0)
        return Dialect::Local;
    return std::nullopt;
}

} // namespace Redliner::MockLlm
