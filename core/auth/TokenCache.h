#pragma once

#include "core/auth/AccessToken.h"
#include "core/auth/ConnectionProfile.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SignInFlow.h"
#include "core/graph/GraphError.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

// The signed-in identity of one connection profile. The access token lives in memory only; the refresh token
// (delegated) or client secret (app-only) lives in the OS keychain, one service per profile, and nowhere else.
// The access token is renewed silently before it expires. If the keychain cannot be used, the session still works
// but ends with the app (isSessionOnly()).
class TokenCache : public QObject
{
    Q_OBJECT

public:
    static constexpr auto RefreshTokenKey = "refresh-token";
    static constexpr auto ClientSecretKey = "client-secret";
    static constexpr int RenewBeforeExpirySeconds = 300;

    TokenCache(QNetworkAccessManager *network, const ConnectionProfile &profile, QObject *parent = nullptr);

    const ConnectionProfile &profile() const { return m_profile; }
    AccessToken accessToken() const { return m_token; }
    bool isSignedIn() const { return m_token.isValid(); }
    bool isSessionOnly() const { return m_sessionOnly; }
    QString keychainProblem() const { return m_keychainProblem; }

    // After an interactive sign-in: keeps the token and saves the refresh token (or the secret) in the keychain.
    void adopt(const SignInResult &result, const QString &clientSecret = {});
    // Signs in again without asking: from the refresh token or client secret in the keychain.
    // Emits restored(true) with a fresh token, or restored(false) when the user must sign in.
    void restore();
    void renewNow();
    // Forgets the token and deletes this profile's keychain entries; emits signedOut() when done.
    void signOut();

signals:
    void tokenChanged(const AccessToken &token);
    void restored(bool ok);
    void renewFailed(const GraphError &error);
    void keychainUnavailable(const QString &message);
    void secretsSaved();
    void signedOut();

private:
    void setToken(const AccessToken &token);
    void scheduleRenewal();
    void renewWith(const QString &secretOrRefreshToken, bool emitRestored);
    void noteKeychainProblem(const SecretStore::Result &result);

    QNetworkAccessManager *m_network;
    ConnectionProfile m_profile;
    SecretStore m_store;
    AccessToken m_token;
    QString m_sessionSecret; // only while the keychain cannot hold it
    QTimer *m_renewTimer;
    QPointer<SignInFlow> m_renewal;
    bool m_sessionOnly = false;
    QString m_keychainProblem;
};
