// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "llm/llmreview.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Redliner::Cli {

class CommandFiles;

// The reviewer flags of `review`: --provider and what configures the LLM providers. Keys come
// from the environment as the official SDKs read them, or from a file (never from a flag's value,
// which would show in the process list and the shell history).
class ProviderFlags final {
public:
    ProviderFlags();
    void addTo(QCommandLineParser &parser) const;

    // The providers chosen (empty: offline) and the job settings; false after printing why not.
    bool read(const QCommandLineParser &parser, const QProcessEnvironment &env, QList<Llm::ProviderConfig> *providers,
              Llm::ReviewJob *job, Streams io) const;
    // The files these flags read or write (the key file, the cache directory), to be checked with
    // the command's own before anything is read.
    void addFiles(const QCommandLineParser &parser, CommandFiles *files) const;
    static QString usage();

private:
    QCommandLineOption m_provider, m_model, m_baseUrl, m_keyFile, m_concurrency, m_batchSize, m_timeout, m_pseudonymise,
        m_noCache, m_cacheDir, m_http2, m_anthropicVersion;
};

} // namespace Redliner::Cli
