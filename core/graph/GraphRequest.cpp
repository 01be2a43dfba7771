#include "core/graph/GraphRequest.h"

#include "core/graph/GraphClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace {

// A request body that can be read once and never rewound. Qt 6.4 silently sends a request again when a connection
// closes before the answer (later Qt versions spare non-idempotent methods); with a body it cannot rewind, Qt gives
// up with ContentReSendError instead, so a POST reaches Graph at most once per attempt we decide on.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_position);
        memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Errors that happen before anything reaches the server: the request was certainly not carried out.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::ProxyAuthenticationRequiredError
        || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::TemporaryNetworkFailureError;
}

} // namespace

GraphRequest::GraphRequest(GraphClient *client, Method method, const QUrl &url, const QByteArray &body,
    const RequestHeaders &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_body(body)
    , m_headers(headers)
    , m_session(client->session())
    , m_writeCost(WritePacer::Cost::of(method == Method::Get ? "GET" : "POST", url.path()))
{
    QTimer::singleShot(0, this, &GraphRequest::send);
}

// True when the write must wait for room under Intune's limit; send() is then called again.
bool GraphRequest::holdBackForWriteLimit()
{
    if (m_writeCost.total() == 0 || m_writeSpent)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 delay = m_client->writePacer().delayFor(m_writeCost, now);
    m_heldBack = delay > 0;
    if (delay > 0) {
        emit paced(int(delay));
        QTimer::singleShot(int(delay), this, &GraphRequest::send);
        return true;
    }
    m_client->writePacer().spend(m_writeCost, now);
    m_writeSpent = true;
    return false;
}

// Graph turned the request away before doing anything (429, 503, or it never reached Graph): Intune did not count it.
void GraphRequest::giveBackWrites()
{
    if (m_writeSpent)
        m_client->writePacer().giveBack(m_writeCost);
    m_writeSpent = false;
}

bool GraphRequest::isWaitingToRetry() const
{
    return !m_done && !m_reply && ((m_retryTimer && m_retryTimer->isActive()) || m_awaitingToken || m_heldBack);
}

void GraphRequest::abort()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    GraphResponse response;
    response.error.networkError = QNetworkReply::OperationCanceledError;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(response);
}

