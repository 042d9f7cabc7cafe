// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "replyplan.h"
#include "serverstate.h"

#include <QJsonObject>

namespace Redliner::MockLlm {

// The /mock/* endpoints, so that a mock running as a subprocess can be driven over HTTP:
//   POST /mock/script    a fault list (JSON array of objects or spec strings) appended to the queue
//   POST /mock/reset     clears the queue and the recorded requests
//   GET  /mock/requests  the recorded requests (?since=N: only those with sequence > N)
//   GET  /mock/faults    the faults still queued
//   GET|POST /mock/config  the configuration; POST changes the keys it names
// Served only on 127.0.0.1 (the server never binds elsewhere); never recorded, never delayed.
class ControlApi final {
public:
    explicit ControlApi(ServerState &state) : m_state(state) {}

    ReplyPlan handle(const HttpRequest &request);

    static QJsonObject configToJson(const ServerConfig &config);
    // Applies the keys present in `json`; false (and *error) on an unknown key or a bad value.
    static bool applyConfig(const QJsonObject &json, ServerConfig &config, QString *error);

private:
    ServerState &m_state;
};

} // namespace Redliner::MockLlm
