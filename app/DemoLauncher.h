#pragma once

#include "core/auth/ConnectionProfile.h"
#include "demo/DemoServer.h"

#include <QObject>

#include <memory>

class AppController;
class DemoTenantHost;
class GraphError;

struct DemoLaunchOptions
{
    DemoServerOptions server;
    bool signInDialog = false; // --sign-in: through the sign-in dialog, not at once
    QString role = QStringLiteral("helpdeskAdmin"); // the demo account signed in at once
    bool readOnly = false; // --read-only
};

// `offboard --demo`: starts the demo tenant on loopback and gives the app only what it would get for Microsoft's
// service, a connection (addresses, tenant, client) and, unless the dialog is asked for, an identity signed in
// through the demo's Entra ID token endpoint.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    DemoLauncher(const DemoLaunchOptions &options, AppController *app, QObject *parent = nullptr);
    ~DemoLauncher() override;

    void start();
    ConnectionProfile connection() const;
    DemoServer *server() const; // for tests: faults, the request log, the clock

private:
    void signInDirectly();
    void onSignInFailed(const GraphError &error);

    DemoLaunchOptions m_options;
    AppController *m_app;
    std::unique_ptr<DemoTenantHost> m_host;
    QString m_notice;
};
