#include "demo/IdentitySimulator.h"

#include "demo/DemoClock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

using namespace SimHttp;

namespace {

const QString kGraphResource = QStringLiteral("https://graph.microsoft.com/");
const QStringList kOidcScopes
    = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access"), QStringLiteral("email")};

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString userCodeText()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return code;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

// The authorize request's parameters carried through a page's form, but for those the form asks afresh.
QString hiddenFields(const QUrlQuery &params, const QStringList &asked)
{
    QString hidden;
    for (const auto &pair : params.queryItems(QUrl::FullyDecoded)) {
        if (!asked.contains(pair.first))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                          .arg(htmlEscape(pair.first), htmlEscape(pair.second));
    }
    return hidden;
}

// Accepts "https://graph.microsoft.com/X", "X" (Graph is the default resource) and the OIDC scopes.
QStringList requestedGraphScopes(const QString &scope, bool *defaultScope, bool *other)
{
    QStringList scopes;
    *defaultScope = false;
    *other = false;
    for (const auto &word : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (kOidcScopes.contains(word))
            continue;
        QString name = word;
        if (name.startsWith(kGraphResource))
            name = name.mid(kGraphResource.size());
        else if (name.contains(QLatin1String("://")))
            *other = true;
        if (name == QLatin1String(".default"))
            *defaultScope = true;
        else
            scopes.append(name);
    }
    return scopes;
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1")
            || url.host() == QLatin1String("[::1]") || url.host() == QLatin1String("::1"));
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

IdentitySimulator::IdentitySimulator(DemoTenant &tenant, const DemoTokenService &tokens)
    : m_tenant(tenant)
    , m_tokens(tokens)
{
}

bool IdentitySimulator::knownTenant(const QString &tenant) const
{
    return tenant.compare(QLatin1String(DemoTenant::TenantId), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1String(DemoTenant::TenantDomain), Qt::CaseInsensitive) == 0
        || tenant == QLatin1String("organizations") || tenant == QLatin1String("common");
}

QString IdentitySimulator::issuer() const
{
    return QStringLiteral("https://sts.windows.net/%1/").arg(QLatin1String(DemoTenant::TenantId));
}

QString IdentitySimulator::authorityBase(const SimRequest &request) const
{
    return request.baseUrl() + QLatin1Char('/') + QLatin1String(DemoTenant::TenantId);
}

SimResponse IdentitySimulator::oauthError(
    const SimRequest &request, int status, const QString &error, int aadsts, const QString &description) const
{
    const QString timestamp = DemoClock::nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    QJsonObject body {{QStringLiteral("error"), error},
        {QStringLiteral("error_description"),
            QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
                .arg(aadsts)
                .arg(description, request.requestId, request.requestId, timestamp)},
        {QStringLiteral("error_codes"), QJsonArray {aadsts}}, {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("trace_id"), request.requestId}, {QStringLiteral("correlation_id"), request.requestId},
        {QStringLiteral("error_uri"),
            QString(request.baseUrl() + QStringLiteral("/error?code=") + QString::number(aadsts))}};
    if (aadsts == 0) {
        body.insert(QStringLiteral("error_description"), description);
        body.insert(QStringLiteral("error_codes"), QJsonArray());
    }
    SimResponse response = SimResponse::json(status, body);
    response.contentType = "application/json; charset=utf-8";
    return response;
}

SimResponse IdentitySimulator::handle(const SimRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString tenant = segments.value(0);
    const QString rest = segments.mid(1).join(QLatin1Char('/'));
    if (tenant.isEmpty())
        return SimResponse::html(404, tr("Not found."));
    if (!knownTenant(tenant))
        return oauthError(request, 400, QStringLiteral("invalid_tenant"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                           "signing into the correct cloud.")
                .arg(tenant));
    if (rest == QLatin1String("v2.0/.well-known/openid-configuration") && request.method == "GET")
        return openIdConfiguration(request, tenant);
    if (rest == QLatin1String("discovery/v2.0/keys") && request.method == "GET")
        return SimResponse::json(200, {{QStringLiteral("keys"), QJsonArray()}});
    if (rest == QLatin1String("oauth2/v2.0/authorize"))
        return authorize(request, tenant);
    const bool tokenEndpoint = rest == QLatin1String("oauth2/v2.0/token");
    if (tokenEndpoint || rest == QLatin1String("oauth2/v2.0/devicecode")) {
        if (request.method != "POST")
            return oauthError(request, 405, QStringLiteral("invalid_request"), 900561,
                QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                    .arg(QString::fromLatin1(request.method)));
        return tokenEndpoint ? token(request, tenant) : deviceCode(request, tenant);
    }
    if (rest == QLatin1String("devicelogin"))
        return deviceLogin(request, tenant);
    return SimResponse::html(404, tr("Not found."));
}

SimResponse IdentitySimulator::openIdConfiguration(const SimRequest &request, const QString &)
{
    const QString base = authorityBase(request);
    const QJsonObject config {
        {QStringLiteral("issuer"),
            QString(
                request.baseUrl() + QLatin1Char('/') + QLatin1String(DemoTenant::TenantId) + QStringLiteral("/v2.0"))},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/token"))},
        {QStringLiteral("device_authorization_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/devicecode"))},
        {QStringLiteral("end_session_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/logout"))},
        {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/discovery/v2.0/keys"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
            QJsonArray {QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic")}},
        {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray {QStringLiteral("query")}},
        {QStringLiteral("scopes_supported"),
            QJsonArray {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                QStringLiteral("offline_access")}},
        {QStringLiteral("subject_types_supported"), QJsonArray {QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray {QStringLiteral("HS256")}},
        {QStringLiteral("code_challenge_methods_supported"),
            QJsonArray {QStringLiteral("S256"), QStringLiteral("plain")}},
        {QStringLiteral("claims_supported"),
            QJsonArray {QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp"),
                QStringLiteral("iat"), QStringLiteral("name"), QStringLiteral("oid"), QStringLiteral("tid"),
                QStringLiteral("preferred_username"), QStringLiteral("nonce")}},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("offboard-demo")},
        {QStringLiteral("msgraph_host"), request.host},
    };
    return SimResponse::json(200, config);
}

QString IdentitySimulator::signInPage(const SimRequest &request, const QUrlQuery &params, const QString &message) const
{
    const QString hidden
        = hiddenFields(params, {QStringLiteral("login"), QStringLiteral("passwd"), QStringLiteral("action")});
    QString accounts;
    for (const auto &account : m_tenant.accounts())
        accounts += QStringLiteral("<option value=\"%1\">").arg(htmlEscape(account.userPrincipalName));
    return QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
        "<h1>%2</h1><p>%3</p>%4"
        "<form method=\"post\" action=\"%5\">%6"
        "<label>%7 <input name=\"login\" list=\"accounts\" autocomplete=\"username\"></label>"
        "<datalist id=\"accounts\">%8</datalist>"
        "<label>%9 <input name=\"passwd\" type=\"password\" autocomplete=\"current-password\"></label>"
        "<button name=\"action\" value=\"signin\" type=\"submit\">%10</button>"
        "<button name=\"action\" value=\"cancel\" type=\"submit\">%11</button>"
        "</form></body></html>")
        .arg(tr("Sign in to the demo tenant"), tr("Offboard demo tenant"),
            tr("This is the simulated Microsoft Entra ID sign-in of the Offboard demo tenant. The demo accounts are "
               "listed in the README."),
            message.isEmpty() ? QString()
                              : QStringLiteral("<p role=\"alert\"><strong>%1</strong></p>").arg(htmlEscape(message)),
            htmlEscape(request.path), hidden, tr("Account"), accounts, tr("Password"), tr("Sign in"), tr("Cancel"));
}

