#pragma once

#include "core/graph/GraphError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

enum class ApiVersion { V1, Beta };

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

struct GraphResponse
{
    int httpStatus = 0;
    QByteArray body;
    GraphError error;
    QString requestId; // Graph's request-id header, which Microsoft support asks for, success or not
    bool ok() const { return !error.isError(); }
};
Q_DECLARE_METATYPE(GraphResponse)

class GraphRequest;

// The one way the app talks to Microsoft Graph: base URL of the cloud in use, bearer token, client-request-id,
// and the retry policy. Requests never leave the Graph host in use, and plain HTTP is refused except on loopback.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    explicit GraphClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTokenProvider(std::function<QString()> provider) { m_tokenProvider = std::move(provider); }

    // path is relative to the version, its ids encoded with pathSegment(), e.g. "/users/" + pathSegment(upn).
    QUrl resourceUrl(ApiVersion version, const QString &path, const QUrlQuery &query = {}) const;
    // One id as a path segment, percent-encoded once ('/', '?', '#', '%', '@' and the like never reach the path raw).
    static QString pathSegment(const QString &id);
    // True when url points at the Graph host in use, so a bearer token may be sent there.
    bool isGraphUrl(const QUrl &url) const;
    // https, or plain http to a loopback address (the demo tenant); nothing else may carry a token or secret.
    static bool isAcceptableScheme(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // A GET that is retried after 429, 503 and 504 (honouring Retry-After) and after network errors.
    GraphRequest *get(const QUrl &url, const RequestHeaders &headers = {});
    // A POST with a JSON body (empty for none). It is sent again only after 429 or 503, which tell that Graph did
    // not carry it out. A dropped connection or a 504 after sending gives error.outcomeUnknown, never a resend.
    GraphRequest *post(const QUrl &url, const QByteArray &jsonBody, const RequestHeaders &headers = {});

    QNetworkAccessManager *network() const { return m_network; }
    // Ends the sign-in's session: requests made under it are never sent again (a retry waiting after a 429 must not
    // go out with the next person's token).
    void endSession() { ++m_session; }
    quint64 session() const { return m_session; }
    QString accessToken() const { return m_tokenProvider ? m_tokenProvider() : QString(); }

    static QByteArray userAgent();
    // A query or form body as Graph and Entra ID read it: they take '+' for a space, so a plus travels as %2B.
    static QString encodeQuery(const QUrlQuery &query);
    static int retryAfterSeconds(const QByteArray &headerValue, int fallback);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::function<QString()> m_tokenProvider;
    quint64 m_session = 0;
};

// One Graph request: owns its reply, retries by the client's policy, emits finished() exactly once, then deletes itself.
class GraphRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post };

    GraphRequest(GraphClient *client, Method method, const QUrl &url, const QByteArray &body, const RequestHeaders &headers,
                 QObject *parent);
    void abort();
    // Waiting for Retry-After (or a back-off) before the next attempt: nothing of it is on the wire now.
    bool isWaitingToRetry() const;
    Method method() const { return m_method; }
    QUrl url() const { return m_url; }

    static constexpr int MaxAttempts = 5;
    static constexpr int MaxRetryAfterSeconds = 120;

signals:
    void finished(const GraphResponse &response);
    // The server asked us to wait (throttling) or the network failed; the request is sent again after seconds.
    void retrying(int seconds, int attempt);
    // A successful answer has begun to arrive: its first bytes, once per attempt (PageLoader finds the next page's
    // link there, Graph writes it before "value", and asks for that page while this one is still on its way).
    void bodyStarted(const QByteArray &firstBytes);

private:
    void send();
    void onReadyRead();
    void onReplyFinished();
    void finish(const GraphResponse &response);
    bool shouldRetry(int status, QNetworkReply::NetworkError error, GraphError *outcome) const;

    GraphClient *m_client;
    Method m_method;
    QUrl m_url;
    QByteArray m_body;
    RequestHeaders m_headers;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    quint64 m_session = 0;
    bool m_bodyStarted = false;
    bool m_done = false;
};
