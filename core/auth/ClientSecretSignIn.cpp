#include "core/auth/ClientSecretSignIn.h"

#include <QUrlQuery>

ClientSecretSignIn::ClientSecretSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
    const QString &clientId, const QString &secret, QObject *parent)
    : SignInFlow(network, cloud, tenant, clientId, parent)
    , m_secret(secret)
{
}

void ClientSecretSignIn::start()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_secret);
    form.addQueryItem(QStringLiteral("scope"), m_cloud.scope(QStringLiteral(".default")));
    redeem(form);
}
