// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Redliner::MockLlm {

// The "moderation" field of a moderated chat completion (OpenAI SDK 6.49, ChatCompletion.Moderation):
// {"input": R, "output": R}, each R {"type":"moderation_results","model":"omni-moderation-latest",
// "results":[{"type":"moderation_result", model, "flagged":false, categories, category_scores,
// category_applied_input_types}]}. Nothing is flagged: the field is there to be ignored, which is
// what a client must do with fields it does not know.
QJsonObject moderationJson();

} // namespace Redliner::MockLlm
