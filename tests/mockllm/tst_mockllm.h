// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mock LLM server over real sockets: QNetworkAccessManager for what a client sees, raw
// QTcpSocket where QNAM hides the bytes (chunk boundaries, line endings, resets, duplicated
// headers). The server runs in its own thread, the client in the test's thread. Nothing sleeps:
// every wait is on a signal or a socket. One test class, its functions in tst_mockllm.cpp,
// tst_mockllm_versions.cpp, tst_mockllm_faults.cpp and tst_mockllm_tools.cpp.

#include "fault.h"
#include "mockllmserver.h"
#include "mockllmserverthread.h"
#include "testrequests.h"
#include "testwire.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Redliner::MockLlm::Test {

// What QNAM reported for one request.
struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool http2 = false;
    qint64 elapsedMs = 0;
    bool headersArrived = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return parseObject(body); }
};

struct RequestOptions {
    QByteArray method = QByteArrayLiteral("POST");
    Headers headers;
    bool http2 = false;
    int transferTimeoutMs = 0;
};

// The "error" object of a JSON error body.
inline QJsonObject errorOf(const HttpResult &result)
{
    return result.json().value(QLatin1StringView("error")).toObject();
}

// A fault from its spec; a typo in a test's spec stops the test run.
inline Fault faultOf(const QString &spec)
{
    QString error;
    const auto fault = parseFaultSpec(spec, &error);
    if (!fault)
        qFatal("bad fault spec %s: %s", qPrintable(spec), qPrintable(error));
    return *fault;
}

} // namespace Redliner::MockLlm::Test

class TestMockLlm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // Units without sockets.
    void answerWriterRules();
    void answerWriterHooks();
    void faultSpecSyntax();
    void faultSpecErrors();
    void httpParser();

    // Answers in each dialect.
    void openAiAnswer();
    void openAiStream();
    void openAiStreamWithoutUsage();
    void anthropicAnswer();
    void anthropicStream();
    void anthropicWithoutTools();
    void ollamaNative();
    void localFlavour();
    void modelsAndHealth();

    // Authentication and validation.
    void authErrors();
    void anthropicVersionDuplicated();
    void validation_data();
    void validation();

    // Faults.
    void statusFaults_data();
    void statusFaults();
    void rateLimitHeaders();
    void retryAfterForms_data();
    void retryAfterForms();
    void quotaHasNoRetryAfter();
    void shouldRetryHeader();
    void hang();
    void resetBeforeResponse();
    void resetMidResponse();
    void resetMidStream();
    void delayMatchedByBody();
    void headersThenSilence();
    void brokenBody();
    void brokenAnswer();
    void wrongSchema();
    void truncatedStream();
    void truncatedBody();
    void midStreamErrors();
    void lengthCut();
    void refusalAndContentFilter();
    void faultMatching();
    void scenarioHeader();

    // Framing.
    void chunkingPolicies_data();
    void chunkingPolicies();
    void lineEndings_data();
    void lineEndings();
    void commentsAndBareDone();
    void connectionCloseAndChunkedBody();

    // Transport.
    void keepAlive();
    void chunkedRequestBody();
    void http2PriorKnowledge();
    void http2Parallel();
    void http2Faults();
    void http2Settings();
    void http2Disabled();
    void manyConcurrentConnections();

    // Timing, recording, control, program.
    void latencyPerDialect();
    void latencyJitterIsSeeded();
    void recordedRequests();
    void controlEndpoints();
    void threadHelperRestarts();
    void program();

    // API versions and request ids (tst_mockllm_versions.cpp).
    void anthropicVersions_data();
    void anthropicVersions();
    void anthropicVersionsRestricted();
    void anthropicAuthByVersion_data();
    void anthropicAuthByVersion();
    void samplingParametersByVersion();
    void systemMessagesByVersion_data();
    void systemMessagesByVersion();
    void structuredOutputAndForcedTool();
    void requestIdOnEveryReply();
    void anthropicVersionsFlag();

    // Error codes, retry headers and stream switches (tst_mockllm_faults.cpp).
    void errorCodes_data();
    void errorCodes();
    void statusDefaults_data();
    void statusDefaults();
    void retryAfterDefaults();
    void newFaultKeys();
    void bomAndLineEndings_data();
    void bomAndLineEndings();
    void anthropicErrorEvent();
    void openAiErrorChunk();
    void moderation();
    void leadingWhitespace();

    // Function calling in Chat Completions (tst_mockllm_tools.cpp).
    void openAiToolChoice_data();
    void openAiToolChoice();
    void openAiToolCallStream();
    void openAiToolCallFaults();

private:
    QUrl url(const QString &path) const { return QUrl(m_thread.baseUrl().toString() + path); }
    QNetworkReply *send(const QString &path, const QByteArray &body,
                        const Redliner::MockLlm::Test::RequestOptions &options);
    Redliner::MockLlm::Test::HttpResult wait(QNetworkReply *reply);
    Redliner::MockLlm::Test::HttpResult post(const QString &path, const QJsonObject &body,
                                             const Redliner::MockLlm::Test::Headers &headers, bool http2 = false);
    Redliner::MockLlm::Test::HttpResult request(const QString &path, const QByteArray &body,
                                                const Redliner::MockLlm::Test::RequestOptions &options);

    Redliner::MockLlm::MockLlmServerThread m_thread;
    Redliner::MockLlm::MockLlmServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    // Qt 6.4 keys its connection cache by host and port only: an HTTP/1.1 connection already open
    // to the mock would carry Http2DirectAttribute requests too, so HTTP/2 gets its own manager.
    QNetworkAccessManager m_http2Nam;
    QElapsedTimer m_clock;
    QList<QPointer<QNetworkReply>> m_inFlight;
};
