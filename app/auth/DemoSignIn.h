#pragma once

#include "AccessToken.h"
#include "GraphError.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Signs in to the built-in demo tenant as one of its documented demo accounts, over its Entra ID token endpoint,
// so `offboard --demo` opens signed in. Only ever used with the demo tenant's authority.
class DemoSignIn : public QObject
{
    Q_OBJECT

public:
    DemoSignIn(QNetworkAccessManager *network, const QUrl &authority, QObject *parent = nullptr);

    void signIn(const QString &clientId, const QString &userPrincipalName, const QString &password);

signals:
    void signedIn(const AccessToken &token);
    void failed(const GraphError &error);

private:
    QNetworkAccessManager *m_network;
    QUrl m_authority;
};
