#pragma once

#include "core/auth/ConnectionProfile.h"
#include "core/graph/GraphClient.h"
#include "ui/SignInDialog.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class MainWindow;
class TokenCache;
class Translator;

// Wires one run of the app: sign-in, the signed-in identity, Graph client and main window; sign-out.
// It knows connections only (addresses, tenant, client, whether it is the demo for the banner), never how the
// service behind them is made: main.cpp starts the demo tenant when asked.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(Translator *translator, QObject *parent = nullptr);
    ~AppController() override;

    // Signs in silently with the last connection whose secret is in the keychain, else asks.
    void start();
    // Connections offered first in the sign-in dialog and never saved (the demo tenant, whose address changes).
    void setEphemeralConnections(const QList<ConnectionProfile> &connections) { m_ephemeral = connections; }
    void showSignInDialog();
    // Opens the main window for an identity signed in by someone else (the demo's own sign-in); notice is said once.
    void openSignedIn(TokenCache *cache, const QString &notice = {});
    // A failure before any window exists ends the run.
    void fail(const QString &message);

    QNetworkAccessManager *network() { return &m_network; }
    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_dialog; }

private:
    void openMainWindow(TokenCache *cache);
    void signOut();

    Translator *m_translator;
    QNetworkAccessManager m_network;
    GraphClient m_client;
    QList<ConnectionProfile> m_ephemeral;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    bool m_signingOut = false;
    QString m_notice; // said once in the next main window
};
