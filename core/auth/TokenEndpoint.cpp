#include "core/auth/TokenEndpoint.h"

#include "core/graph/GraphClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, const QUrl &authority, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_authority(authority)
{
}

QUrl TokenEndpoint::tokenUrl() const
{
    QUrl url = m_authority;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

QByteArray TokenEndpoint::encodeForm(const QUrlQuery &form)
{
    return GraphClient::encodeQuery(form).toUtf8();
}

QNetworkRequest TokenEndpoint::formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("User-Agent", GraphClient::userAgent());
    request.setTransferTimeout(60000);
    // A redirect would post the refresh token, secret or device code again to wherever it points; never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

GraphError TokenEndpoint::errorOf(QNetworkReply *reply, const QByteArray &body)
{
    return errorOf(
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->url(), body);
}

GraphError TokenEndpoint::errorOf(
    int status, QNetworkReply::NetworkError networkError, const QUrl &url, const QByteArray &body)
{
    if (status >= 300 && status < 400)
        return GraphError::invalidResponse(
            tr("The sign-in service at %1 redirected the request elsewhere (HTTP %2). Offboard "
               "never sends sign-in secrets on to another address.")
                .arg(url.host(), QString::number(status)));
    GraphError error = GraphError::fromResponse(status, networkError, body, QByteArray(), QByteArray());
    if (!error.isError())
        error = GraphError::invalidResponse(tr("The sign-in service sent an answer that could not be read."));
    return error;
}

void TokenEndpoint::request(const QUrlQuery &form)
{
    const QUrl url = tokenUrl();
    if (!GraphClient::isAcceptableScheme(url)) {
        TokenResponse response;
        response.error = GraphError::invalidResponse(
            tr("The sign-in address %1 is not secure (HTTPS is required).").arg(url.toDisplayString()));
        emit finished(response);
        return;
    }
    QNetworkReply *reply = m_network->post(formRequest(url), encodeForm(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        emit finished(readAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
            reply->url(), reply->readAll()));
    });
}

TokenResponse TokenEndpoint::readAnswer(
    int httpStatus, QNetworkReply::NetworkError networkError, const QUrl &url, const QByteArray &body)
{
    TokenResponse response;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200 && json.contains(QStringLiteral("access_token"))) {
        response.accessToken = json.value(QStringLiteral("access_token")).toString();
        response.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
        response.scope = json.value(QStringLiteral("scope")).toString();
        // A number in Entra ID's v2.0 answers; older endpoints wrote it as a string.
        const QJsonValue expiresIn = json.value(QStringLiteral("expires_in"));
        response.expiresIn = expiresIn.isString() ? expiresIn.toString().toInt() : expiresIn.toInt();
    } else {
        response.error = errorOf(httpStatus, networkError, url, body);
    }
    return response;
}
