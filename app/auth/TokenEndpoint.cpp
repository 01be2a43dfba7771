#include "TokenEndpoint.h"

#include "GraphClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, const QUrl &authority, QObject *parent)
    : QObject(parent), m_network(network), m_authority(authority)
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

void TokenEndpoint::request(const QUrlQuery &form)
{
    const QUrl url = tokenUrl();
    if (!GraphClient::isAcceptableScheme(url)) {
        TokenResponse response;
        response.error = GraphError::invalidResponse(tr("The sign-in address %1 is not secure (HTTPS is required).").arg(url.toDisplayString()));
        emit finished(response);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("User-Agent", GraphClient::userAgent());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->post(request, encodeForm(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        TokenResponse response;
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status == 200 && json.contains(QStringLiteral("access_token"))) {
            response.accessToken = json.value(QStringLiteral("access_token")).toString();
            response.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
            response.scope = json.value(QStringLiteral("scope")).toString();
            response.expiresIn = json.value(QStringLiteral("expires_in")).toInt();
        } else {
            response.error = GraphError::fromResponse(status, reply->error(), body, QByteArray(), QByteArray());
            if (!response.error.isError())
                response.error = GraphError::invalidResponse(tr("The sign-in service sent an answer that could not be read."));
        }
        emit finished(response);
    });
}
