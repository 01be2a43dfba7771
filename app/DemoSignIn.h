#pragma once

#include "core/auth/SignInFlow.h"

// Signs in to the built-in demo tenant as one of its documented demo accounts (the password grant of its Entra ID
// token endpoint), so `offboard --demo` opens signed in. Only ever used with the demo tenant's authority;
// `offboard --demo --sign-in` goes through the real sign-in dialog instead.
class DemoSignIn : public SignInFlow
{
    Q_OBJECT

public:
    DemoSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId,
        const QString &userPrincipalName, const QString &password, QObject *parent = nullptr);
    void start() override;

private:
    QString m_userPrincipalName;
    QString m_password;
};
