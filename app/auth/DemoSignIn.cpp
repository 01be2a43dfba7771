#include "DemoSignIn.h"

#include "TokenEndpoint.h"

DemoSignIn::DemoSignIn(QNetworkAccessManager *network, const QUrl &authority, QObject *parent)
    : QObject(parent), m_network(network), m_authority(authority)
{
}

void DemoSignIn::signIn(const QString &clientId, const QString &userPrincipalName, const QString &password,
                        const QStringList &scopes)
{
    auto *endpoint = new TokenEndpoint(m_network, m_authority, this);
    connect(endpoint, &TokenEndpoint::finished, this, [this, endpoint](const TokenResponse &response) {
        endpoint->deleteLater();
        if (!response.ok()) {
            emit failed(response.error);
            return;
        }
        emit signedIn({AccessToken::fromJwt(response.accessToken), response.refreshToken});
    });
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("username"), userPrincipalName);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    endpoint->request(form);
}