// "Need admin approval", the page Entra ID shows a person who may not consent to what an app asks for
// (AADSTS90094 in "Troubleshoot consent issues in Microsoft Entra ID"); its one way on is back to the app.
QString IdentitySimulator::adminApprovalPage(
    const SimRequest &request, const QUrlQuery &params, const QStringList &missing) const
{
    const QString hidden = hiddenFields(params, {QStringLiteral("passwd"), QStringLiteral("action")});
    QString items;
    for (const auto &scope : missing)
        items += QStringLiteral("<li>%1</li>").arg(htmlEscape(scope));
    return QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><h1>%1</h1>"
        "<p>%2</p><ul>%3</ul><form method=\"post\" action=\"%4\">%5"
        "<button name=\"action\" value=\"noconsent\" type=\"submit\">%6</button></form></body></html>")
        .arg(tr("Need admin approval"),
            htmlEscape(QStringLiteral(
                "AADSTS90094: %1 needs permission to access resources in your organization that only an admin "
                "can grant. Ask an admin to grant permission to this app before you can use it.")
                           .arg(QLatin1String(DemoTenant::PublicClientName))),
            items, htmlEscape(request.path), hidden, tr("Return to the application without granting consent"));
}

SimResponse IdentitySimulator::authorize(const SimRequest &request, const QString &)
{
    const QUrlQuery params = request.method == "POST" ? parseFormEncoded(request.body) : request.query;
    auto value = [&](const char *key) { return params.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const QString clientId = value("client_id");
    const QUrl redirect(value("redirect_uri"));
    if (clientId != QLatin1String(DemoTenant::PublicClientId))
        return SimResponse::html(400,
            htmlEscape(QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                                      "directory 'Offboard demo'.")
                           .arg(clientId)));
    if (!redirect.isValid() || !isLoopbackRedirect(redirect))
        return SimResponse::html(400,
            htmlEscape(QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the request does "
                                      "not match the redirect URIs configured for the application "
                                      "'%2'. The demo application accepts http://localhost and "
                                      "http://127.0.0.1 on any port.")
                           .arg(redirect.toString(), clientId)));
    auto redirectWith = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target = redirect;
        QUrlQuery query(target);
        for (const auto &item : items)
            query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        if (!value("state").isEmpty())
            query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(value("state"))));
        target.setQuery(query);
        return SimResponse::redirect(target);
    };
    if (value("response_type") != QLatin1String("code"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")},
            {QStringLiteral("error_description"),
                QStringLiteral("AADSTS700054: response_type '%1' is not enabled for the application.")
                    .arg(value("response_type"))}});
    const QString method
        = value("code_challenge_method").isEmpty() ? QStringLiteral("plain") : value("code_challenge_method");
    if (value("code_challenge").isEmpty() || (method != QLatin1String("S256") && method != QLatin1String("plain")))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("invalid_request")},
            {QStringLiteral("error_description"),
                QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization "
                               "code redemption.")}});
    bool defaultScope = false;
    bool otherResource = false;
    requestedGraphScopes(value("scope"), &defaultScope, &otherResource);
    if (value("scope").trimmed().isEmpty())
        return redirectWith({{QStringLiteral("error"), QStringLiteral("invalid_request")},
            {QStringLiteral("error_description"),
                QStringLiteral("AADSTS900144: The request body must contain the following parameter: 'scope'.")}});

    if (request.method != "POST")
        return SimResponse::html(200, signInPage(request, params, QString()));
    if (value("action") == QLatin1String("cancel"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"),
                QStringLiteral("AADSTS65004: User declined to consent to access the app.")}});
    const DemoAccount *account = m_tenant.account(value("login"));
    if (!account || account->password != value("passwd"))
        return SimResponse::html(200,
            signInPage(
                request, params, tr("AADSTS50126: Error validating credentials due to invalid username or password.")));
    const QStringList requested = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!unconsentedScopes(requested).isEmpty()) {
        // Where the sources are silent (what the page's way back sends the app), the demo sends what a refusal to
        // consent sends: the app learns no more than that.
        if (value("action") == QLatin1String("noconsent"))
            return redirectWith({{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_subcode"), QStringLiteral("cancel")},
                {QStringLiteral("error_description"),
                    QStringLiteral("AADSTS65004: User declined to consent to access the app.")}});
        return SimResponse::html(200, adminApprovalPage(request, params, unconsentedScopes(requested)));
    }
    Grant grant;
    grant.userPrincipalName = account->userPrincipalName;
    grant.clientId = clientId;
    grant.scopes = requested;
    grant.codeChallenge = value("code_challenge");
    grant.codeChallengeMethod = method;
    grant.redirectUri = redirect.toString();
    grant.nonce = value("nonce");
    grant.expires = DemoClock::nowUtc().addSecs(600);
    const QString code = randomToken(48);
    m_codes.insert(code, grant);
    return redirectWith({{QStringLiteral("code"), code}, {QStringLiteral("session_state"), newGuid()}});
}

