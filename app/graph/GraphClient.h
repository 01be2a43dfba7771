#pragma once

#include "GraphError.h"

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
    bool ok() const { return !error.isError(); }
};

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

    QUrl resourceUrl(ApiVersion version, const QString &path, const QUrlQuery &query = {}) const;
    // True when url points at the Graph host in use, so a bearer token may be sent there.
    bool isGraphUrl(const QUrl &url) const;
    static bool isAcceptableScheme(const QUrl &url);

    // A GET that is retried after 429, 503 and 504 (honouring Retry-After) and after network errors.
    GraphRequest *get(const QUrl &url, const RequestHeaders &headers = {});

    QNetworkAccessManager *network() const { return m_network; }
    QString accessToken() const { return m_tokenProvider ? m_tokenProvider() : QString(); }

    static QByteArray userAgent();
    static int retryAfterSeconds(const QByteArray &headerValue, int fallback);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::function<QString()> m_tokenProvider;
};

// One Graph request: owns its reply, retries by the client's policy, emits finished() exactly once, then deletes itself.
class GraphRequest : public QObject
{
    Q_OBJECT

public:
    GraphRequest(GraphClient *client, const QUrl &url, const RequestHeaders &headers, QObject *parent);
    void abort();

    static constexpr int MaxAttempts = 5;
    static constexpr int MaxRetryAfterSeconds = 120;

signals:
    void finished(const GraphResponse &response);
    // The server asked us to wait (throttling) or the network failed; the request is sent again after seconds.
    void retrying(int seconds, int attempt);

private:
    void send();
    void onReplyFinished();
    void finish(const GraphResponse &response);

    GraphClient *m_client;
    QUrl m_url;
    RequestHeaders m_headers;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_done = false;
};
