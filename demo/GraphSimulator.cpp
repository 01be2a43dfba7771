#include "demo/GraphSimulator.h"

#include "demo/EntityJson.h"
#include "demo/ODataFilter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QString kManagedDevicesRead = QStringLiteral("DeviceManagementManagedDevices.Read.All");
const QString kManagedDevicesReadWrite = QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All");
const QString kPrivilegedOperations = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString kServiceConfigRead = QStringLiteral("DeviceManagementServiceConfig.Read.All");
const QString kServiceConfigReadWrite = QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All");
const QString kConfigurationReadWrite = QStringLiteral("DeviceManagementConfiguration.ReadWrite.All");

// The permission tables of the five reference pages (shared/seeds), with the real name of the privileged scope.
struct ActionRule
{
    QString name;
    QStringList delegated;
    QStringList application; // empty: application permissions are not supported
};

const QList<ActionRule> &actionRules()
{
    static const QList<ActionRule> rules = {
        {QStringLiteral("retire"), {kPrivilegedOperations}, {kPrivilegedOperations}},
        {QStringLiteral("deprovision"), {kServiceConfigReadWrite, kConfigurationReadWrite, kManagedDevicesReadWrite}, {}},
        {QStringLiteral("removeAllDevicesFromManagement"), {kPrivilegedOperations}, {}},
        {QStringLiteral("disconnect"), {kServiceConfigReadWrite}, {}},
        {QStringLiteral("unassignUserFromDevice"), {kServiceConfigRead, kServiceConfigReadWrite},
         {kServiceConfigRead, kServiceConfigReadWrite}},
    };
    return rules;
}

const ActionRule *ruleFor(const QString &action)
{
    for (const auto &rule : actionRules()) {
        if (rule.name == action)
            return &rule;
    }
    return nullptr;
}

// Graph accepts a bound action by its short name or qualified with its namespace.
QString unqualified(const QString &segment)
{
    static const QString prefix = QStringLiteral("microsoft.graph.");
    return segment.startsWith(prefix) ? segment.mid(prefix.size()) : segment;
}

QString innerDate()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

SimResponse error(const GraphSimulator::Context &ctx, int status, const QString &code, const QString &message)
{
    return graphErrorResponse(*ctx.request, status, code, message);
}

SimResponse badSegment(const GraphSimulator::Context &ctx, const QString &segment)
{
    return error(ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

SimResponse methodNotAllowed(const GraphSimulator::Context &ctx, const QByteArray &allowed)
{
    SimResponse response = error(ctx, 405, QStringLiteral("BadRequest"),
                                 QStringLiteral("The HTTP method '%1' is not allowed for the requested resource.")
                                     .arg(QString::fromLatin1(ctx.request->method)));
    response.setHeader("Allow", allowed);
    return response;
}

SimResponse notServed(const GraphSimulator::Context &ctx)
{
    return error(ctx, 501, QStringLiteral("NotImplemented"),
                 QStringLiteral("The demo tenant does not serve '%1'. It serves the managed devices, Windows Autopilot "
                                "device identities, users and remote assistance partners collections.")
                     .arg(ctx.segments.join(QLatin1Char('/'))));
}

// Intune answers a missing object with its own message format inside Graph's error envelope.
// The tail Intune puts on its error messages, naming the request it refused.
QString intuneDiagnostics(const GraphSimulator::Context &ctx)
{
    return QStringLiteral(" - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: %1 - Url: %2")
        .arg(ctx.request->requestId, ctx.url());
}

SimResponse intuneNotFound(const GraphSimulator::Context &ctx, const QString &segment, const QString &id)
{
    const QJsonObject inner{{QStringLiteral("_version"), 3},
                            {QStringLiteral("Message"),
                             QString(QStringLiteral("Resource not found for the segment '%1'.").arg(segment) + intuneDiagnostics(ctx))},
                            {QStringLiteral("CustomApiErrorPhrase"), QString()},
                            {QStringLiteral("RetryAfter"), QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("ErrorSourceService"), QString()},
                            {QStringLiteral("HttpHeaders"), QStringLiteral("{}")}};
    Q_UNUSED(id);
    return error(ctx, 404, QStringLiteral("ResourceNotFound"),
                 QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Compact)));
}

SimResponse directoryNotFound(const GraphSimulator::Context &ctx, const QString &id)
{
    return error(ctx, 404, QStringLiteral("Request_ResourceNotFound"),
                 QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects are not present.")
                     .arg(id));
}

QString intuneForbiddenMessage(const GraphSimulator::Context &ctx, const QStringList &scopes)
{
    return QStringLiteral("Application is not authorized to perform this operation. Application must have one of the "
                          "following scopes: %1")
               .arg(scopes.join(QStringLiteral(", ")))
        + intuneDiagnostics(ctx);
}

// The token carries the scope, but the person's Intune role does not include the operation (role-based access
// control). Graph answers 403 Forbidden; the wording is the demo's, the status and code are Graph's.
QString intuneRoleMessage(const GraphSimulator::Context &ctx, const QStringList &scopes)
{
    return QStringLiteral("The signed-in user is not authorized to perform this operation: no Intune role assigned to %1 "
                          "grants it (the token's permission %2 is not enough on its own).")
               .arg(ctx.caller.userPrincipalName, scopes.join(QStringLiteral(" or ")))
        + intuneDiagnostics(ctx);
}

QByteArray encodeSkipToken(int position, const QString &scopeKey)
{
    const QJsonObject token{{QStringLiteral("p"), position}, {QStringLiteral("s"), scopeKey}};
    return QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeSkipToken(const QString &token, const QString &scopeKey, int *position)
{
    const auto raw = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*raw).object();
    if (!object.value(QStringLiteral("p")).isDouble() || object.value(QStringLiteral("s")).toString() != scopeKey)
        return false;
    *position = object.value(QStringLiteral("p")).toInt();
    return *position >= 0;
}

// The query of a request again, encoded so that Graph (which reads '+' as a space) gets back the same values.
QString encodeQuery(const QUrlQuery &query)
{
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    return encoded;
}

struct SearchClause
{
    QString property;
    QString term;
};

