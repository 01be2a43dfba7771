#include "core/auth/SignInFlow.h"

#include "core/graph/GraphClient.h"
#include "core/auth/LoopbackRedirectListener.h"
#include "core/auth/TokenEndpoint.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString oauthPath(const Cloud &cloud, const QString &tenant, const char *leaf)
{
    return cloud.authority(tenant).toString() + QStringLiteral("/oauth2/v2.0/") + QLatin1String(leaf);
}

} // namespace

SignInFlow::SignInFlow(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant, const QString &clientId,
                       QObject *parent)
    : QObject(parent), m_network(network), m_cloud(cloud), m_tenant(tenant), m_clientId(clientId)
{
}

QStringList SignInFlow::delegatedScopes(const Cloud &cloud, bool readOnly)
{
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access"),
                          cloud.scope(QStringLiteral("User.Read.All"))};
    if (readOnly)
        return scopes + QStringList{cloud.scope(QStringLiteral("DeviceManagementManagedDevices.Read.All")),
                                    cloud.scope(QStringLiteral("DeviceManagementServiceConfig.Read.All"))};
    return scopes + QStringList{cloud.scope(QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All")),
                                cloud.scope(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")),
                                cloud.scope(QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All"))};
}

bool SignInFlow::isConsentRefusal(const GraphError &error)
{
    // consent_required: OpenID Connect Core 3.1.2.6. AADSTS65001 (no consent), 90093/90094 (admin approval needed) and
    // 65004 (declined, also the way back from "Need admin approval"): "Troubleshoot consent issues in Microsoft Entra ID".
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
        succeed({AccessToken::fromJwt(response.accessToken), response.refreshToken});
    });
    tokens->request(form);
}

void SignInFlow::succeed(const SignInResult &result)
{
    if (m_done)
        return;
    m_done = true;
    if (!result.token.isValid())
        emit failed(GraphError::invalidResponse(tr("The sign-in service returned an access token that could not be read.")));
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

void BrowserSignIn::start()
{
    // Only the loopback interfaces: nothing on the network can answer in the browser's place.
    m_listener = new LoopbackRedirectListener(this);
    if (!m_listener->listen())
        return fail(GraphError::invalidResponse(tr("Could not open a local port for the browser to return to.")));
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &BrowserSignIn::onRedirect);
    m_redirectUri = m_listener->redirectUri();
    m_verifier = randomUrlSafe(48);
    m_state = randomUrlSafe(16);
    m_listener->setExpectedState(m_state);
    const QString challenge = QString::fromLatin1(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    QUrl url(oauthPath(m_cloud, m_tenant, "authorize"));
    url.setQuery(GraphClient::encodeQuery(query), QUrl::StrictMode);
    emit openBrowser(url);
}

void BrowserSignIn::cancel()
{
    SignInFlow::cancel();
    if (m_listener)
        m_listener->close();
}

void BrowserSignIn::onRedirect(const QUrlQuery &answer)
{
    if (isDone())
        return;
    auto value = [&](const char *key) { return answer.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (answer.hasQueryItem(QStringLiteral("error"))) {
        GraphError error;
        error.code = value("error");
        error.message = value("error_description");
        return fail(error);
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code"), value("code"));
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    redeem(form);
}

void DeviceCodeSignIn::start()
{
    const QUrl url(oauthPath(m_cloud, m_tenant, "devicecode"));
    if (!GraphClient::isAcceptableScheme(url))
        return fail(GraphError::invalidResponse(tr("The sign-in address %1 is not secure (HTTPS is required).").arg(url.toDisplayString())));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    QNetworkReply *reply = m_network->post(TokenEndpoint::formRequest(url), TokenEndpoint::encodeForm(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (isDone())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status != 200 || !json.contains(QStringLiteral("device_code")))
            return fail(TokenEndpoint::errorOf(reply, body));
        m_deviceCode = json.value(QStringLiteral("device_code")).toString();
        m_interval = qMax(1, json.value(QStringLiteral("interval")).toInt(5));
        m_expires = QDateTime::currentDateTimeUtc().addSecs(json.value(QStringLiteral("expires_in")).toInt(900));
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
        m_timer->start(m_interval * 1000);
        emit codeReady(json.value(QStringLiteral("user_code")).toString(), QUrl(json.value(QStringLiteral("verification_uri")).toString()),
                       m_expires);
    });
}

void DeviceCodeSignIn::cancel()
{
    SignInFlow::cancel();
    if (m_timer)
        m_timer->stop();
}

void DeviceCodeSignIn::poll()
{
    if (isDone())
        return;
    TokenEndpoint *tokens = endpoint();
    connect(tokens, &TokenEndpoint::finished, this, [this, tokens](const TokenResponse &response) {
        tokens->deleteLater();
        if (isDone())
            return;
        if (response.ok())
            return succeed({AccessToken::fromJwt(response.accessToken), response.refreshToken});
        const QString code = response.error.code;
        if (code == QLatin1String("authorization_pending") || code == QLatin1String("slow_down")) {
            if (code == QLatin1String("slow_down"))
                m_interval += 5; // RFC 8628: wait five seconds longer from now on
            if (QDateTime::currentDateTimeUtc() < m_expires) {
                m_timer->start(m_interval * 1000);
                return;
            }
        }
        fail(response.error);
    });
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    tokens->request(form);
}

ClientSecretSignIn::ClientSecretSignIn(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
                                       const QString &clientId, const QString &secret, QObject *parent)
    : SignInFlow(network, cloud, tenant, clientId, parent), m_secret(secret)
{
}

void ClientSecretSignIn::start()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_secret);
    form.addQueryItem(QStringLiteral("scope"), m_cloud.scope(QStringLiteral(".default")));
    redeem(form);
}
