#pragma once

#include "ConnectionProfile.h"
#include "DemoServer.h"
#include "GraphClient.h"
#include "SignInDialog.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class DemoTenantHost;
class MainWindow;
class TokenCache;
class Translator;

struct AppOptions
{
    bool demo = false;
    bool demoSignInDialog = false; // --demo --sign-in: sign in to the demo tenant through the sign-in dialog
    QString demoRole = QStringLiteral("helpdeskAdmin");
    bool demoReadOnly = false; // --read-only: the demo sign-in asks only for reads and runs no action
    DemoServerOptions demoServer;
};

// Wires one run of the app: (demo tenant), sign-in, the signed-in identity, Graph client and main window; sign-out.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(const AppOptions &options, Translator *translator, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_dialog; }

private:
    void startDemo();
    void signInToDemoDirectly();
    void restoreOrAsk(const QList<ConnectionProfile> &ephemeral);
    void showSignInDialog(const QList<ConnectionProfile> &ephemeral);
    void openMainWindow(TokenCache *cache);
    void signOut();
    void fail(const QString &message);
    ConnectionProfile demoProfile() const;

    AppOptions m_options;
    Translator *m_translator;
    QNetworkAccessManager m_network;
    GraphClient m_client;
    std::unique_ptr<DemoTenantHost> m_demo;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    bool m_signingOut = false;
    QString m_fallbackNotice; // said once in the main window: why the sign-in fell back to read-only
};