// $search="displayName:term" clauses joined by AND or OR, as directory objects accept them.
bool parseSearch(const QString &search, QList<SearchClause> *clauses, bool *all, QString *message)
{
    *all = false;
    QString rest = search.trimmed();
    bool sawOr = false;
    bool sawAnd = false;
    while (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1Char('"'))) {
            *message = QStringLiteral("Syntax error: character '%1' is not valid at position 0 in '%2'.").arg(rest.at(0)).arg(search);
            return false;
        }
        const int end = rest.indexOf(QLatin1Char('"'), 1);
        if (end < 0) {
            *message = QStringLiteral("Unterminated string in $search '%1'.").arg(search);
            return false;
        }
        const QString clause = rest.mid(1, end - 1);
        const int colon = clause.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *message = QStringLiteral("Invalid search clause '%1': use \"property:value\".").arg(clause);
            return false;
        }
        clauses->append({clause.left(colon), clause.mid(colon + 1)});
        rest = rest.mid(end + 1).trimmed();
        if (rest.startsWith(QLatin1String("OR "))) {
            sawOr = true;
            rest = rest.mid(3).trimmed();
        } else if (rest.startsWith(QLatin1String("AND "))) {
            sawAnd = true;
            rest = rest.mid(4).trimmed();
        } else if (!rest.isEmpty()) {
            *message = QStringLiteral("Invalid $search '%1': clauses are joined by AND or OR.").arg(search);
            return false;
        }
    }
    if (clauses->isEmpty()) {
        *message = QStringLiteral("The $search query is empty.");
        return false;
    }
    *all = sawAnd && !sawOr;
    return true;
}

bool searchMatches(const QString &value, const QString &term)
{
    if (value.startsWith(term, Qt::CaseInsensitive))
        return true;
    static const QRegularExpression separators(QStringLiteral("[\\s.@_\\-]+"));
    const QStringList words = value.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return w.startsWith(term, Qt::CaseInsensitive); });
}

} // namespace

SimResponse graphErrorResponse(const SimRequest &request, int status, const QString &code, const QString &message)
{
    const QString clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    const QJsonObject inner{{QStringLiteral("date"), innerDate()},
                            {QStringLiteral("request-id"), request.requestId},
                            {QStringLiteral("client-request-id"), clientRequestId.isEmpty() ? request.requestId : clientRequestId}};
    const QJsonObject body{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), code},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("innerError"), inner}}}};
    SimResponse response = SimResponse::json(status, body);
    response.contentType = "application/json";
    return response;
}

QString GraphSimulator::Context::url() const
{
    return request->baseUrl() + request->path + (request->query.isEmpty() ? QString() : QLatin1Char('?') + encodeQuery(request->query));
}

QString GraphSimulator::Context::metadataBase() const
{
    return request->baseUrl() + QLatin1Char('/') + simApiVersionSegment(version) + QStringLiteral("/$metadata#");
}

bool GraphSimulator::Context::eventual() const
{
    return request->header("consistencylevel").compare("eventual", Qt::CaseInsensitive) == 0;
}

const QStringList &GraphSimulator::actionNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &rule : actionRules())
            list.append(rule.name);
        return list;
    }();
    return names;
}

GraphSimulator::GraphSimulator(DemoTenant &tenant, const DemoTokenService &tokens) : m_tenant(tenant), m_tokens(tokens) {}

SimResponse GraphSimulator::handle(const SimRequest &request)
{
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Context ctx;
    ctx.request = &request;
    if (segments.isEmpty() || (segments.first() != QLatin1String("v1.0") && segments.first() != QLatin1String("beta")))
        return error(ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("Invalid version: %1").arg(segments.value(0)));
    ctx.version = segments.takeFirst() == QLatin1String("v1.0") ? SimApiVersion::V1 : SimApiVersion::Beta;
    ctx.segments = segments;
    if (auto refused = authenticate(request, &ctx.caller))
        return *refused;
    if (segments.size() == 1 && segments.first() == QLatin1String("$batch")) {
        if (request.method != "POST")
            return methodNotAllowed(ctx, "POST");
        return handleBatch(request, ctx.version, ctx.caller);
    }
    if (auto throttled = checkThrottle(ctx))
        return *throttled;
    return dispatch(ctx);
}