SimResponse IdentitySimulator::token(const SimRequest &request, const QString &)
{
    const QUrlQuery form = parseFormEncoded(request.body);
    QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        clientId = QUrl::fromPercentEncoding(decoded.left(decoded.indexOf(':')));
    }
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    if (clientId.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    if (clientId != QLatin1String(DemoTenant::PublicClientId) && clientId != m_tenant.appClient().clientId)
        return oauthError(request, 400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory 'Offboard demo'.")
                .arg(clientId));
    if (grantType == QLatin1String("authorization_code"))
        return tokenForAuthorizationCode(request, form, clientId);
    if (grantType == QLatin1String("refresh_token"))
        return tokenForRefreshToken(form, clientId, request);
    if (grantType == QLatin1String("client_credentials"))
        return tokenForClientCredentials(request, form, clientId);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")
        || grantType == QLatin1String("device_code"))
        return tokenForDeviceCode(request, form, clientId);
    if (grantType == QLatin1String("password"))
        return tokenForPassword(request, form, clientId);
    return oauthError(request, 400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

// Entra ID puts every scope consented for the resource in the token, not only those asked for, and whatever the
// person's role: what they may do is Intune's role-based access control, which Graph applies on each request.
// (Microsoft identity platform, "Scopes and permissions": the token can hold more scopes than requested.)
QStringList IdentitySimulator::grantedScopes() const
{
    return m_tenant.consentedScopes();
}

// The token answer's "scope" ("The scopes that the access_token is valid for", v2.0 authorization code flow). For a
// .default request Entra names the granted permissions under the resource's URI and the .default scope itself:
// reported in Azure CLI's MSAL token cache, whose access tokens for a .default request carry the target
// "https://management.core.windows.net//user_impersonation https://management.core.windows.net//.default". MSAL caches
// the answered scopes as given and looks a silent request up in them, so this is what lets it serve .default from
// its cache.
QString IdentitySimulator::answeredScope(const QStringList &requested, const QStringList &granted)
{
    bool defaultScope = false;
    bool otherResource = false;
    requestedGraphScopes(requested.join(QLatin1Char(' ')), &defaultScope, &otherResource);
    if (!defaultScope)
        return granted.join(QLatin1Char(' '));
    QStringList answered;
    for (const auto &scope : granted)
        answered.append(kGraphResource + scope);
    answered.append(kGraphResource + QStringLiteral(".default"));
    return answered.join(QLatin1Char(' '));
}

QStringList IdentitySimulator::unconsentedScopes(const QStringList &requested) const
{
    bool defaultScope = false;
    bool otherResource = false;
    QStringList missing;
    for (const auto &scope : requestedGraphScopes(requested.join(QLatin1Char(' ')), &defaultScope, &otherResource)) {
        if (!m_tenant.consentedScopes().contains(scope))
            missing.append(scope);
    }
    return missing;
}

QString IdentitySimulator::issueAccessToken(const DemoAccount &account, const QStringList &scopes)
{
    const qint64 now = DemoClock::nowSecsSinceEpoch();
    const QJsonObject claims {
        {QStringLiteral("aud"), QLatin1String(DemoTokenService::GraphAudience)},
        {QStringLiteral("iss"), issuer()},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_accessTokenLifetime},
        {QStringLiteral("tid"), QLatin1String(DemoTenant::TenantId)},
        {QStringLiteral("oid"), account.userId},
        {QStringLiteral("sub"), account.userId},
        {QStringLiteral("upn"), account.userPrincipalName},
        {QStringLiteral("unique_name"), account.userPrincipalName},
        {QStringLiteral("name"), account.displayName},
        {QStringLiteral("scp"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("appid"), QLatin1String(DemoTenant::PublicClientId)},
        {QStringLiteral("app_displayname"), QLatin1String(DemoTenant::PublicClientName)},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    return m_tokens.sign(claims);
}

SimResponse IdentitySimulator::delegatedTokens(const SimRequest &request, const DemoAccount &account,
    const QString &clientId, const QStringList &requestedScopes, const QString &nonce)
{
    // Nobody may consent in the demo tenant but its administrator: a scope the organisation has not consented cannot be
    // granted. Entra's answer at the token endpoint ("Troubleshoot consent issues in Microsoft Entra ID").
    if (!unconsentedScopes(requestedScopes).isEmpty()) {
        SimResponse refused = oauthError(request, 400, QStringLiteral("invalid_grant"), 65001,
            QStringLiteral("The user or administrator has not consented to use the application with ID "
                           "'%1' named '%2'. Send an interactive authorization request for this user and "
                           "resource.")
                .arg(clientId, QLatin1String(DemoTenant::PublicClientName)));
        QJsonObject body = QJsonDocument::fromJson(refused.body).object();
        body.insert(QStringLiteral("suberror"), QStringLiteral("consent_required"));
        refused.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return refused;
    }
    const QStringList scopes = grantedScopes();
    QJsonObject body {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), answeredScope(requestedScopes, scopes)},
        {QStringLiteral("expires_in"), m_accessTokenLifetime},
        {QStringLiteral("ext_expires_in"), m_accessTokenLifetime},
        {QStringLiteral("access_token"), issueAccessToken(account, scopes)}};
    if (requestedScopes.contains(QStringLiteral("offline_access"))) {
        const QString refresh = randomToken(64);
        Grant grant;
        grant.userPrincipalName = account.userPrincipalName;
        grant.clientId = clientId;
        grant.scopes = requestedScopes;
        grant.expires = DemoClock::nowUtc().addDays(90);
        m_refreshTokens.insert(refresh, grant);
        body.insert(QStringLiteral("refresh_token"), refresh);
    }
    if (requestedScopes.contains(QStringLiteral("openid"))) {
        const qint64 now = DemoClock::nowSecsSinceEpoch();
        QJsonObject id {{QStringLiteral("aud"), clientId},
            {QStringLiteral("iss"),
                QString(request.baseUrl() + QLatin1Char('/') + QLatin1String(DemoTenant::TenantId)
                    + QStringLiteral("/v2.0"))},
            {QStringLiteral("iat"), now}, {QStringLiteral("nbf"), now}, {QStringLiteral("exp"), now + 3600},
            {QStringLiteral("name"), account.displayName}, {QStringLiteral("oid"), account.userId},
            {QStringLiteral("sub"), account.userId}, {QStringLiteral("tid"), QLatin1String(DemoTenant::TenantId)},
            {QStringLiteral("preferred_username"), account.userPrincipalName},
            {QStringLiteral("ver"), QStringLiteral("2.0")}};
        if (!nonce.isEmpty())
            id.insert(QStringLiteral("nonce"), nonce);
        body.insert(QStringLiteral("id_token"), m_tokens.sign(id));
    }
    return SimResponse::json(200, body);
}

