#pragma once

#include "core/auth/SignInFlow.h"

// App-only sign-in with a client secret (client credentials). There is no refresh token: the secret signs in again.
class ClientSecretSignIn : public SignInFlow
{
    Q_OBJECT

public:
    ClientSecretSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
        const QString &clientId, const QString &secret, QObject *parent = nullptr);
    void start() override;

private:
    QString m_secret;
};