std::optional<SimResponse> GraphSimulator::authenticate(const SimRequest &request, Caller *caller) const
{
    const QByteArray authorization = request.header("authorization");
    QString token;
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    QJsonObject claims;
    const auto check = m_tokens.verify(token, QDateTime::currentDateTimeUtc(), &claims);
    QString message;
    switch (check) {
    case DemoTokenService::Check::Valid: break;
    case DemoTokenService::Check::Missing: message = QStringLiteral("Access token is empty."); break;
    case DemoTokenService::Check::Malformed:
        message = QStringLiteral("IDX14100: JWT is not well formed, there are no dots (.).");
        break;
    case DemoTokenService::Check::BadSignature: message = QStringLiteral("Access token validation failure."); break;
    case DemoTokenService::Check::Expired: message = QStringLiteral("Lifetime validation failed, the token is expired."); break;
    case DemoTokenService::Check::WrongAudience:
        message = QStringLiteral("Access token validation failure. Invalid audience.");
        break;
    }
    if (!message.isEmpty()) {
        SimResponse response = graphErrorResponse(request, 401, QStringLiteral("InvalidAuthenticationToken"), message);
        response.setHeader("WWW-Authenticate",
                           "Bearer realm=\"\", authorization_uri=\"" + request.baseUrl().toLatin1()
                               + "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
        return response;
    }
    const QJsonValue roles = claims.value(QStringLiteral("roles"));
    caller->appOnly = claims.value(QStringLiteral("idtyp")).toString() == QLatin1String("app");
    caller->appId = claims.value(QStringLiteral("appid")).toString();
    caller->userPrincipalName = claims.value(QStringLiteral("upn")).toString();
    if (caller->appOnly) {
        for (const auto &role : roles.toArray())
            caller->permissions.insert(role.toString());
    } else {
        for (const auto &scope : claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            caller->permissions.insert(scope);
        if (const DemoAccount *account = m_tenant.account(caller->userPrincipalName))
            caller->role = QSet<QString>(account->permissions.begin(), account->permissions.end());
    }
    return std::nullopt;
}

bool GraphSimulator::Caller::allows(const QStringList &anyOf) const
{
    return std::any_of(anyOf.begin(), anyOf.end(), [&](const QString &p) { return permissions.contains(p); });
}

bool GraphSimulator::Caller::roleAllows(const QStringList &anyOf) const
{
    return !role || std::any_of(anyOf.begin(), anyOf.end(), [&](const QString &p) { return role->contains(p); });
}

std::optional<SimResponse> GraphSimulator::checkThrottle(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    IntuneThrottle::Category category = IntuneThrottle::Category::None;
    if (s.value(0) == QLatin1String("deviceManagement")) {
        if (s.value(1) == QLatin1String("managedDevices") || s.value(1) == QLatin1String("comanagedDevices"))
            category = IntuneThrottle::Category::Devices;
        else if (s.value(1) == QLatin1String("windowsAutopilotDeviceIdentities") || s.value(1) == QLatin1String("remoteAssistancePartners"))
            category = IntuneThrottle::Category::EnrollmentAndRemoteAssistance;
    } else if (s.value(0) == QLatin1String("users")
               && (s.value(2) == QLatin1String("managedDevices") || unqualified(s.value(2)) == QLatin1String("removeAllDevicesFromManagement"))) {
        category = IntuneThrottle::Category::Devices;
    }
    const bool write = ctx.request->method != "GET";
    const auto wait = m_throttle.admit(category, write, ctx.caller.appId, QDateTime::currentDateTimeUtc());
    if (!wait)
        return std::nullopt;
    SimResponse response = error(ctx, 429, QStringLiteral("TooManyRequests"),
                                 QStringLiteral("Too many requests. Intune's limit for this tenant and application was "
                                                "reached; retry after %1 seconds.").arg(*wait));
    response.setHeader("Retry-After", QByteArray::number(*wait));
    return response;
}

SimResponse GraphSimulator::dispatch(const Context &ctx)
{
    const QString root = ctx.segments.value(0);
    if (root == QLatin1String("deviceManagement"))
        return deviceManagement(ctx);
    if (root == QLatin1String("users"))
        return users(ctx);
    if (root.isEmpty())
        return error(ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("Invalid request."));
    return badSegment(ctx, root);
}

SimResponse GraphSimulator::deviceManagement(const Context &ctx)
{
    const QString collection = ctx.segments.value(1);
    if (collection == QLatin1String("managedDevices"))
        return devices(ctx, 1, -1, false);
    if (collection == QLatin1String("comanagedDevices") && ctx.version == SimApiVersion::Beta)
        return devices(ctx, 1, -1, true);
    if (collection == QLatin1String("windowsAutopilotDeviceIdentities"))
        return identities(ctx);
    if (collection == QLatin1String("remoteAssistancePartners"))
        return partners(ctx);
    static const QStringList emptyInDemo = {QStringLiteral("detectedApps"), QStringLiteral("deviceHealthScripts"),
                                            QStringLiteral("deviceManagementScripts"), QStringLiteral("deviceComplianceScripts")};
    if (emptyInDemo.contains(collection) && (collection == QLatin1String("detectedApps") || ctx.version == SimApiVersion::Beta)) {
        // These exist in Graph, but the demo tenant has none of them: an empty collection, and 404 for any id.
        if (ctx.segments.size() == 2 && ctx.request->method == "GET")
            return SimResponse::json(200, {{QStringLiteral("@odata.context"), QString(ctx.metadataBase() + QStringLiteral("deviceManagement/") + collection)},
                                           {QStringLiteral("value"), QJsonArray()}});
        if (ctx.segments.size() > 2)
            return intuneNotFound(ctx, collection, ctx.segments.value(2));
    }
    if (collection.isEmpty())
        return notServed(ctx);
    return badSegment(ctx, collection);
}

std::optional<SimResponse> GraphSimulator::requireRead(const Context &ctx, const QStringList &anyOf, bool directory)
{
    const bool allowed = ctx.caller.allows(anyOf) && ctx.caller.roleAllows(anyOf);
    if (allowed)
        return std::nullopt;
    if (directory)
        return error(ctx, 403, QStringLiteral("Authorization_RequestDenied"), QStringLiteral("Insufficient privileges to complete the operation."));
    return error(ctx, 403, QStringLiteral("Forbidden"), ctx.caller.allows(anyOf) ? intuneRoleMessage(ctx, anyOf) : intuneForbiddenMessage(ctx, anyOf));
}

SimResponse GraphSimulator::devices(const Context &ctx, int first, int userIndex, bool comanagedOnly)
{
    const QStringList &s = ctx.segments;
    const int depth = s.size() - first; // 1: collection, 2: item, 3: action
    const QString contextPath = userIndex >= 0 ? QStringLiteral("users('%1')/managedDevices").arg(m_tenant.users()[userIndex].id)
                                               : QStringLiteral("deviceManagement/") + s.value(first);
    const auto &all = m_tenant.devices();
    auto inScope = [&](int index) -> const DemoDevice * {
        const DemoDevice &device = all[index];
        if (device.removed)
            return nullptr;
        if (userIndex >= 0 && device.userId != m_tenant.users()[userIndex].id)
            return nullptr;
        if (comanagedOnly && device.managementAgent != QLatin1String("configurationManagerClientMdm"))
            return nullptr;
        return &device;
    };
    if (depth == 1) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, {kManagedDevicesRead, kManagedDevicesReadWrite}, false))
            return *refused;
        QVector<int> scope;
        if (userIndex >= 0) {
            for (const int index : m_tenant.users()[userIndex].deviceIndexes)
                scope.append(index);
        }
        return collection<DemoDevice>(ctx, EntityJson::ManagedDevice, contextPath, userIndex >= 0 ? scope : QVector<int>(),
                                      inScope);
    }
    const int index = m_tenant.deviceIndex(s.value(first + 1));
    const bool found = index >= 0 && inScope(index);
    if (depth == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, {kManagedDevicesRead, kManagedDevicesReadWrite}, false))
            return *refused;
        if (!found)
            return intuneNotFound(ctx, s.value(first), s.value(first + 1));
        return item(ctx, EntityJson::ManagedDevice, contextPath, all[index]);
    }
    const QString action = unqualified(s.value(first + 2));
    if (depth > 3 || !GraphContract::instance().hasOperation(ctx.version, EntityJson::ManagedDevice, action))
        return badSegment(ctx, s.value(qMin(first + 2, s.size() - 1)));
    if (ctx.request->method != "POST")
        return methodNotAllowed(ctx, "POST");
    if (action != QLatin1String("retire") && action != QLatin1String("deprovision"))
        return notServed(ctx);
    if (auto refused = checkActionAllowed(ctx, action))
        return *refused;
    if (!found)
        return intuneNotFound(ctx, s.value(first), s.value(first + 1));
    return action == QLatin1String("retire") ? retire(ctx, index) : deprovision(ctx, index);
}

