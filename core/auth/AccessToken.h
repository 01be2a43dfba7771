#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The claims of a Graph access token that the app needs: who, which tenant, which permissions, until when.
// The token is not verified here: Graph verifies it; the claims only tell the UI what to offer.
class AccessToken
{
public:
    AccessToken() = default;
    static AccessToken fromJwt(const QString &jwt);
    // The token as the token endpoint gave it: it expires expiresInSeconds (expires_in) after it arrived, by this
    // machine's clock. The exp claim is the server's clock, which may be minutes off ours (clock skew).
    static AccessToken fromTokenAnswer(const QString &jwt, int expiresInSeconds);

    bool isValid() const { return !m_raw.isEmpty() && m_expires.isValid(); }
    QString raw() const { return m_raw; }
    QString userPrincipalName() const { return m_upn; }
    QString displayName() const { return m_name; }
    QString tenantId() const { return m_tenantId; }
    QString appId() const { return m_appId; }
    QString appDisplayName() const { return m_appName; }
    bool isAppOnly() const { return m_appOnly; }
    // Delegated scopes (scp) or application roles (roles).
    QStringList permissions() const { return m_permissions; }
    bool hasPermission(const QString &permission) const { return m_permissions.contains(permission); }
    QDateTime expires() const { return m_expires; }
    // The operator shown in the UI and written to the journal: the UPN, or the app id for app-only sign-in.
    QString operatorName() const { return m_appOnly ? m_appId : m_upn; }

private:
    QString m_raw;
    QString m_upn;
    QString m_name;
    QString m_tenantId;
    QString m_appId;
    QString m_appName;
    bool m_appOnly = false;
    QStringList m_permissions;
    QDateTime m_expires;
};
