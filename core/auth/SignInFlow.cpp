#include "core/auth/SignInFlow.h"

#include "core/auth/TokenEndpoint.h"

SignInFlow::SignInFlow(
    QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
    , m_tenant(tenant)
    , m_clientId(clientId)
{
}

QStringList SignInFlow::delegatedScopes(const Cloud &cloud, bool readOnly)
{
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access"),
        cloud.scope(QStringLiteral("User.Read.All"))};
    // Device.Read.All: the Microsoft Entra devices an offboarding finds. Directory.AccessAsUser.All: what "Update
    // device" and "Delete device" take for a signed-in person (with an Entra role such as Cloud Device Administrator).
    if (readOnly)
        return scopes
            + QStringList {cloud.scope(QStringLiteral("DeviceManagementManagedDevices.Read.All")),
                cloud.scope(QStringLiteral("DeviceManagementServiceConfig.Read.All")),
                cloud.scope(QStringLiteral("Device.Read.All"))};
    return scopes
        + QStringList {cloud.scope(QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All")),
            cloud.scope(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")),
            cloud.scope(QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All")),
            cloud.scope(QStringLiteral("Device.Read.All")), cloud.scope(QStringLiteral("Directory.AccessAsUser.All"))};
}

bool SignInFlow::isConsentRefusal(const GraphError &error)
{
    // consent_required: OpenID Connect Core 3.1.2.6. AADSTS65001 (no consent), 90093/90094 (admin approval needed) and
    // 65004 (declined, also the way back from "Need admin approval"): "Troubleshoot consent issues in Microsoft Entra
    // ID".
    if (error.code == QLatin1String("consent_required"))
        return true;
    for (const char *code : {"AADSTS65001", "AADSTS90093", "AADSTS90094", "AADSTS65004"}) {
        if (error.message.contains(QLatin1String(code)))
            return true;
    }
    return false;
}

void SignInFlow::cancel()
{
    m_done = true;
}

QUrl SignInFlow::oauthUrl(const char *leaf) const
{
    return QUrl(m_cloud.authority(m_tenant).toString() + QStringLiteral("/oauth2/v2.0/") + QLatin1String(leaf));
}

TokenEndpoint *SignInFlow::endpoint()
{
    return new TokenEndpoint(m_network, m_cloud.authority(m_tenant), this);
}

void SignInFlow::redeem(const QUrlQuery &form)
{
    TokenEndpoint *tokens = endpoint();
    connect(tokens, &TokenEndpoint::finished, this, [this, tokens](const TokenResponse &response) {
        tokens->deleteLater();
        if (!response.ok())
            return fail(response.error);
        succeed({AccessToken::fromTokenAnswer(response.accessToken, response.expiresIn), response.refreshToken});
    });
    tokens->request(form);
}

void SignInFlow::succeed(const SignInResult &result)
{
    if (m_done)
        return;
    m_done = true;
    if (!result.token.isValid())
        emit failed(
            GraphError::invalidResponse(tr("The sign-in service returned an access token that could not be read.")));
    else
        emit succeeded(result);
}

void SignInFlow::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(error);
}