SimResponse GraphSimulator::identities(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    const QString contextPath = QStringLiteral("deviceManagement/windowsAutopilotDeviceIdentities");
    const auto &all = m_tenant.autopilotIdentities();
    const QStringList readPermissions = {kServiceConfigRead, kServiceConfigReadWrite};
    if (s.size() == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, false))
            return *refused;
        return collection<DemoAutopilotIdentity>(ctx, EntityJson::AutopilotIdentity, contextPath, {},
                                                 [&](int i) { return &all[i]; });
    }
    const int index = m_tenant.identityIndex(s.value(2));
    if (s.size() == 3) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, false))
            return *refused;
        if (index < 0)
            return intuneNotFound(ctx, s.value(1), s.value(2));
        return item(ctx, EntityJson::AutopilotIdentity, contextPath, all[index]);
    }
    const QString action = unqualified(s.value(3));
    if (s.size() > 4 || !GraphContract::instance().hasOperation(ctx.version, EntityJson::AutopilotIdentity, action))
        return badSegment(ctx, s.value(qMin(3, int(s.size()) - 1)));
    if (ctx.request->method != "POST")
        return methodNotAllowed(ctx, "POST");
    if (action != QLatin1String("unassignUserFromDevice"))
        return notServed(ctx);
    if (auto refused = checkActionAllowed(ctx, action))
        return *refused;
    if (index < 0)
        return intuneNotFound(ctx, s.value(1), s.value(2));
    return unassignUser(ctx, index);
}

SimResponse GraphSimulator::partners(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    const QString contextPath = QStringLiteral("deviceManagement/remoteAssistancePartners");
    const auto &all = m_tenant.partners();
    const QStringList readPermissions = {kServiceConfigRead, kServiceConfigReadWrite};
    if (s.size() == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, false))
            return *refused;
        return collection<DemoPartner>(ctx, EntityJson::RemoteAssistancePartner, contextPath, {}, [&](int i) { return &all[i]; });
    }
    const int index = m_tenant.partnerIndex(s.value(2));
    if (s.size() == 3) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, false))
            return *refused;
        if (index < 0)
            return intuneNotFound(ctx, s.value(1), s.value(2));
        return item(ctx, EntityJson::RemoteAssistancePartner, contextPath, all[index]);
    }
    const QString action = unqualified(s.value(3));
    if (s.size() > 4 || !GraphContract::instance().hasOperation(ctx.version, EntityJson::RemoteAssistancePartner, action))
        return badSegment(ctx, s.value(qMin(3, int(s.size()) - 1)));
    if (ctx.request->method != "POST")
        return methodNotAllowed(ctx, "POST");
    if (action != QLatin1String("disconnect"))
        return notServed(ctx);
    if (auto refused = checkActionAllowed(ctx, action))
        return *refused;
    if (index < 0)
        return intuneNotFound(ctx, s.value(1), s.value(2));
    return disconnect(ctx, index);
}

SimResponse GraphSimulator::users(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    const QStringList readPermissions = {QStringLiteral("User.ReadBasic.All"), QStringLiteral("User.Read.All"),
                                         QStringLiteral("User.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
                                         QStringLiteral("Directory.ReadWrite.All")};
    const auto &all = m_tenant.users();
    if (s.size() == 1 || (s.size() == 2 && s.at(1) == QLatin1String("$count"))) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, true))
            return *refused;
        if (s.size() == 2) {
            if (!ctx.eventual())
                return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("$count is not currently supported without the header 'ConsistencyLevel: eventual'."));
            SimResponse response;
            response.contentType = "text/plain";
            response.body = QByteArray::number(qsizetype(all.size()));
            return response;
        }
        return collection<DemoUser>(ctx, EntityJson::User, QStringLiteral("users"), {}, [&](int i) { return &all[i]; });
    }
    const int index = m_tenant.userIndex(s.value(1));
    if (s.size() == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, true))
            return *refused;
        if (index < 0)
            return directoryNotFound(ctx, s.value(1));
        return item(ctx, EntityJson::User, QStringLiteral("users"), all[index]);
    }
    const QString next = unqualified(s.value(2));
    if (next == QLatin1String("managedDevices")) {
        if (index < 0)
            return directoryNotFound(ctx, s.value(1));
        return devices(ctx, 2, index, false);
    }
    if (next == QLatin1String("removeAllDevicesFromManagement") && s.size() == 3) {
        if (ctx.request->method != "POST")
            return methodNotAllowed(ctx, "POST");
        if (auto refused = checkActionAllowed(ctx, next))
            return *refused;
        if (index < 0)
            return directoryNotFound(ctx, s.value(1));
        return removeAllDevices(ctx, index);
    }
    return badSegment(ctx, s.value(2));
}

