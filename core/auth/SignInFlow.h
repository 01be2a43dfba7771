#pragma once

#include "core/auth/AccessToken.h"
#include "core/graph/Cloud.h"
#include "core/graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class LoopbackRedirectListener;
class QTimer;
class TokenEndpoint;

struct SignInResult
{
    AccessToken token;
    QString refreshToken;
};
Q_DECLARE_METATYPE(SignInResult)

// One sign-in to Microsoft Entra ID. Emits succeeded() or failed() once; cancel() ends it quietly.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    SignInFlow(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId,
               QObject *parent = nullptr);
    virtual void start() = 0;
    virtual void cancel();
    // Ask only for read permissions (see ConnectionProfile::readOnly). Delegated flows only.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The delegated scopes Offboard asks for: its reads, the five actions unless read-only, and a refresh token.
    static QStringList delegatedScopes(const Cloud &cloud, bool readOnly);
    // Entra ID refused because nobody has consented to what Offboard asks for, or the person declined to: a read-only
    // sign-in may still work.
    static bool isConsentRefusal(const GraphError &error);

signals:
    void succeeded(const SignInResult &result);
    void failed(const GraphError &error);

protected:
    TokenEndpoint *endpoint();
    void redeem(const QUrlQuery &form);
    void succeed(const SignInResult &result);
    void fail(const GraphError &error);
    bool isDone() const { return m_done; }

    QNetworkAccessManager *m_network;
    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
    bool m_readOnly = false;

private:
    bool m_done = false;
};

// Authorization code with PKCE (S256): the system browser signs in, the answer comes back to a loopback listener.
class BrowserSignIn : public SignInFlow
{
    Q_OBJECT

public:
    using SignInFlow::SignInFlow;
    void start() override;
    void cancel() override;
    QUrl redirectUri() const { return m_redirectUri; }

signals:
    // The UI opens this in the system browser (core code never touches widgets or desktop services).
    void openBrowser(const QUrl &authorizeUrl);

private:
    void onRedirect(const QUrlQuery &answer);

    LoopbackRedirectListener *m_listener = nullptr;
    QString m_verifier;
    QString m_state;
    QUrl m_redirectUri;
};

// Device code flow, for machines without a usable browser: show a code, poll until the user has signed in elsewhere.
class DeviceCodeSignIn : public SignInFlow
{
    Q_OBJECT

public:
    using SignInFlow::SignInFlow;
    void start() override;
    void cancel() override;
    int interval() const { return m_interval; }

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expires);

private:
    void poll();

    QString m_deviceCode;
    int m_interval = 5;
    QDateTime m_expires;
    QTimer *m_timer = nullptr;
};

// App-only sign-in with a client secret (client credentials). There is no refresh token: the secret signs in again.
class ClientSecretSignIn : public SignInFlow
{
    Q_OBJECT

public:
    ClientSecretSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId,
                       const QString &secret, QObject *parent = nullptr);
    void start() override;

private:
    QString m_secret;
};
