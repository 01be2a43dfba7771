#pragma once

#include "core/auth/AccessToken.h"
#include "core/graph/Cloud.h"
#include "core/graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class TokenEndpoint;

struct SignInResult
{
    AccessToken token;
    QString refreshToken;
};
Q_DECLARE_METATYPE(SignInResult)

// One sign-in to Microsoft Entra ID. Emits succeeded() or failed() once; cancel() ends it quietly.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    SignInFlow(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId,
        QObject *parent = nullptr);
    virtual void start() = 0;
    virtual void cancel();
    // Ask only for read permissions (see ConnectionProfile::readOnly). Delegated flows only.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The delegated scopes Offboard asks for: its reads, the five actions unless read-only, and a refresh token.
    static QStringList delegatedScopes(const Cloud &cloud, bool readOnly);
    // Entra ID refused because nobody has consented to what Offboard asks for, or the person declined to: a read-only
    // sign-in may still work.
    static bool isConsentRefusal(const GraphError &error);

signals:
    void succeeded(const SignInResult &result);
    void failed(const GraphError &error);

protected:
    TokenEndpoint *endpoint();
    // An endpoint of the tenant's authority, e.g. "authorize" or "devicecode".
    QUrl oauthUrl(const char *leaf) const;
    void redeem(const QUrlQuery &form);
    void succeed(const SignInResult &result);
    void fail(const GraphError &error);
    bool isDone() const { return m_done; }

    QNetworkAccessManager *m_network;
    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
    bool m_readOnly = false;

private:
    bool m_done = false;
};