std::optional<SimResponse> GraphSimulator::checkActionAllowed(const Context &ctx, const QString &action)
{
    const ActionRule *rule = ruleFor(action);
    if (ctx.caller.appOnly && rule->application.isEmpty())
        return error(ctx, 403, QStringLiteral("Forbidden"),
                     QStringLiteral("Application is not authorized to perform this operation. '%1' does not support "
                                    "application permissions; a signed-in user with one of the following delegated "
                                    "scopes must call it: %2 - Activity ID: %3 - Url: %4")
                         .arg(action, rule->delegated.join(QStringLiteral(", ")), ctx.request->requestId, ctx.url()));
    const QStringList &needed = ctx.caller.appOnly ? rule->application : rule->delegated;
    if (!ctx.caller.allows(needed))
        return error(ctx, 403, QStringLiteral("Forbidden"), intuneForbiddenMessage(ctx, needed));
    if (!ctx.caller.roleAllows(needed))
        return error(ctx, 403, QStringLiteral("Forbidden"), intuneRoleMessage(ctx, needed));
    if (m_approvalRequired.contains(action))
        return error(ctx, 403, QStringLiteral("Forbidden"),
                     QStringLiteral("This operation requires Multi Admin Approval. An Intune access policy protects '%1' "
                                    "on this tenant: submit the request for approval with a business justification, and a "
                                    "second administrator must approve it in the Intune admin center (Tenant administration "
                                    "> Multi Admin Approval) before it can run. - Activity ID: %2 - Url: %3")
                         .arg(action, ctx.request->requestId, ctx.url()));
    return std::nullopt;
}

std::optional<SimResponse> GraphSimulator::checkBody(const Context &ctx, const QString &entityType, const QString &action,
                                                     QJsonObject *body)
{
    const QByteArray raw = ctx.request->body.trimmed();
    if (!raw.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
        if (!document.isObject())
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("The request body is not valid JSON: %1.").arg(parseError.errorString()));
        *body = document.object();
    }
    const QStringList parameters = GraphContract::instance().operationParameters(ctx.version, entityType, action);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!parameters.contains(it.key()))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("The parameter '%1' in the request payload is not a valid parameter for the operation '%2'.")
                             .arg(it.key(), action));
    }
    return std::nullopt;
}

SimResponse GraphSimulator::retire(const Context &ctx, int deviceIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::ManagedDevice, QStringLiteral("retire"), &body))
        return *bad;
    m_tenant.retireDevice(deviceIndex, QDateTime::currentDateTimeUtc());
    return SimResponse::noContent();
}

SimResponse GraphSimulator::deprovision(const Context &ctx, int deviceIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::ManagedDevice, QStringLiteral("deprovision"), &body))
        return *bad;
    const QJsonValue reason = body.value(QStringLiteral("deprovisionReason"));
    if (!reason.isString() || reason.toString().trimmed().isEmpty())
        return error(ctx, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("The parameter 'deprovisionReason' is required and must be a non-empty string."));
    m_tenant.retireDevice(deviceIndex, QDateTime::currentDateTimeUtc());
    return SimResponse::noContent();
}

SimResponse GraphSimulator::removeAllDevices(const Context &ctx, int userIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::User, QStringLiteral("removeAllDevicesFromManagement"), &body))
        return *bad;
    m_tenant.removeAllDevicesOfUser(userIndex, QDateTime::currentDateTimeUtc());
    return SimResponse::noContent();
}

SimResponse GraphSimulator::disconnect(const Context &ctx, int partnerIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::RemoteAssistancePartner, QStringLiteral("disconnect"), &body))
        return *bad;
    m_tenant.disconnectPartner(partnerIndex);
    return SimResponse::noContent();
}

SimResponse GraphSimulator::unassignUser(const Context &ctx, int identityIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::AutopilotIdentity, QStringLiteral("unassignUserFromDevice"), &body))
        return *bad;
    m_tenant.unassignUserFromIdentity(identityIndex);
    return SimResponse::noContent();
}

template<typename T>
SimResponse GraphSimulator::item(const Context &ctx, const QString &entityType, const QString &contextPath, const T &entity)
{
    // OData (https://learn.microsoft.com/graph/query-parameters): $top, $skip, $filter, $orderby and $count apply to
    // collections only; Graph refuses them on a single item with 400.
    for (const char *option : {"$top", "$skip", "$filter", "$orderby", "$count"}) {
        if (ctx.request->hasQuery(QLatin1String(option)))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("The query specified in the URI is not valid. The requested resource is not a collection. "
                                        "Query options $filter, $orderby, $count, $skip, and $top can be applied only on collections."));
    }
    QStringList select;
    const QString selectText = ctx.request->queryValue(QStringLiteral("$select"));
    for (const auto &name : selectText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!GraphContract::instance().property(ctx.version, entityType, trimmed))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.").arg(trimmed, entityType));
        select.append(trimmed);
    }
    if (select.isEmpty() && entityType == EntityJson::User)
        select = EntityJson::defaultUserProperties();
    QJsonObject object = EntityJson::render(entity, ctx.version, entityType, select);
    object.insert(QStringLiteral("@odata.context"), QString(ctx.metadataBase() + contextPath + QStringLiteral("/$entity")));
    return SimResponse::json(200, object);
}