SimResponse IdentitySimulator::tokenForAuthorizationCode(
    const SimRequest &request, const QUrlQuery &form, const QString &clientId)
{
    auto value = [&](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const QString code = value("code");
    if (code.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'code'."));
    // A code is good for one redemption only.
    const Grant grant = m_codes.take(code);
    if (grant.clientId.isEmpty() || grant.expires < DemoClock::nowUtc())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to inactivity. "
                           "Send a new interactive authorization request for this user and resource."));
    if (grant.clientId != clientId)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("The provided authorization code was issued to another client."));
    if (grant.redirectUri != value("redirect_uri"))
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 500112,
            QStringLiteral("The reply address '%1' does not match the reply address '%2' provided when "
                           "requesting Authorization code.")
                .arg(value("redirect_uri"), grant.redirectUri));
    const QString verifier = value("code_verifier");
    const QString expected = grant.codeChallengeMethod == QLatin1String("S256") ? s256(verifier) : verifier;
    if (verifier.isEmpty() || expected != grant.codeChallenge)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 501481,
            QStringLiteral(
                "The Code_Verifier does not match the code_challenge supplied in the authorization request."));
    const DemoAccount *account = m_tenant.account(grant.userPrincipalName);
    return delegatedTokens(request, *account, clientId, grant.scopes, grant.nonce);
}

