#include "ui/AppController.h"
#include "core/actions/OrganisationPolicy.h"
#include "core/auth/ProfileStore.h"

#include "core/auth/TokenCache.h"
#include "core/platform/Milestones.h"
#include "core/platform/Translator.h"
#include "ui/MainWindow.h"
#include "ui/PaintMilestone.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkProxyFactory>

AppController::AppController(Translator *translator, QObject *parent)
    : QObject(parent)
    , m_translator(translator)
    , m_client(&m_network)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client.setTokenProvider([this] { return m_cache ? m_cache->accessToken().raw() : QString(); });
    // Graph turned the token away before it expired by our clock: renew now; the requests waiting go again.
    connect(&m_client, &GraphClient::tokenRejected, this, [this] {
        if (m_cache)
            m_cache->renewNow();
        else
            m_client.tokenRenewalFailed();
    });
}

AppController::~AppController()
{
    m_window.reset();
    delete m_dialog;
}

void AppController::fail(const QString &message)
{
    QMessageBox::critical(m_window.get(), tr("Offboard"), message);
    if (!m_window)
        QApplication::exit(1);
}

void AppController::start()
{
    const QString last = ProfileStore::lastUsed();
    const OrganisationPolicy &policy = OrganisationPolicy::current();
    const QList<ConnectionProfile> offered = policy.merged(ProfileStore::load());
    const auto profile
        = std::find_if(offered.begin(), offered.end(), [&](const ConnectionProfile &p) { return p.id == last; });
    if (profile == offered.end() || !policy.refusalFor(*profile).isEmpty())
        return showSignInDialog();
    auto *cache = new TokenCache(&m_network, *profile);
    connect(cache, &TokenCache::restored, this, [this, cache](bool ok) {
        if (ok)
            return openMainWindow(cache);
        cache->deleteLater();
        showSignInDialog();
    });
    cache->restore();
}

void AppController::showSignInDialog()
{
    m_dialog = new SignInDialog(&m_network, m_ephemeral);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { openMainWindow(m_dialog->takeTokenCache()); });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QApplication::quit();
    });
    PaintMilestone::watch(m_dialog, "first window");
    m_dialog->show();
}

void AppController::openSignedIn(TokenCache *cache, const QString &notice)
{
    m_notice = notice;
    openMainWindow(cache);
}

void AppController::openMainWindow(TokenCache *cache)
{
    m_cache.reset(cache);
    cache->setParent(nullptr);
    const ConnectionProfile &profile = cache->profile();
    const Cloud cloud = profile.cloud();
    m_client.setBaseUrl(cloud.graphBase());
    auto session = [cache, profile, cloud] {
        return SessionInfo {cache->accessToken(), profile.tenant, cloud.displayName(), profile.demo, profile.readOnly};
    };
    m_window = std::make_unique<MainWindow>(&m_client, session(), m_translator);
    connect(cache, &TokenCache::tokenChanged, m_window.get(), [this, session] {
        m_window->setSession(session());
        m_client.tokenRenewed();
    });
    connect(cache, &TokenCache::keychainUnavailable, m_window.get(), &MainWindow::showNotice);
    connect(cache, &TokenCache::renewFailed, m_window.get(), [this](const GraphError &error) {
        m_client.tokenRenewalFailed();
        m_window->showNotice(
            tr("Your sign-in could not be renewed (%1). Sign out and sign in again.").arg(error.summary()));
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    if (!m_notice.isEmpty())
        m_window->showNotice(std::exchange(m_notice, QString()));
    if (cache->isSessionOnly())
        m_window->showNotice(tr("Your sign-in could not be saved in the system keychain (%1). You stay signed in until "
                                "Offboard closes.")
                                 .arg(cache->keychainProblem()));
    Milestones::reach("signed in");
    PaintMilestone::watch(m_window.get(), "first window");
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
        showSignInDialog();
    });
    m_cache->signOut();
}
