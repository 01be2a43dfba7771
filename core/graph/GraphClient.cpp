#include "core/graph/GraphClient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

GraphClient::GraphClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QUrl GraphClient::resourceUrl(ApiVersion version, const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    const QString versionSegment = version == ApiVersion::V1 ? QStringLiteral("/v1.0") : QStringLiteral("/beta");
    // path arrives with its ids percent-encoded once (pathSegment); TolerantMode keeps "%40" as it is instead of
    // encoding the '%' a second time.
    url.setPath(url.path(QUrl::FullyEncoded).remove(QRegularExpression(QStringLiteral("/+$"))) + versionSegment + path,
        QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

bool GraphClient::renewToken()
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&GraphClient::tokenRejected)))
        return false;
    if (!m_renewing) {
        m_renewing = true;
        emit tokenRejected();
    }
    return true;
}

void GraphClient::finishRenewal(bool renewed)
{
    if (!m_renewing)
        return;
    m_renewing = false;
    emit renewalFinished(renewed);
}

bool GraphClient::isGraphUrl(const QUrl &url) const
{
    return url.isValid() && url.scheme() == m_baseUrl.scheme()
        && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

bool GraphClient::isAcceptableScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

// Decided by the address, never by how a name begins: "127.0.0.1.nip.io" and "127.evil.example" are not loopback.
bool GraphClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

GraphRequest *GraphClient::get(const QUrl &url, const RequestHeaders &headers)
{
    return new GraphRequest(this, GraphRequest::Method::Get, url, {}, headers, this);
}

GraphRequest *GraphClient::post(const QUrl &url, const QByteArray &jsonBody, const RequestHeaders &headers)
{
    return new GraphRequest(this, GraphRequest::Method::Post, url, jsonBody, headers, this);
}

GraphRequest *GraphClient::patch(const QUrl &url, const QByteArray &jsonBody)
{
    return new GraphRequest(this, GraphRequest::Method::Patch, url, jsonBody, {}, this);
}

GraphRequest *GraphClient::deleteResource(const QUrl &url)
{
    return new GraphRequest(this, GraphRequest::Method::Delete, url, {}, {}, this);
}

QString GraphClient::pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString GraphClient::encodeQuery(const QUrlQuery &query)
{
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    return encoded;
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
    const QDateTime when = httpDate(headerValue);
    if (when.isValid())
        return qMax(0, int(QDateTime::currentDateTimeUtc().secsTo(when)));
    return fallback;
}

QDateTime GraphClient::httpDate(const QByteArray &headerValue)
{
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(headerValue.trimmed()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    return when.isValid() ? QDateTime(when.date(), when.time(), Qt::UTC) : QDateTime();
}
