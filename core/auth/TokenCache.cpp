#include "core/auth/TokenCache.h"

#include "core/auth/ClientSecretSignIn.h"
#include "core/auth/TokenEndpoint.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuth, "offboard.auth")

TokenCache::TokenCache(QNetworkAccessManager *network, const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(profile)
    , m_store(profile.keychainService())
    , m_renewTimer(new QTimer(this))
{
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, &TokenCache::renewNow);
}

void TokenCache::adopt(const SignInResult &result, const QString &clientSecret)
{
    const QString secret = m_profile.isAppOnly() ? clientSecret : result.refreshToken;
    setToken(result.token);
    if (secret.isEmpty())
        return;
    if (!m_profile.keepSecretsInKeychain) {
        m_sessionSecret = secret;
        return;
    }
    const QString key = QLatin1String(m_profile.isAppOnly() ? ClientSecretKey : RefreshTokenKey);
    m_store.write(key, secret, this, [this, secret](const SecretStore::Result &saved) {
        if (saved.status == SecretStore::Status::Ok) {
            m_sessionOnly = false;
            m_sessionSecret.clear();
            emit secretsSaved();
            return;
        }
        m_sessionSecret = secret;
        noteKeychainProblem(saved);
    });
}

void TokenCache::setToken(const AccessToken &token)
{
    m_token = token;
    scheduleRenewal();
    emit tokenChanged(m_token);
}

void TokenCache::scheduleRenewal()
{
    if (!m_token.isValid())
        return;
    const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(m_token.expires());
    // Renew five minutes early, or halfway through a short-lived token.
    const qint64 wait
        = secondsLeft > 2 * RenewBeforeExpirySeconds ? secondsLeft - RenewBeforeExpirySeconds : secondsLeft / 2;
    m_renewTimer->start(int(qBound(qint64(1), wait, qint64(24 * 3600)) * 1000));
}

void TokenCache::restore()
{
    if (!m_profile.keepSecretsInKeychain) {
        emit restored(false);
        return;
    }
    const QString key = QLatin1String(m_profile.isAppOnly() ? ClientSecretKey : RefreshTokenKey);
    m_store.read(key, this, [this](const SecretStore::Result &read) {
        if (read.status == SecretStore::Status::Ok && !read.value.isEmpty())
            return renewWith(read.value, true);
        if (read.status != SecretStore::Status::NotFound)
            noteKeychainProblem(read);
        emit restored(false);
    });
}

void TokenCache::renewNow()
{
    if (!m_sessionSecret.isEmpty())
        return renewWith(m_sessionSecret, false);
    const QString key = QLatin1String(m_profile.isAppOnly() ? ClientSecretKey : RefreshTokenKey);
    m_store.read(key, this, [this](const SecretStore::Result &read) {
        if (read.status == SecretStore::Status::Ok && !read.value.isEmpty())
            return renewWith(read.value, false);
        GraphError error;
        error.code = QStringLiteral("interaction_required");
        error.message = tr("The sign-in has expired and nothing is saved to renew it. Sign in again.");
        emit renewFailed(error);
    });
}

void TokenCache::renewWith(const QString &secretOrRefreshToken, bool emitRestored)
{
    if (m_renewal)
        return;
    const Cloud cloud = m_profile.cloud();
    if (m_profile.isAppOnly()) {
        m_renewal = new ClientSecretSignIn(
            m_network, cloud, m_profile.tenant, m_profile.clientId, secretOrRefreshToken, this);
    } else {
        // A refresh grant is a sign-in flow of its own: one POST to the token endpoint.
        class RefreshSignIn : public SignInFlow
        {
        public:
            RefreshSignIn(QNetworkAccessManager *n, const Cloud &c, const QString &t, const QString &id,
                const QString &refresh, QObject *p)
                : SignInFlow(n, c, t, id, p)
                , m_refresh(refresh)
            {
            }
            void start() override
            {
                QUrlQuery form;
                form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
                form.addQueryItem(QStringLiteral("client_id"), m_clientId);
                form.addQueryItem(QStringLiteral("refresh_token"), m_refresh);
                form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
                redeem(form);
            }

        private:
            QString m_refresh;
        };
        auto *refresh
            = new RefreshSignIn(m_network, cloud, m_profile.tenant, m_profile.clientId, secretOrRefreshToken, this);
        refresh->setReadOnly(m_profile.readOnly);
        m_renewal = refresh;
    }
    connect(m_renewal, &SignInFlow::succeeded, this,
        [this, secretOrRefreshToken, emitRestored](const SignInResult &result) {
            m_renewal->deleteLater();
            const bool rotated = !m_profile.isAppOnly() && !result.refreshToken.isEmpty()
                && result.refreshToken != secretOrRefreshToken;
            if (rotated)
                adopt(result);
            else
                setToken(result.token);
            if (emitRestored)
                emit restored(true);
        });
    connect(m_renewal, &SignInFlow::failed, this, [this, emitRestored](const GraphError &error) {
        m_renewal->deleteLater();
        qCWarning(lcAuth) << "renewing the access token failed:" << error.code;
        if (emitRestored)
            emit restored(false);
        else
            emit renewFailed(error);
    });
    m_renewal->start();
}

void TokenCache::signOut()
{
    m_renewTimer->stop();
    if (m_renewal)
        m_renewal->cancel();
    m_token = AccessToken();
    m_sessionSecret.clear();
    emit tokenChanged(m_token);
    if (!m_profile.keepSecretsInKeychain) {
        QTimer::singleShot(0, this, &TokenCache::signedOut);
        return;
    }
    auto pending = std::make_shared<int>(2);
    auto done = [this, pending](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok)
            noteKeychainProblem(result);
        if (--*pending == 0)
            emit signedOut();
    };
    m_store.remove(QLatin1String(RefreshTokenKey), this, done);
    m_store.remove(QLatin1String(ClientSecretKey), this, done);
}

void TokenCache::noteKeychainProblem(const SecretStore::Result &result)
{
    const bool alreadyTold = m_sessionOnly;
    m_sessionOnly = true;
    if (alreadyTold)
        return;
    m_keychainProblem = result.message.isEmpty() ? tr("The system keychain is not available.") : result.message;
    qCWarning(lcAuth) << "keychain unavailable; this sign-in lasts until Offboard closes";
    emit keychainUnavailable(tr("Your sign-in could not be saved in the system keychain (%1). You stay signed in until "
                                "Offboard closes, and will have to sign in again next time.")
                                 .arg(m_keychainProblem));
}
