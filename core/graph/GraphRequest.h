#pragma once

#include "core/graph/GraphError.h"
#include "core/graph/WritePacer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class GraphClient;
class QTimer;

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

struct GraphResponse
{
    int httpStatus = 0;
    QByteArray body;
    GraphError error;
    QString requestId; // Graph's request-id header, which Microsoft support asks for, success or not
    QDateTime serverDate; // the HTTP Date header: the server's clock when it answered (invalid when absent)
    bool ok() const { return !error.isError(); }
};
Q_DECLARE_METATYPE(GraphResponse)

// One Graph request: owns its reply, retries by the client's policy, emits finished() exactly once, then deletes
// itself.
class GraphRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Patch, Delete };

    GraphRequest(GraphClient *client, Method method, const QUrl &url, const QByteArray &body,
        const RequestHeaders &headers, QObject *parent);
    void abort();
    // Waiting for Retry-After (or a back-off) before the next attempt: nothing of it is on the wire now.
    bool isWaitingToRetry() const;
    Method method() const { return m_method; }
    // Intune writes this request carries, spent from the client's WritePacer before each attempt (a $batch sets the
    // number of its items; a single write to Intune counts 1, anything else 0). alreadySpent: the caller spent them
    // for the first attempt when it decided to send.
    void setWriteCost(const WritePacer::Cost &writes, bool alreadySpent)
    {
        m_writeCost = writes;
        m_writeSpent = alreadySpent;
    }
    QUrl url() const { return m_url; }

    static constexpr int MaxAttempts = 5;
    static constexpr int MaxRetryAfterSeconds = 120;
    static constexpr int TokenRenewalTimeoutMs = 60000;

signals:
    void finished(const GraphResponse &response);
    // The server asked us to wait (429, 503, 504: httpStatus) or the network failed (httpStatus 0); the request is
    // sent again after seconds.
    void retrying(int seconds, int attempt, int httpStatus);
    // A successful answer has begun to arrive: its first bytes, once per attempt (PageLoader finds the next page's
    // link there, Graph writes it before "value", and asks for that page while this one is still on its way).
    void bodyStarted(const QByteArray &firstBytes);
    // Held back to stay within Intune's write limit; sent after ms.
    void paced(int ms);

private:
    void send();
    void onReadyRead();
    void onReplyFinished();
    void finish(const GraphResponse &response);
    bool shouldRetry(int status, QNetworkReply::NetworkError error, GraphError *outcome) const;
    bool awaitNewToken(const GraphResponse &unauthorized);
    bool holdBackForWriteLimit();
    void giveBackWrites();
    static GraphResponse refusedRedirect(GraphResponse response, const QByteArray &location);

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
    QString m_sentToken;
    WritePacer::Cost m_writeCost;
    bool m_writeSpent = false; // this attempt's writes are spent from the pacer
    bool m_heldBack = false; // waiting for room under the write limit
    bool m_tokenRenewalAsked = false; // once per request: a second 401 with a new token is final
    bool m_awaitingToken = false;
};
