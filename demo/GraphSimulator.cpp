#include "demo/GraphSimulator.h"

#include "demo/DemoClock.h"
#include "demo/GraphActionRules.h"

#include "demo/EntityJson.h"
#include "demo/ODataFilter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace SimHttp;

using namespace GraphActionRules;
using namespace GraphErrors;

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

GraphSimulator::GraphSimulator(DemoTenant &tenant, const DemoTokenService &tokens)
    : m_tenant(tenant)
    , m_tokens(tokens)
    , m_odata(tenant)
{
}

SimResponse GraphSimulator::handle(const SimRequest &request)
{
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Context ctx;
    ctx.request = &request;
    if (segments.isEmpty() || (segments.first() != QLatin1String("v1.0") && segments.first() != QLatin1String("beta")))
        return error(
            ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("Invalid version: %1").arg(segments.value(0)));
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
    const auto check = m_tokens.verify(token, DemoClock::nowUtc(), &claims);
    QString message;
    switch (check) {
    case DemoTokenService::Check::Valid:
        break;
    case DemoTokenService::Check::Missing:
        message = QStringLiteral("Access token is empty.");
        break;
    case DemoTokenService::Check::Malformed:
        message = QStringLiteral("IDX14100: JWT is not well formed, there are no dots (.).");
        break;
    case DemoTokenService::Check::BadSignature:
        message = QStringLiteral("Access token validation failure.");
        break;
    case DemoTokenService::Check::Expired:
        message = QStringLiteral("Lifetime validation failed, the token is expired.");
        break;
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
        for (const auto &scope :
            claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            caller->permissions.insert(scope);
        if (const DemoAccount *account = m_tenant.account(caller->userPrincipalName)) {
            caller->role = QSet<QString>(account->permissions.begin(), account->permissions.end());
            caller->directoryRoles = QSet<QString>(account->directoryRoles.begin(), account->directoryRoles.end());
        }
    }
    return std::nullopt;
}

std::optional<SimResponse> GraphSimulator::checkThrottle(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    IntuneThrottle::Category category = IntuneThrottle::Category::None;
    if (s.value(0) == QLatin1String("deviceManagement")) {
        if (s.value(1) == QLatin1String("managedDevices") || s.value(1) == QLatin1String("comanagedDevices"))
            category = IntuneThrottle::Category::Devices;
        else if (s.value(1) == QLatin1String("windowsAutopilotDeviceIdentities")
            || s.value(1) == QLatin1String("remoteAssistancePartners"))
            category = IntuneThrottle::Category::EnrollmentAndRemoteAssistance;
    } else if (s.value(0) == QLatin1String("users")
        && (s.value(2) == QLatin1String("managedDevices")
            || unqualified(s.value(2)) == QLatin1String("removeAllDevicesFromManagement"))) {
        category = IntuneThrottle::Category::Devices;
    }
    const bool write = ctx.request->method != "GET";
    const auto wait = m_throttle.admit(category, write, ctx.caller.appId, DemoClock::nowUtc());
    if (!wait)
        return std::nullopt;
    SimResponse response = error(ctx, 429, QStringLiteral("TooManyRequests"),
        QStringLiteral("Too many requests. Intune's limit for this tenant and application was "
                       "reached; retry after %1 seconds.")
            .arg(*wait));
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
    if (root == QLatin1String("devices"))
        return entraDevices(ctx);
    if (root == QLatin1String("informationProtection"))
        return informationProtection(ctx);
    if (root == QLatin1String("directory"))
        return directory(ctx);
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
    if (emptyInDemo.contains(collection)
        && (collection == QLatin1String("detectedApps") || ctx.version == SimApiVersion::Beta)) {
        // These exist in Graph, but the demo tenant has none of them: an empty collection, and 404 for any id.
        if (ctx.segments.size() == 2 && ctx.request->method == "GET")
            return SimResponse::json(200,
                {{QStringLiteral("@odata.context"),
                     QString(ctx.metadataBase() + QStringLiteral("deviceManagement/") + collection)},
                    {QStringLiteral("value"), QJsonArray()}});
        if (ctx.segments.size() > 2)
            return intuneNotFound(ctx, collection, ctx.segments.value(2));
    }
    if (collection.isEmpty())
        return notServed(ctx);
    return badSegment(ctx, collection);
}

SimResponse GraphSimulator::handleBatch(const SimRequest &request, SimApiVersion version, const Caller &caller)
{
    auto bad = [&](const QString &message) {
        return graphErrorResponse(request, 400, QStringLiteral("BadRequest"), message);
    };
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
        const QString id = item.value(QStringLiteral("id")).isDouble()
            ? QString::number(item.value(QStringLiteral("id")).toInt())
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
            return bad(
                QStringLiteral("Invalid request URL in request id : %1. The URL must be relative to the API version.")
                    .arg(id));
        // json-batching: "headers: Optional, but required when body is specified" with a Content-Type. A write
        // (POST, PATCH, PUT) without a body fails the whole batch too, even for an action that takes no parameters:
        // "Write request id : … does not contain Content-Type header or body."
        // (microsoftgraph/msgraph-sdk-dotnet#2628).
        bool hasContentType = false;
        const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            hasContentType |= it.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
        const bool isWrite
            = method == QLatin1String("POST") || method == QLatin1String("PATCH") || method == QLatin1String("PUT");
        const bool hasBody = item.contains(QStringLiteral("body"));
        if ((hasBody || isWrite) && !(hasBody && hasContentType))
            return bad(QStringLiteral("Write request id : %1 does not contain Content-Type header or body.").arg(id));
        ids.append(id);
        byId.insert(id, item);
    }
    for (const auto &id : ids) {
        for (const auto &dependency : byId.value(id).value(QStringLiteral("dependsOn")).toArray()) {
            if (!byId.contains(dependency.toString()) || dependency.toString() == id)
                return bad(QStringLiteral("Request id : %1 depends on '%2', which is not in the batch.")
                               .arg(id, dependency.toString()));
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
            inner.path = QUrl::fromPercentEncoding(QLatin1Char('/').toLatin1()
                + simApiVersionSegment(version).toLatin1() + url.left(question < 0 ? url.size() : question).toUtf8());
            if (question >= 0)
                inner.query = parseFormEncoded(url.mid(question + 1).toUtf8());
            const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                inner.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
            inner.headers.insert("authorization", request.header("authorization"));
            if (item.contains(QStringLiteral("body")))
                inner.body
                    = QJsonDocument(item.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact);
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
                result = graphErrorResponse(
                    inner, 400, QStringLiteral("BadRequest"), QStringLiteral("A batch cannot contain a batch."));
            } else if (injected) {
                result = graphErrorResponse(
                    inner, 429, QStringLiteral("TooManyRequests"), QStringLiteral("Too many requests."));
                result.setHeader("Retry-After", QByteArray::number(*injected));
            } else if (auto throttled = checkThrottle(ctx)) {
                result = *throttled;
            } else {
                result = dispatch(ctx);
            }
            statusById.insert(id, result.status);
            if (m_itemLog)
                m_itemLog(inner.method,
                    inner.path + (inner.query.isEmpty() ? QString() : QLatin1Char('?') + encodeGraphQuery(inner.query)),
                    result.status, request.requestId);

            QJsonObject responseHeaders;
            if (!result.contentType.isEmpty())
                responseHeaders.insert(QStringLiteral("Content-Type"), QString::fromLatin1(result.contentType));
            for (const auto &header : result.headers)
                responseHeaders.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
            QJsonObject entry {{QStringLiteral("id"), id}, {QStringLiteral("status"), result.status},
                {QStringLiteral("headers"), responseHeaders}};
            if (!result.body.isEmpty()) {
                const QJsonDocument bodyDocument = QJsonDocument::fromJson(result.body);
                entry.insert(QStringLiteral("body"),
                    bodyDocument.isObject() ? QJsonValue(bodyDocument.object())
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
        const auto hash
            = [](const QJsonValue &v) { return qHash(v.toObject().value(QStringLiteral("id")).toString(), 0x0ffbu); };
        return hash(a) < hash(b);
    });
    QJsonArray ordered;
    for (const auto &value : shuffled)
        ordered.append(value);
    SimResponse response = SimResponse::json(200, {{QStringLiteral("responses"), ordered}});
    response.contentType = "application/json";
    return response;
}
