#include "GraphClient.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

GraphClient::GraphClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

QUrl GraphClient::resourceUrl(ApiVersion version, const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    const QString versionSegment = version == ApiVersion::V1 ? QStringLiteral("/v1.0") : QStringLiteral("/beta");
    url.setPath(url.path(QUrl::FullyDecoded).remove(QRegularExpression(QStringLiteral("/+$"))) + versionSegment + path);
    if (!query.isEmpty()) {
        // Graph reads '+' in a query as a space, so a literal plus must travel as %2B.
        QString encoded = query.toString(QUrl::FullyEncoded);
        encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
        url.setQuery(encoded, QUrl::StrictMode);
    }
    return url;
}

bool GraphClient::isGraphUrl(const QUrl &url) const
{
    return url.isValid() && url.scheme() == m_baseUrl.scheme() && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80) == m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

bool GraphClient::isAcceptableScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127.")));
}

GraphRequest *GraphClient::get(const QUrl &url, const RequestHeaders &headers)
{
    return new GraphRequest(this, url, headers, this);
}

QByteArray GraphClient::userAgent()
{
    return "Offboard/" OFFBOARD_VERSION " (Qt " QT_VERSION_STR ")";
}

int GraphClient::retryAfterSeconds(const QByteArray &headerValue, int fallback)
{
    bool ok = false;
    const int seconds = headerValue.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(headerValue.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        return qMax(0, int(QDateTime::currentDateTimeUtc().secsTo(QDateTime(when.date(), when.time(), Qt::UTC))));
    return fallback;
}

GraphRequest::GraphRequest(GraphClient *client, const QUrl &url, const RequestHeaders &headers, QObject *parent)
    : QObject(parent), m_client(client), m_url(url), m_headers(headers)
{
    QTimer::singleShot(0, this, &GraphRequest::send);
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
    if (!m_client->isGraphUrl(m_url) || !GraphClient::isAcceptableScheme(m_url)) {
        GraphResponse response;
        response.error = GraphError::invalidResponse(
            tr("Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.")
                .arg(m_url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        finish(response);
        return;
    }
    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_client->accessToken().toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setRawHeader("User-Agent", GraphClient::userAgent());
    for (const auto &header : m_headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    m_reply = m_client->network()->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &GraphRequest::onReplyFinished);
}

void GraphRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    GraphResponse response;
    response.httpStatus = status;
    response.body = body;
    const bool httpFailure = status >= 400 || (status == 0 && reply->error() != QNetworkReply::NoError);
    // No status, or a body cut short after a good status line: the transport failed, not Graph.
    const bool transportFailure = reply->error() != QNetworkReply::NoError && status < 400;
    if (!httpFailure && reply->error() == QNetworkReply::NoError)
        return finish(response);
    response.error = GraphError::fromResponse(status, reply->error(), body, reply->rawHeader("request-id"),
                                              reply->request().rawHeader("client-request-id"));
    if (!httpFailure && reply->error() != QNetworkReply::NoError)
        response.error.networkError = reply->error(); // e.g. a body cut short after the status line

    // Only throttling, a busy service and transport failures are worth another try; any other HTTP error is final.
    const bool retryableStatus = status == 429 || status == 503 || status == 504;
    const bool retryable = (retryableStatus || transportFailure) && m_attempt < MaxAttempts;
    if (!retryable)
        return finish(response);
    int wait = retryableStatus ? GraphClient::retryAfterSeconds(reply->rawHeader("Retry-After"), 1 << (m_attempt - 1))
                               : (1 << (m_attempt - 1));
    if (wait > MaxRetryAfterSeconds)
        return finish(response);
    emit retrying(wait, m_attempt);
    // A little jitter keeps many clients from coming back in the same instant.
    const int jitterMs = QRandomGenerator::global()->bounded(qMax(1, wait * 100));
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &GraphRequest::send);
    }
    m_retryTimer->start(wait * 1000 + jitterMs);
}

void GraphRequest::finish(const GraphResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(response);
    deleteLater();
}
