#include "AppController.h"

#include "DemoSignIn.h"
#include "DemoTenantHost.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TokenCache.h"
#include "Translator.h"

#include <QApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QNetworkProxyFactory>

AppController::AppController(const AppOptions &options, Translator *translator, QObject *parent)
    : QObject(parent), m_options(options), m_translator(translator), m_client(&m_network)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client.setTokenProvider([this] { return m_cache ? m_cache->accessToken().raw() : QString(); });
}

AppController::~AppController()
{
    m_window.reset();
    delete m_dialog;
}

void AppController::start()
{
    if (m_options.demo)
        return startDemo();
    restoreOrAsk({});
}

void AppController::fail(const QString &message)
{
    QMessageBox::critical(m_window.get(), tr("Offboard"), message);
    if (!m_window)
        QApplication::exit(1);
}

ConnectionProfile AppController::demoProfile() const
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo-tenant");
    profile.name = tr("Demo tenant (built in)");
    profile.cloudId = QStringLiteral("custom");
    profile.customGraphUrl = m_demo->graphUrl();
    QUrl login = m_demo->authorityUrl();
    login.setPath(QString());
    profile.customLoginUrl = login;
    profile.tenant = QLatin1String(DemoTenant::TenantDomain);
    profile.clientId = QLatin1String(DemoTenant::PublicClientId);
    profile.keepSecretsInKeychain = false;
    profile.readOnly = m_options.demoReadOnly;
    return profile;
}

void AppController::startDemo()
{
    m_demo = std::make_unique<DemoTenantHost>(m_options.demoServer);
    connect(m_demo.get(), &DemoTenantHost::failed, this, &AppController::fail);
    connect(m_demo.get(), &DemoTenantHost::ready, this, [this] {
        if (m_options.demoSignInDialog)
            showSignInDialog({demoProfile()});
        else
            signInToDemoDirectly();
    });
    m_demo->start();
}

void AppController::signInToDemoDirectly()
{
    const QJsonObject description = m_demo->server()->describe();
    QString upn;
    QString password;
    for (const auto &entry : description.value(QStringLiteral("accounts")).toArray()) {
        if (entry.toObject().value(QStringLiteral("role")).toString() == m_options.demoRole) {
            upn = entry.toObject().value(QStringLiteral("upn")).toString();
            password = entry.toObject().value(QStringLiteral("password")).toString();
        }
    }
    const ConnectionProfile profile = demoProfile();
    auto *signIn = new DemoSignIn(&m_network, profile.cloud(), profile.tenant, profile.clientId, upn, password, this);
    signIn->setReadOnly(profile.readOnly);
    connect(signIn, &SignInFlow::failed, this, [this, signIn, profile](const GraphError &error) {
        signIn->deleteLater();
        if (SignInFlow::isConsentRefusal(error) && !profile.readOnly) {
            // The demo organisation consented only the reads: fall back as the sign-in dialog offers to.
            m_options.demoReadOnly = true;
            m_fallbackNotice = tr("The demo organisation has not consented to Offboard's write permissions (%1), so you are "
                                  "signed in read-only: lists and details, no actions.").arg(error.summary());
            return signInToDemoDirectly();
        }
        fail(tr("Signing in to the demo tenant failed: %1").arg(error.summary()));
    });
    connect(signIn, &SignInFlow::succeeded, this, [this, signIn, profile](const SignInResult &result) {
        signIn->deleteLater();
        auto *cache = new TokenCache(&m_network, profile);
        cache->adopt(result);
        openMainWindow(cache);
    });
    signIn->start();
}

void AppController::restoreOrAsk(const QList<ConnectionProfile> &ephemeral)
{
    const QString last = ProfileStore::lastUsed();
    const QList<ConnectionProfile> saved = ProfileStore::load();
    const auto profile = std::find_if(saved.begin(), saved.end(), [&](const ConnectionProfile &p) { return p.id == last; });
    if (profile == saved.end())
        return showSignInDialog(ephemeral);
    auto *cache = new TokenCache(&m_network, *profile);
    connect(cache, &TokenCache::restored, this, [this, cache, ephemeral](bool ok) {
        if (ok)
            return openMainWindow(cache);
        cache->deleteLater();
        showSignInDialog(ephemeral);
    });
    cache->restore();
}

void AppController::showSignInDialog(const QList<ConnectionProfile> &ephemeral)
{
    m_dialog = new SignInDialog(&m_network, ephemeral);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { openMainWindow(m_dialog->takeTokenCache()); });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QApplication::quit();
    });
    m_dialog->show();
}

void AppController::openMainWindow(TokenCache *cache)
{
    m_cache.reset(cache);
    cache->setParent(nullptr);
    const ConnectionProfile &profile = cache->profile();
    const Cloud cloud = profile.cloud();
    m_client.setBaseUrl(cloud.graphBase());
    const bool demo = m_demo != nullptr;
    auto session = [cache, profile, cloud, demo] {
        return SessionInfo{cache->accessToken(), profile.tenant, cloud.displayName(), demo, profile.readOnly};
    };
    m_window = std::make_unique<MainWindow>(&m_client, session(), m_translator);
    connect(cache, &TokenCache::tokenChanged, m_window.get(), [this, session] { m_window->setSession(session()); });
    connect(cache, &TokenCache::keychainUnavailable, m_window.get(), &MainWindow::showNotice);
    connect(cache, &TokenCache::renewFailed, m_window.get(), [this](const GraphError &error) {
        m_window->showNotice(tr("Your sign-in could not be renewed (%1). Sign out and sign in again.").arg(error.summary()));
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    if (!m_fallbackNotice.isEmpty())
        m_window->showNotice(std::exchange(m_fallbackNotice, QString()));
    if (cache->isSessionOnly())
        m_window->showNotice(tr("Your sign-in could not be saved in the system keychain (%1). You stay signed in until "
                                "Offboard closes.").arg(cache->keychainProblem()));
    m_window->show();
}

void AppController::signOut()
{
    if (!m_cache || m_signingOut)
        return; // a second click while the first sign-out is on its way
    m_signingOut = true;
    m_client.endSession(); // nothing made under this sign-in is sent again, whatever still waits
    connect(m_cache.get(), &TokenCache::signedOut, this, [this] {
        m_signingOut = false;
        m_window->close();
        m_window.release()->deleteLater();
        m_cache.release()->deleteLater();
        showSignInDialog(m_demo ? QList<ConnectionProfile>{demoProfile()} : QList<ConnectionProfile>());
    });
    m_cache->signOut();
}
