#pragma once

#include "GraphError.h"
#include "SignInFlow.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Signs in to the built-in demo tenant as one of its documented demo accounts (the password grant of its Entra ID
// token endpoint), so `offboard --demo` opens signed in. Only ever used with the demo tenant's authority;
// `offboard --demo --sign-in` goes through the real sign-in dialog instead.
class DemoSignIn : public QObject
{
    Q_OBJECT

public:
    DemoSignIn(QNetworkAccessManager *network, const QUrl &authority, QObject *parent = nullptr);

    void signIn(const QString &clientId, const QString &userPrincipalName, const QString &password, const QStringList &scopes);

signals:
    void signedIn(const SignInResult &result);
    void failed(const GraphError &error);

private:
    QNetworkAccessManager *m_network;
    QUrl m_authority;
};
