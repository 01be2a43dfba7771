#include "app/DemoSignIn.h"

#include <QUrlQuery>

DemoSignIn::DemoSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
    const QString &clientId, const QString &userPrincipalName, const QString &password, QObject *parent)
    : SignInFlow(network, cloud, tenant, clientId, parent)
    , m_userPrincipalName(userPrincipalName)
    , m_password(password)
{
}

void DemoSignIn::start()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("username"), m_userPrincipalName);
    form.addQueryItem(QStringLiteral("password"), m_password);
    form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    redeem(form);
}
