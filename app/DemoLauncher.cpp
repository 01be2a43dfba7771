#include "app/DemoLauncher.h"

#include "app/DemoSignIn.h"
#include "core/auth/TokenCache.h"
#include "core/platform/Milestones.h"
#include "demo/DemoTenantHost.h"
#include "ui/AppController.h"

#include <QJsonArray>
#include <QJsonObject>

DemoLauncher::DemoLauncher(const DemoLaunchOptions &options, AppController *app, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_app(app)
{
}

DemoLauncher::~DemoLauncher() = default;

void DemoLauncher::start()
{
    m_host = std::make_unique<DemoTenantHost>(m_options.server);
    connect(m_host.get(), &DemoTenantHost::failed, m_app, &AppController::fail);
    connect(m_host.get(), &DemoTenantHost::ready, this, [this] {
        m_app->setEphemeralConnections({connection()});
        if (m_options.signInDialog)
            m_app->showSignInDialog();
        else
            signInDirectly();
    });
    m_host->start();
}

ConnectionProfile DemoLauncher::connection() const
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo-tenant");
    profile.name = tr("Demo tenant (built in)");
    profile.cloudId = QStringLiteral("custom");
    profile.customGraphUrl = m_host->graphUrl();
    QUrl login = m_host->authorityUrl();
    login.setPath(QString());
    profile.customLoginUrl = login;
    profile.tenant = QLatin1String(DemoTenant::TenantDomain);
    profile.clientId = QLatin1String(DemoTenant::PublicClientId);
    profile.keepSecretsInKeychain = false; // its tokens die with the run
    profile.demo = true;
    profile.readOnly = m_options.readOnly;
    return profile;
}

void DemoLauncher::signInDirectly()
{
    QString upn;
    QString password;
    for (const auto &entry : m_host->server()->describe().value(QStringLiteral("accounts")).toArray()) {
        if (entry.toObject().value(QStringLiteral("role")).toString() == m_options.role) {
            upn = entry.toObject().value(QStringLiteral("upn")).toString();
            password = entry.toObject().value(QStringLiteral("password")).toString();
        }
    }
    const ConnectionProfile profile = connection();
    auto *signIn
        = new DemoSignIn(m_app->network(), profile.cloud(), profile.tenant, profile.clientId, upn, password, this);
    signIn->setReadOnly(profile.readOnly);
    connect(signIn, &SignInFlow::failed, this, [this, signIn](const GraphError &error) {
        signIn->deleteLater();
        onSignInFailed(error);
    });
    connect(signIn, &SignInFlow::succeeded, this, [this, signIn, profile](const SignInResult &result) {
        signIn->deleteLater();
        auto *cache = new TokenCache(m_app->network(), profile);
        cache->adopt(result);
        m_app->openSignedIn(cache, m_notice);
    });
    Milestones::reach("sign-in started");
    signIn->start();
}

void DemoLauncher::onSignInFailed(const GraphError &error)
{
    if (SignInFlow::isConsentRefusal(error) && !m_options.readOnly) {
        // The demo organisation consented only the reads: fall back as the sign-in dialog offers to.
        m_options.readOnly = true;
        m_notice = tr("The demo organisation has not consented to Offboard's write permissions (%1), so you are "
                      "signed in read-only: lists and details, no actions.")
                       .arg(error.summary());
        m_app->setEphemeralConnections({connection()});
        return signInDirectly();
    }
    m_app->fail(tr("Signing in to the demo tenant failed: %1").arg(error.summary()));
}

DemoServer *DemoLauncher::server() const
{
    return m_host ? m_host->server() : nullptr;
}
