#pragma once

#include "demo/DemoTenant.h"
#include "demo/DemoTokenService.h"
#include "demo/SimHttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

// Microsoft Entra ID's v2 endpoints for the demo tenant: OpenID configuration, authorize (authorization code with
// PKCE, a small sign-in page), token (authorization_code, refresh_token, client_credentials, device_code, password),
// devicecode and the device login page. Errors carry Entra's error codes (AADSTS…).
class IdentitySimulator
{
    Q_DECLARE_TR_FUNCTIONS(IdentitySimulator)

public:
    IdentitySimulator(DemoTenant &tenant, const DemoTokenService &tokens);

    SimResponse handle(const SimRequest &request);

    void setAccessTokenLifetime(int seconds) { m_accessTokenLifetime = seconds; }
    void setDeviceCodeInterval(int seconds) { m_deviceCodeInterval = seconds; }
    void setDeviceCodeLifetime(int seconds) { m_deviceCodeLifetime = seconds; }

    // Issues a delegated access token directly (used by the in-process demo and by tests that need "a signed-in user").
    QString issueAccessToken(const DemoAccount &account, const QStringList &scopes);

private:
    struct Grant
    {
        QString userPrincipalName; // empty for app-only
        QString clientId;
        QStringList scopes; // granted Graph scopes (delegated)
        QString codeChallenge;
        QString codeChallengeMethod;
        QString redirectUri;
        QString nonce;
        QDateTime expires;
    };
    struct DeviceCode
    {
        QString userCode;
        QString clientId;
        QStringList requestedScopes;
        QString userPrincipalName; // set once approved
        bool declined = false;
        QDateTime expires;
        QDateTime lastPoll;
        int interval = 5;
    };

    SimResponse openIdConfiguration(const SimRequest &request, const QString &tenant);
    SimResponse authorize(const SimRequest &request, const QString &tenant);
    SimResponse token(const SimRequest &request, const QString &tenant);
    SimResponse deviceCode(const SimRequest &request, const QString &tenant);
    SimResponse deviceLogin(const SimRequest &request, const QString &tenant);

    SimResponse tokenForAuthorizationCode(const SimRequest &request, const QUrlQuery &form, const QString &clientId);
    SimResponse tokenForRefreshToken(const QUrlQuery &form, const QString &clientId, const SimRequest &request);
    SimResponse tokenForClientCredentials(const SimRequest &request, const QUrlQuery &form, const QString &clientId);
    SimResponse tokenForDeviceCode(const SimRequest &request, const QUrlQuery &form, const QString &clientId);
    SimResponse tokenForPassword(const SimRequest &request, const QUrlQuery &form, const QString &clientId);

    SimResponse delegatedTokens(const SimRequest &request, const DemoAccount &account, const QString &clientId,
        const QStringList &requestedScopes, const QString &nonce);
    QStringList grantedScopes() const;
    static QString answeredScope(const QStringList &requested, const QStringList &granted);
    QStringList unconsentedScopes(const QStringList &requested) const;
    bool knownTenant(const QString &tenant) const;
    QString issuer() const;
    QString authorityBase(const SimRequest &request) const;
    SimResponse oauthError(
        const SimRequest &request, int status, const QString &error, int aadsts, const QString &description) const;
    QString signInPage(const SimRequest &request, const QUrlQuery &params, const QString &message) const;
    QString adminApprovalPage(const SimRequest &request, const QUrlQuery &params, const QStringList &missing) const;
    QString deviceLoginPage(const QString &message, const QString &userCode) const;

    DemoTenant &m_tenant;
    const DemoTokenService &m_tokens;
    QHash<QString, Grant> m_codes;
    QHash<QString, Grant> m_refreshTokens;
    QHash<QString, DeviceCode> m_deviceCodes; // by device_code
    int m_accessTokenLifetime = 3599;
    int m_deviceCodeInterval = 5;
    int m_deviceCodeLifetime = 900;
};