template<typename T>
SimResponse GraphSimulator::collection(const Context &ctx, const QString &entityType, const QString &contextPath,
                                       const QVector<int> &scope, const std::function<const T *(int)> &at)
{
    const SimRequest &request = *ctx.request;
    const bool directory = entityType == EntityJson::User;
    const GraphContract &contract = GraphContract::instance();
    auto bad = [&](const QString &message) { return error(ctx, 400, QStringLiteral("BadRequest"), message); };
    auto unsupported = [&](const QString &message) {
        return error(ctx, 400, directory ? QStringLiteral("Request_UnsupportedQuery") : QStringLiteral("BadRequest"), message);
    };

    static const QStringList knownOptions = {QStringLiteral("$select"), QStringLiteral("$filter"), QStringLiteral("$top"),
                                             QStringLiteral("$skiptoken"), QStringLiteral("$orderby"), QStringLiteral("$count"),
                                             QStringLiteral("$search"), QStringLiteral("$format")};
    for (const auto &pair : request.query.queryItems(QUrl::FullyDecoded)) {
        // Directory objects: "'$skip' is not supported by the service." (https://learn.microsoft.com/graph/paging:
        // some APIs, such as users, do not support $skip).
        if (directory && pair.first == QLatin1String("$skip"))
            return error(ctx, 400, QStringLiteral("Request_BadRequest"), QStringLiteral("'$skip' is not supported by the service."));
        if (pair.first.startsWith(QLatin1Char('$')) && !knownOptions.contains(pair.first))
            return bad(QStringLiteral("Query option '%1' is not supported on this collection.").arg(pair.first));
    }

    QStringList select;
    for (const auto &name : request.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!contract.property(ctx.version, entityType, trimmed))
            return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.").arg(trimmed, entityType));
        select.append(trimmed);
    }
    if (select.isEmpty() && directory)
        select = EntityJson::defaultUserProperties();

    const int maxTop = directory ? 999 : 1000;
    int pageSize = directory ? 100 : 1000;
    if (request.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        const QString text = request.queryValue(QStringLiteral("$top"));
        const int top = text.toInt(&ok);
        if (!ok || top < 0)
            return bad(QStringLiteral("Invalid value '%1' for $top query option found. The $top query option requires a "
                                      "non-negative integer value.").arg(text));
        if (directory && (top < 1 || top > maxTop))
            return bad(QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.").arg(top));
        pageSize = qBound(1, top, maxTop);
    }

    const QString countText = request.queryValue(QStringLiteral("$count"));
    if (request.hasQuery(QStringLiteral("$count")) && countText != QLatin1String("true") && countText != QLatin1String("false"))
        return bad(QStringLiteral("Invalid value '%1' for $count query option found. Valid values are 'true' and 'false'.").arg(countText));
    // https://learn.microsoft.com/graph/aad-advanced-queries: on directory objects, $count=true without
    // ConsistencyLevel: eventual is not an error; Graph answers 200 and leaves @odata.count out.
    const bool wantCount = countText == QLatin1String("true") && (!directory || ctx.eventual());

    auto lookupFor = [&](const T &entity) {
        return [&entity, &ctx](const QString &property) { return EntityJson::value(entity, ctx.version, property); };
    };

    ODataFilter filter;
    if (request.hasQuery(QStringLiteral("$filter"))) {
        QString parseError;
        filter = ODataFilter::parse(request.queryValue(QStringLiteral("$filter")), &parseError);
        if (!filter.isValid())
            return bad(QStringLiteral("Invalid filter clause: %1").arg(parseError));
        const QString message = filter.validate([&](const QString &property, const QJsonValue &literal) -> QString {
            const ContractProperty *p = contract.property(ctx.version, entityType, property);
            if (!p)
                return QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.").arg(property, entityType);
            if (p->collection || p->kind == QLatin1String("complex"))
                return QStringLiteral("Invalid filter clause: filtering on '%1' is not supported.").arg(property);
            if (p->kind == QLatin1String("enum") && literal.isString()
                && !contract.enumMembers(ctx.version, p->type).contains(literal.toString()))
                return QStringLiteral("The string '%1' is not a valid enumeration type constant.").arg(literal.toString());
            const bool stringLike = p->type == QLatin1String("Edm.String") || p->kind == QLatin1String("enum");
            if (stringLike && !literal.isString() && !literal.isNull())
                return QStringLiteral("Invalid filter clause: a value of type '%1' cannot be compared with '%2'.").arg(p->type, property);
            return {};
        });
        if (!message.isEmpty())
            return bad(message);
        if (directory && filter.usesFunction(QStringLiteral("endswith")) && !(ctx.eventual() && wantCount))
            return unsupported(QStringLiteral("Unsupported Query."));
        // Autopilot identities refuse eq and the other comparisons, even on serialNumber or id, with 400
        // (msgraph-sdk-powershell#1260, microsoft-graph-docs-contrib#3693); Microsoft's answer is
        // contains(serialNumber,'…') (microsoft-graph-docs#9357). Only contains() is served here.
        if (entityType == EntityJson::AutopilotIdentity && !filter.comparesOnlyWith(QStringLiteral("contains")))
            return error(ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("An error has occurred") + intuneDiagnostics(ctx));
    }

    QList<SearchClause> search;
    bool searchAll = false;
    if (request.hasQuery(QStringLiteral("$search"))) {
        if (!directory)
            return bad(QStringLiteral("Query option '$search' is not supported on this collection."));
        if (!ctx.eventual())
            return unsupported(QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                                              "request header: 'ConsistencyLevel: eventual'"));
        QString message;
        if (!parseSearch(request.queryValue(QStringLiteral("$search")), &search, &searchAll, &message))
            return bad(message);
        for (const auto &clause : search) {
            if (!contract.property(ctx.version, entityType, clause.property))
                return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                               .arg(clause.property, entityType));
        }
    }

    struct SortKey
    {
        QString property;
        bool descending;
    };
    QList<SortKey> sortKeys;
    const QString orderBy = request.queryValue(QStringLiteral("$orderby")).trimmed();
    for (const auto &part : orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString direction = words.value(1, QStringLiteral("asc"));
        if (words.isEmpty() || words.size() > 2 || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
            return bad(QStringLiteral("Invalid $orderby clause '%1'.").arg(part));
        const ContractProperty *p = contract.property(ctx.version, entityType, words.first());
        if (!p)
            return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.").arg(words.first(), entityType));
        if (p->collection || p->kind == QLatin1String("complex"))
            return bad(QStringLiteral("The $orderby expression must evaluate to a single value of primitive type."));
        if (directory) {
            const bool sortable = words.first() == QLatin1String("displayName") || words.first() == QLatin1String("userPrincipalName");
            const bool advanced = ctx.eventual() && wantCount;
            if (!sortable || ((filter.isValid() || !search.isEmpty()) && !advanced))
                return unsupported(QStringLiteral("Sorting not supported for current query."));
        }
        sortKeys.append({words.first(), direction == QLatin1String("desc")});
    }

    // A scope (a user's devices) lists candidate indexes; inScope() still decides, so an empty one lists nothing.
    const int baseCount = scope.isEmpty() ? [&] {
        if constexpr (std::is_same_v<T, DemoDevice>)
            return int(m_tenant.devices().size());
        else if constexpr (std::is_same_v<T, DemoAutopilotIdentity>)
            return int(m_tenant.autopilotIdentities().size());
        else if constexpr (std::is_same_v<T, DemoUser>)
            return int(m_tenant.users().size());
        else
            return int(m_tenant.partners().size());
    }() : int(scope.size());
    auto baseIndex = [&](int position) { return scope.isEmpty() ? position : scope.at(position); };

    // Ordering: natural order, or a sorted order cached while the tenant does not change.
    QVector<int> sorted;
    const QVector<int> *order = nullptr;
    if (!sortKeys.isEmpty()) {
        const QString cacheKey = entityType + QLatin1Char('|') + orderBy + QLatin1Char('|') + contextPath
            + QLatin1Char('|') + simApiVersionSegment(ctx.version);
        if (m_sortCache.key != cacheKey || m_sortCache.generation != m_tenant.generation()) {
            sorted.resize(baseCount);
            for (int i = 0; i < baseCount; ++i)
                sorted[i] = baseIndex(i);
            QVector<QVector<QJsonValue>> keys(baseCount);
            QHash<int, int> slot;
            for (int i = 0; i < baseCount; ++i) {
                slot.insert(sorted[i], i);
                if (const T *entity = at(sorted[i])) {
                    for (const auto &key : sortKeys)
                        keys[i].append(EntityJson::value(*entity, ctx.version, key.property));
                }
            }
            std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                const auto &ka = keys[slot.value(a)];
                const auto &kb = keys[slot.value(b)];
                for (int k = 0; k < sortKeys.size() && k < ka.size() && k < kb.size(); ++k) {
                    const QJsonValue &va = ka[k];
                    const QJsonValue &vb = kb[k];
                    int c = 0;
                    if (va.isDouble() && vb.isDouble())
                        c = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
                    else if (va.isBool() && vb.isBool())
                        c = int(va.toBool()) - int(vb.toBool());
                    else
                        c = va.toString().compare(vb.toString(), Qt::CaseInsensitive);
                    if (c != 0)
                        return sortKeys[k].descending ? c > 0 : c < 0;
                }
                return false;
            });
            m_sortCache = {cacheKey, m_tenant.generation(), sorted};
        }
        order = &m_sortCache.order;
    }
    auto indexAt = [&](int position) { return order ? order->at(position) : baseIndex(position); };

    auto matches = [&](const T &entity) {
        const auto lookup = lookupFor(entity);
        if (filter.isValid() && !filter.matches(lookup))
            return false;
        if (search.isEmpty())
            return true;
        bool any = false;
        bool every = true;
        for (const auto &clause : search) {
            const bool hit = searchMatches(lookup(clause.property).toString(), clause.term);
            any |= hit;
            every &= hit;
        }
        return searchAll ? every : any;
    };

    const QString scopeKey = QString::fromLatin1(QCryptographicHash::hash((contextPath + simApiVersionSegment(ctx.version)).toUtf8(),
                                                                          QCryptographicHash::Sha1).toHex().left(12));
    int position = 0;
    if (request.hasQuery(QStringLiteral("$skiptoken"))
        && !decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")), scopeKey, &position))
        return bad(QStringLiteral("The $skiptoken is not valid for this request."));

    QJsonArray values;
    int cursor = position;
    for (; cursor < baseCount && values.size() < pageSize; ++cursor) {
        const T *entity = at(indexAt(cursor));
        if (entity && matches(*entity))
            values.append(EntityJson::render(*entity, ctx.version, entityType, select));
    }
    // Look ahead so the last page carries no nextLink.
    while (cursor < baseCount) {
        const T *entity = at(indexAt(cursor));
        if (entity && matches(*entity))
            break;
        ++cursor;
    }

    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                QString(ctx.metadataBase() + contextPath
                        + (request.hasQuery(QStringLiteral("$select")) ? QStringLiteral("(%1)").arg(select.join(QLatin1Char(','))) : QString())));
    if (wantCount) {
        int count = 0;
        for (int i = 0; i < baseCount; ++i) {
            const T *entity = at(indexAt(i));
            if (entity && matches(*entity))
                ++count;
        }
        body.insert(QStringLiteral("@odata.count"), count);
    }
    body.insert(QStringLiteral("value"), values);
    if (cursor < baseCount) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::fromLatin1(encodeSkipToken(cursor, scopeKey)));
        QStringList encodedSegments;
        for (const auto &segment : request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            encodedSegments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment, "$()'=,@:")));
        body.insert(QStringLiteral("@odata.nextLink"),
                    QString(request.baseUrl() + QLatin1Char('/') + encodedSegments.join(QLatin1Char('/')) + QLatin1Char('?') + encodeQuery(next)));
    }
    SimResponse response = SimResponse::json(200, body);
    response.isCollectionPage = true;
    return response;
}