SimResponse IdentitySimulator::tokenForRefreshToken(
    const QUrlQuery &form, const QString &clientId, const SimRequest &request)
{
    const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    const auto it = m_refreshTokens.constFind(refresh);
    if (refresh.isEmpty() || it == m_refreshTokens.constEnd())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid."));
    if (it->expires < DemoClock::nowUtc())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 700082,
            QStringLiteral("The refresh token has expired due to inactivity."));
    if (it->clientId != clientId)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("The refresh token was issued to a different client."));
    const DemoAccount *account = m_tenant.account(it->userPrincipalName);
    QStringList scopes = it->scopes;
    const QString narrower = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (!narrower.isEmpty())
        scopes = narrower.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(QStringLiteral("offline_access")))
        scopes.append(QStringLiteral("offline_access"));
    return delegatedTokens(request, *account, clientId, scopes, QString());
}

SimResponse IdentitySimulator::tokenForClientCredentials(
    const SimRequest &request, const QUrlQuery &form, const QString &clientId)
{
    const DemoAppClient &app = m_tenant.appClient();
    if (clientId != app.clientId)
        return oauthError(request, 400, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral(
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."));
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        secret = QUrl::fromPercentEncoding(decoded.mid(decoded.indexOf(':') + 1));
    }
    if (secret.isEmpty())
        return oauthError(request, 401, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral(
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."));
    if (secret != app.clientSecret)
        return oauthError(request, 401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is the "
                           "client secret value, not the client secret ID, for a secret added to app '%1'.")
                .arg(clientId));
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (scope != kGraphResource + QStringLiteral(".default"))
        return oauthError(request, 400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must have a "
                           "scope value with /.default suffixed to the resource identifier (application ID URI).")
                .arg(scope));
    const qint64 now = DemoClock::nowSecsSinceEpoch();
    QJsonArray roles;
    for (const auto &role : app.roles)
        roles.append(role);
    const QJsonObject claims {
        {QStringLiteral("aud"), QLatin1String(DemoTokenService::GraphAudience)},
        {QStringLiteral("iss"), issuer()},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_accessTokenLifetime},
        {QStringLiteral("tid"), QLatin1String(DemoTenant::TenantId)},
        {QStringLiteral("oid"), QStringLiteral("9d0b7d3e-0ffb-4c1a-8e6f-0ffb0a2d0501")},
        {QStringLiteral("sub"), app.clientId},
        {QStringLiteral("appid"), app.clientId},
        {QStringLiteral("app_displayname"), app.displayName},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    return SimResponse::json(200,
        {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), m_accessTokenLifetime},
            {QStringLiteral("ext_expires_in"), m_accessTokenLifetime},
            {QStringLiteral("access_token"), m_tokens.sign(claims)}});
}