void GraphRequest::send()
{
    if (m_done)
        return;
    if (m_session != m_client->session()) {
        GraphResponse response;
        response.error = GraphError::invalidResponse(tr("Not sent: the sign-in this request belongs to has ended."));
        finish(response);
        return;
    }
    if (!m_client->isGraphUrl(m_url) || !GraphClient::isAcceptableScheme(m_url)) {
        GraphResponse response;
        response.error = GraphError::invalidResponse(
            tr("Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.")
                .arg(m_url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        finish(response);
        return;
    }
    if (holdBackForWriteLimit())
        return;
    ++m_attempt;
    m_awaitingToken = false;
    m_sentToken = m_client->accessToken();
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_sentToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setRawHeader("User-Agent", GraphClient::userAgent());
    for (const auto &header : m_headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    if (m_method == Method::Get) {
        m_reply = m_client->network()->get(request);
    } else if (m_method == Method::Delete) {
        m_reply = m_client->network()->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body, this);
        m_reply = m_method == Method::Patch ? m_client->network()->sendCustomRequest(request, "PATCH", body)
                                            : m_client->network()->post(request, body);
        body->setParent(m_reply);
    }
    m_bodyStarted = false;
    connect(m_reply, &QNetworkReply::readyRead, this, &GraphRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GraphRequest::onReplyFinished);
}

void GraphRequest::onReadyRead()
{
    if (m_bodyStarted || m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    // Enough to hold Graph's annotations; peek() leaves the bytes for the whole body read at the end.
    const QByteArray head = m_reply->peek(4096);
    if (head.size() < 4096 && !head.contains("\"value\""))
        return;
    m_bodyStarted = true;
    emit bodyStarted(head);
}

void GraphRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    GraphResponse response;
    response.httpStatus = status;
    response.body = reply->readAll();
    response.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    response.serverDate = GraphClient::httpDate(reply->rawHeader("Date"));
    if (status >= 300 && status < 400 && reply->error() == QNetworkReply::NoError)
        return finish(refusedRedirect(response, reply->rawHeader("Location")));
    if (status < 400 && reply->error() == QNetworkReply::NoError)
        return finish(response);

    response.error = GraphError::fromResponse(status, reply->error(), response.body, reply->rawHeader("request-id"),
        reply->request().rawHeader("client-request-id"));
    if (status < 400)
        response.error.networkError = reply->error(); // no status, or a body cut short after a good status line
    if (status == 401 && awaitNewToken(response))
        return;
    if (!shouldRetry(status, reply->error(), &response.error))
        return finish(response);

    if (status == 429 || status == 503 || failedBeforeSending(reply->error()))
        giveBackWrites();
    m_writeSpent = false; // the next attempt spends again
    const bool toldToWait = status == 429 || status == 503 || status == 504;
    const int backoff = 1 << (m_attempt - 1);
    const int wait = toldToWait ? GraphClient::retryAfterSeconds(reply->rawHeader("Retry-After"), backoff) : backoff;
    if (wait > MaxRetryAfterSeconds) {
        const int minutes = (wait + 59) / 60;
        response.error.message = tr("Microsoft Graph asked to wait %n minute(s) before trying again. Offboard waits at "
                                    "most two minutes, so it stopped here; try again later. Graph said: %1",
            nullptr, minutes)
                                     .arg(response.error.message);
        return finish(response);
    }
    emit retrying(wait, m_attempt, status);
    // A little jitter keeps many clients from coming back in the same instant.
    const int jitterMs = QRandomGenerator::global()->bounded(qMax(1, wait * 100));
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        // A coarse timer may fire up to 5% early, and coming back before Retry-After earns another 429.
        m_retryTimer->setTimerType(Qt::PreciseTimer);
        connect(m_retryTimer, &QTimer::timeout, this, &GraphRequest::send);
    }
    m_retryTimer->start(wait * 1000 + jitterMs);
}

// Graph never redirects; whatever did (a proxy, a captive portal) does not get the token by a second request.
GraphResponse GraphRequest::refusedRedirect(GraphResponse response, const QByteArray &location)
{
    response.error = GraphError::invalidResponse(
        tr("The request was redirected to %1, which Offboard does not follow: Microsoft Graph does not redirect.")
            .arg(QUrl(QString::fromLatin1(location)).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    response.error.httpStatus = response.httpStatus;
    response.error.requestId = response.requestId;
    return response; // a 3xx says this request was not carried out here (RFC 9110, section 15.4)
}

// Graph turned the token away before doing anything: send once more with a renewed token.
bool GraphRequest::awaitNewToken(const GraphResponse &unauthorized)
{
    if (m_tokenRenewalAsked || unauthorized.error.code != QLatin1String("InvalidAuthenticationToken"))
        return false;
    m_tokenRenewalAsked = true;
    if (m_client->accessToken() != m_sentToken && !m_client->isRenewingToken()) {
        QTimer::singleShot(0, this, &GraphRequest::send); // renewed while this one travelled
        return true;
    }
    if (!m_client->renewToken())
        return false;
    m_awaitingToken = true;
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    const auto giveUp = [this, unauthorized, timeout] {
        timeout->deleteLater();
        m_awaitingToken = false;
        finish(unauthorized);
    };
    connect(timeout, &QTimer::timeout, this, giveUp);
    connect(
        m_client, &GraphClient::renewalFinished, this,
        [this, timeout, giveUp](bool renewed) {
            if (!m_awaitingToken)
                return;
            if (!renewed)
                return giveUp();
            timeout->deleteLater();
            send();
        },
        Qt::SingleShotConnection);
    timeout->start(TokenRenewalTimeoutMs);
    return true;
}

// Decides whether to send the request again, and marks a write (POST, PATCH, DELETE) whose fate we cannot know.
bool GraphRequest::shouldRetry(int status, QNetworkReply::NetworkError error, GraphError *outcome) const
{
    const bool transportFailure = error != QNetworkReply::NoError && status < 400;
    const bool attemptsLeft = m_attempt < MaxAttempts && error != QNetworkReply::SslHandshakeFailedError;
    if (m_method == Method::Get)
        return attemptsLeft && (status == 429 || status == 503 || status == 504 || transportFailure);
    // 429 and 503 mean Graph turned the request away before doing anything; a connection that was never made (the
    // server gone, refused) carried nothing.
    if (status == 429 || status == 503 || (transportFailure && failedBeforeSending(error)))
        return attemptsLeft;
    // Any other 5xx (500, 502, 504) may come after the service acted: check the object, never resend blindly.
    if (status >= 500 || (transportFailure && !failedBeforeSending(error)))
        outcome->outcomeUnknown = true;
    return false;
}

void GraphRequest::finish(const GraphResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(response);
    deleteLater();
}
