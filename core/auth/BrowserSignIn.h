#pragma once

#include "core/auth/SignInFlow.h"

#include <QUrlQuery>

class LoopbackRedirectListener;

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