SimResponse IdentitySimulator::tokenForPassword(
    const SimRequest &request, const QUrlQuery &form, const QString &clientId)
{
    if (clientId != QLatin1String(DemoTenant::PublicClientId))
        return oauthError(request, 400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("The password grant is only enabled for the demo public client."));
    const DemoAccount *account = m_tenant.account(form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded));
    if (!account || account->password != form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded))
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 50126,
            QStringLiteral("Error validating credentials due to invalid username or password."));
    const QStringList scopes
        = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return delegatedTokens(request, *account, clientId, scopes, QString());
}

SimResponse IdentitySimulator::deviceCode(const SimRequest &request, const QString &)
{
    const QUrlQuery form = parseFormEncoded(request.body);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId != QLatin1String(DemoTenant::PublicClientId))
        return oauthError(request, 400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory 'Offboard demo'.")
                .arg(clientId));
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (scope.trimmed().isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'scope'."));
    DeviceCode pending;
    pending.userCode = userCodeText();
    pending.clientId = clientId;
    pending.requestedScopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    pending.expires = DemoClock::nowUtc().addSecs(m_deviceCodeLifetime);
    pending.interval = m_deviceCodeInterval;
    const QString code = randomToken(48);
    m_deviceCodes.insert(code, pending);
    const QString verification = authorityBase(request) + QStringLiteral("/devicelogin");
    return SimResponse::json(200,
        {{QStringLiteral("user_code"), pending.userCode}, {QStringLiteral("device_code"), code},
            {QStringLiteral("verification_uri"), verification}, {QStringLiteral("expires_in"), m_deviceCodeLifetime},
            {QStringLiteral("interval"), m_deviceCodeInterval},
            {QStringLiteral("message"),
                QStringLiteral(
                    "To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
                    .arg(verification, pending.userCode)}});
}

SimResponse IdentitySimulator::tokenForDeviceCode(
    const SimRequest &request, const QUrlQuery &form, const QString &clientId)
{
    const QString code = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
    auto it = m_deviceCodes.find(code);
    if (it == m_deviceCodes.end() || it->clientId != clientId)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("Provided grant is invalid or malformed."));
    const QDateTime now = DemoClock::nowUtc();
    if (it->expires < now) {
        m_deviceCodes.erase(it);
        return oauthError(request, 400, QStringLiteral("expired_token"), 70020,
            QStringLiteral("The provided value for the input parameter 'device_code' is not valid. This device code "
                           "has expired."));
    }
    if (it->declined) {
        m_deviceCodes.erase(it);
        return oauthError(request, 400, QStringLiteral("authorization_declined"), 70000,
            QStringLiteral("The end user denied the authorization request."));
    }
    if (it->userPrincipalName.isEmpty()) {
        const bool tooSoon = it->lastPoll.isValid() && it->lastPoll.msecsTo(now) < qint64(it->interval) * 1000 - 150;
        it->lastPoll = now;
        if (tooSoon) {
            it->interval += 5;
            return oauthError(request, 400, QStringLiteral("slow_down"), 0,
                QStringLiteral("The client is polling too quickly: wait at least the interval between requests."));
        }
        return oauthError(request, 400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    const DeviceCode approved = *it;
    m_deviceCodes.erase(it);
    return delegatedTokens(
        request, *m_tenant.account(approved.userPrincipalName), clientId, approved.requestedScopes, QString());
}

QString IdentitySimulator::deviceLoginPage(const QString &message, const QString &userCode) const
{
    return QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><h1>%1</h1>%2"
        "<form method=\"post\"><label>%3 <input name=\"otc\" value=\"%4\"></label>"
        "<label>%5 <input name=\"login\"></label><label>%6 <input name=\"passwd\" type=\"password\"></label>"
        "<button name=\"action\" value=\"signin\" type=\"submit\">%7</button>"
        "<button name=\"action\" value=\"decline\" type=\"submit\">%8</button></form></body></html>")
        .arg(tr("Enter code"),
            message.isEmpty() ? QString() : QStringLiteral("<p role=\"alert\">%1</p>").arg(htmlEscape(message)),
            tr("Code"), htmlEscape(userCode), tr("Account"), tr("Password"), tr("Sign in"), tr("Decline"));
}

SimResponse IdentitySimulator::deviceLogin(const SimRequest &request, const QString &)
{
    if (request.method != "POST")
        return SimResponse::html(200, deviceLoginPage(QString(), QString()));
    const QUrlQuery form = parseFormEncoded(request.body);
    const QString userCode = form.queryItemValue(QStringLiteral("otc"), QUrl::FullyDecoded).trimmed().toUpper();
    auto it = std::find_if(
        m_deviceCodes.begin(), m_deviceCodes.end(), [&](const DeviceCode &c) { return c.userCode == userCode; });
    if (it == m_deviceCodes.end() || it->expires < DemoClock::nowUtc())
        return SimResponse::html(
            400, deviceLoginPage(tr("That code is not valid or has expired. Check it and try again."), userCode));
    if (form.queryItemValue(QStringLiteral("action")) == QLatin1String("decline")) {
        it->declined = true;
        return SimResponse::html(
            200, deviceLoginPage(tr("You declined the sign-in. You can close this window."), QString()));
    }
    const DemoAccount *account = m_tenant.account(form.queryItemValue(QStringLiteral("login"), QUrl::FullyDecoded));
    if (!account || account->password != form.queryItemValue(QStringLiteral("passwd"), QUrl::FullyDecoded))
        return SimResponse::html(400,
            deviceLoginPage(
                tr("AADSTS50126: Error validating credentials due to invalid username or password."), userCode));
    it->userPrincipalName = account->userPrincipalName; // the next poll gets the token, or AADSTS65001 without consent
    if (!unconsentedScopes(it->requestedScopes).isEmpty())
        return SimResponse::html(200,
            deviceLoginPage(tr("Need admin approval: Offboard asks for permissions in your organization "
                               "that only an admin can grant."),
                QString()));
    return SimResponse::html(200,
        deviceLoginPage(
            tr("You have signed in to Offboard on your other device. You can close this window."), QString()));
}