SimResponse GraphSimulator::handleBatch(const SimRequest &request, SimApiVersion version, const Caller &caller)
{
    auto bad = [&](const QString &message) { return graphErrorResponse(request, 400, QStringLiteral("BadRequest"), message); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("requests")).isArray())
        return bad(QStringLiteral("Invalid batch payload format."));
    const QJsonArray requests = document.object().value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return bad(QStringLiteral("Invalid batch payload format: the batch contains no requests."));
    if (requests.size() > 20)
        return bad(QStringLiteral("The number of requests in the batch exceeds the limit of 20."));

    QStringList ids;
    QHash<QString, QJsonObject> byId;
    for (const auto &entry : requests) {
        const QJsonObject item = entry.toObject();
        const QString id = item.value(QStringLiteral("id")).isDouble() ? QString::number(item.value(QStringLiteral("id")).toInt())
                                                                       : item.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return bad(QStringLiteral("Every request in a batch needs an id."));
        if (byId.contains(id))
            return bad(QStringLiteral("Batch request ids must be unique; '%1' appears twice.").arg(id));
        const QString method = item.value(QStringLiteral("method")).toString().toUpper();
        static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
                                            QStringLiteral("PUT"), QStringLiteral("DELETE")};
        if (!methods.contains(method))
            return bad(QStringLiteral("Request id : %1 has an invalid or missing method.").arg(id));
        // https://learn.microsoft.com/graph/json-batching: "url: Required. The relative resource URL"; an absolute
        // URL fails the whole batch.
        const QString url = item.value(QStringLiteral("url")).toString();
        if (url.isEmpty() || url.contains(QLatin1String("://")))
            return bad(QStringLiteral("Invalid request URL in request id : %1. The URL must be relative to the API version.").arg(id));
        // json-batching: "headers: Optional, but required when body is specified" with a Content-Type. A write
        // (POST, PATCH, PUT) without a body fails the whole batch too, even for an action that takes no parameters:
        // "Write request id : … does not contain Content-Type header or body." (microsoftgraph/msgraph-sdk-dotnet#2628).
        bool hasContentType = false;
        const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            hasContentType |= it.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
        const bool isWrite = method == QLatin1String("POST") || method == QLatin1String("PATCH") || method == QLatin1String("PUT");
        const bool hasBody = item.contains(QStringLiteral("body"));
        if ((hasBody || isWrite) && !(hasBody && hasContentType))
            return bad(QStringLiteral("Write request id : %1 does not contain Content-Type header or body.").arg(id));
        ids.append(id);
        byId.insert(id, item);
    }
    for (const auto &id : ids) {
        for (const auto &dependency : byId.value(id).value(QStringLiteral("dependsOn")).toArray()) {
            if (!byId.contains(dependency.toString()) || dependency.toString() == id)
                return bad(QStringLiteral("Request id : %1 depends on '%2', which is not in the batch.").arg(id, dependency.toString()));
        }
    }

    QHash<QString, int> statusById;
    QJsonArray responses;
    QStringList pending = ids;
    m_batchRequestId = request.requestId;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (int i = 0; i < pending.size(); ++i) {
            const QString id = pending.at(i);
            const QJsonObject item = byId.value(id);
            const QJsonArray dependsOn = item.value(QStringLiteral("dependsOn")).toArray();
            bool ready = true;
            bool failedDependency = false;
            for (const auto &dependency : dependsOn) {
                if (!statusById.contains(dependency.toString()))
                    ready = false;
                else if (statusById.value(dependency.toString()) >= 400)
                    failedDependency = true;
            }
            if (!ready)
                continue;
            pending.removeAt(i--);
            progressed = true;

            SimRequest inner;
            inner.method = item.value(QStringLiteral("method")).toString().toUpper().toLatin1();
            QString url = item.value(QStringLiteral("url")).toString();
            if (!url.startsWith(QLatin1Char('/')))
                url.prepend(QLatin1Char('/'));
            const int question = url.indexOf(QLatin1Char('?'));
            inner.path = QUrl::fromPercentEncoding(QLatin1Char('/').toLatin1() + simApiVersionSegment(version).toLatin1()
                                                   + url.left(question < 0 ? url.size() : question).toUtf8());
            if (question >= 0)
                inner.query = parseFormEncoded(url.mid(question + 1).toUtf8());
            const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                inner.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
            inner.headers.insert("authorization", request.header("authorization"));
            if (item.contains(QStringLiteral("body")))
                inner.body = QJsonDocument(item.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact);
            inner.host = request.host;
            inner.requestId = newGuid();

            SimResponse result;
            Context ctx;
            ctx.request = &inner;
            ctx.version = version;
            ctx.caller = caller;
            ctx.segments = inner.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);
            const auto injected = m_itemFault ? m_itemFault(inner.method, inner.path) : std::nullopt;
            if (failedDependency) {
                result = graphErrorResponse(inner, 424, QStringLiteral("FailedDependency"),
                                            QStringLiteral("The request was not run because a request it depends on failed."));
            } else if (ctx.segments.value(0) == QLatin1String("$batch")) {
                result = graphErrorResponse(inner, 400, QStringLiteral("BadRequest"), QStringLiteral("A batch cannot contain a batch."));
            } else if (injected) {
                result = graphErrorResponse(inner, 429, QStringLiteral("TooManyRequests"), QStringLiteral("Too many requests."));
                result.setHeader("Retry-After", QByteArray::number(*injected));
            } else if (auto throttled = checkThrottle(ctx)) {
                result = *throttled;
            } else {
                result = dispatch(ctx);
            }
            statusById.insert(id, result.status);
            if (m_itemLog)
                m_itemLog(inner.method, inner.path + (inner.query.isEmpty() ? QString() : QLatin1Char('?') + encodeQuery(inner.query)),
                          result.status, request.requestId);

            QJsonObject responseHeaders;
            if (!result.contentType.isEmpty())
                responseHeaders.insert(QStringLiteral("Content-Type"), QString::fromLatin1(result.contentType));
            for (const auto &header : result.headers)
                responseHeaders.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
            QJsonObject entry{{QStringLiteral("id"), id}, {QStringLiteral("status"), result.status},
                              {QStringLiteral("headers"), responseHeaders}};
            if (!result.body.isEmpty()) {
                const QJsonDocument bodyDocument = QJsonDocument::fromJson(result.body);
                entry.insert(QStringLiteral("body"), bodyDocument.isObject() ? QJsonValue(bodyDocument.object())
                                                                             : QJsonValue(QString::fromUtf8(result.body)));
            }
            responses.append(entry);
        }
        if (!progressed)
            return bad(QStringLiteral("The dependsOn references in the batch form a cycle."));
    }
    // Graph answers a batch in any order; the demo makes that visible instead of echoing the request order.
    QList<QJsonValue> shuffled(responses.begin(), responses.end());
    std::stable_sort(shuffled.begin(), shuffled.end(), [](const QJsonValue &a, const QJsonValue &b) {
        const auto hash = [](const QJsonValue &v) {
            return qHash(v.toObject().value(QStringLiteral("id")).toString(), 0x0ffbu);
        };
        return hash(a) < hash(b);
    });
    QJsonArray ordered;
    for (const auto &value : shuffled)
        ordered.append(value);
    SimResponse response = SimResponse::json(200, {{QStringLiteral("responses"), ordered}});
    response.contentType = "application/json";
    return response;
}
