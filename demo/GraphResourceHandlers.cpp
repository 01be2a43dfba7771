#include "demo/GraphSimulator.h"

#include "demo/DemoClock.h"
#include "demo/EntityJson.h"
#include "demo/GraphActionRules.h"

#include <QJsonDocument>

using namespace GraphActionRules;
using namespace GraphErrors;

// The collections, their items and the five actions: who may read or run what, and what each changes.

std::optional<SimResponse> GraphSimulator::requireRead(const Context &ctx, const QStringList &anyOf, bool directory)
{
    const bool allowed = ctx.caller.allows(anyOf) && ctx.caller.roleAllows(anyOf);
    if (allowed)
        return std::nullopt;
    if (directory)
        return error(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation."));
    return error(ctx, 403, QStringLiteral("Forbidden"),
        ctx.caller.allows(anyOf) ? intuneRoleMessage(ctx, anyOf) : intuneForbiddenMessage(ctx, anyOf));
}

SimResponse GraphSimulator::devices(const Context &ctx, int first, int userIndex, bool comanagedOnly)
{
    const QStringList &s = ctx.segments;
    const int depth = s.size() - first; // 1: collection, 2: item, 3: action
    const QString contextPath = userIndex >= 0
        ? QStringLiteral("users('%1')/managedDevices").arg(m_tenant.users()[userIndex].id)
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
        if (auto refused = requireRead(ctx, {ManagedDevicesRead, ManagedDevicesReadWrite}, false))
            return *refused;
        QVector<int> scope;
        if (userIndex >= 0) {
            for (const int index : m_tenant.users()[userIndex].deviceIndexes)
                scope.append(index);
        }
        SimResponse page = m_odata.list<DemoDevice>(
            ctx, EntityJson::ManagedDevice, contextPath, userIndex >= 0 ? scope : QVector<int>(), inScope);
        if (userIndex < 0 && !comanagedOnly && page.status == 200)
            m_tenant.checkInDevices(DemoClock::nowUtc());
        return page;
    }
    const int index = m_tenant.deviceIndex(s.value(first + 1));
    const bool found = index >= 0 && inScope(index);
    if (depth == 2 && ctx.request->method == "DELETE" && userIndex < 0 && !comanagedOnly)
        return deleteManagedDevice(ctx, found ? index : -1);
    if (depth == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET, DELETE");
        if (auto refused = requireRead(ctx, {ManagedDevicesRead, ManagedDevicesReadWrite}, false))
            return *refused;
        if (!found)
            return intuneNotFound(ctx, s.value(first), s.value(first + 1));
        return m_odata.item(ctx, EntityJson::ManagedDevice, contextPath, all[index]);
    }
    const QString action = unqualified(s.value(first + 2));
    if (depth > 3 || !GraphContract::instance().hasOperation(ctx.version, EntityJson::ManagedDevice, action))
        return badSegment(ctx, s.value(qMin(first + 2, s.size() - 1)));
    if (action == QLatin1String("getFileVaultKey") && userIndex < 0)
        return fileVaultKey(ctx, found ? index : -1);
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

namespace {
const DemoAutopilotIdentity *listed(const DemoAutopilotIdentity &identity)
{
    return identity.removed ? nullptr : &identity;
}
const DemoPartner *listed(const DemoPartner &partner)
{
    return &partner;
}
} // namespace

// An Intune collection whose items the demo serves one action on: Autopilot identities (unassignUserFromDevice) and
// remote assistance partners (disconnect). Any other action Graph defines there answers 501.
template<typename T>
SimResponse GraphSimulator::intuneCollection(const Context &ctx, const QString &entityType, const QVector<T> &all,
    int index, const QString &servedAction, const std::function<SimResponse(int)> &act)
{
    const QStringList &s = ctx.segments;
    const QString contextPath = QStringLiteral("deviceManagement/") + s.value(1);
    const QStringList readPermissions = {ServiceConfigRead, ServiceConfigReadWrite};
    if (s.size() <= 3) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, false))
            return *refused;
        if (s.size() == 2)
            return m_odata.list<T>(ctx, entityType, contextPath, {}, [&](int i) { return listed(all[i]); });
        if (index < 0)
            return intuneNotFound(ctx, s.value(1), s.value(2));
        return m_odata.item(ctx, entityType, contextPath, all[index]);
    }
    const QString action = unqualified(s.value(3));
    if (s.size() > 4 || !GraphContract::instance().hasOperation(ctx.version, entityType, action))
        return badSegment(ctx, s.value(qMin(3, int(s.size()) - 1)));
    if (ctx.request->method != "POST")
        return methodNotAllowed(ctx, "POST");
    if (action != servedAction)
        return notServed(ctx);
    if (auto refused = checkActionAllowed(ctx, action))
        return *refused;
    if (index < 0)
        return intuneNotFound(ctx, s.value(1), s.value(2));
    return act(index);
}

SimResponse GraphSimulator::identities(const Context &ctx)
{
    if (ctx.segments.size() == 3 && ctx.request->method == "DELETE")
        return deregisterIdentity(ctx);
    return intuneCollection(ctx, EntityJson::AutopilotIdentity, m_tenant.autopilotIdentities(),
        m_tenant.identityIndex(ctx.segments.value(2)), QStringLiteral("unassignUserFromDevice"),
        [&](int index) { return unassignUser(ctx, index); });
}

SimResponse GraphSimulator::partners(const Context &ctx)
{
    return intuneCollection(ctx, EntityJson::RemoteAssistancePartner, m_tenant.partners(),
        m_tenant.partnerIndex(ctx.segments.value(2)), QStringLiteral("disconnect"),
        [&](int index) { return disconnect(ctx, index); });
}

SimResponse GraphSimulator::users(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    const QStringList readPermissions
        = {QStringLiteral("User.ReadBasic.All"), QStringLiteral("User.Read.All"), QStringLiteral("User.ReadWrite.All"),
            QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All")};
    const auto &all = m_tenant.users();
    if (s.size() == 1 || (s.size() == 2 && s.at(1) == QLatin1String("$count"))) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, true))
            return *refused;
        if (s.size() == 2) {
            if (!ctx.eventual())
                return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                    QStringLiteral(
                        "$count is not currently supported without the header 'ConsistencyLevel: eventual'."));
            SimResponse response;
            response.contentType = "text/plain";
            response.body = QByteArray::number(qsizetype(all.size()));
            return response;
        }
        return m_odata.list<DemoUser>(
            ctx, EntityJson::User, QStringLiteral("users"), {}, [&](int i) { return &all[i]; });
    }
    const int index = m_tenant.userIndex(s.value(1));
    if (s.size() == 2) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, readPermissions, true))
            return *refused;
        if (index < 0)
            return directoryNotFound(ctx, s.value(1));
        return m_odata.item(ctx, EntityJson::User, QStringLiteral("users"), all[index]);
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
    if (auto refused = checkIntuneWrite(ctx, ctx.caller.appOnly ? rule->application : rule->delegated))
        return refused;
    if (m_approvalRequired.contains(action))
        return error(ctx, 403, QStringLiteral("Forbidden"),
            QStringLiteral("This operation requires Multi Admin Approval. An Intune access policy protects '%1' "
                           "on this tenant: submit the request for approval with a business justification, and a "
                           "second administrator must approve it in the Intune admin center (Tenant administration "
                           "> Multi Admin Approval) before it can run. - Activity ID: %2 - Url: %3")
                .arg(action, ctx.request->requestId, ctx.url()));
    return std::nullopt;
}

std::optional<SimResponse> GraphSimulator::checkBody(
    const Context &ctx, const QString &entityType, const QString &action, QJsonObject *body)
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
                QStringLiteral(
                    "The parameter '%1' in the request payload is not a valid parameter for the operation '%2'.")
                    .arg(it.key(), action));
    }
    return std::nullopt;
}

SimResponse GraphSimulator::retire(const Context &ctx, int deviceIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::ManagedDevice, QStringLiteral("retire"), &body))
        return *bad;
    if (auto refused = spendDailyLimit(ctx, QStringLiteral("retire"), 1))
        return *refused;
    m_tenant.retireDevice(deviceIndex, DemoClock::nowUtc());
    return SimResponse::noContent();
}

// The limits are Intune's ("Daily tenant limits" on its device actions page); Microsoft does not give the answer to a
// request over them, so the demo refuses with a 403 of its own wording that names the limit (the stricter reading:
// not a 429, which clients retry).
std::optional<SimResponse> GraphSimulator::spendDailyLimit(const Context &ctx, const QString &kind, int count)
{
    const QDateTime now = DemoClock::nowUtc();
    const int used = m_tenant.deviceActionsInLastDay(kind, now);
    const int limit = m_tenant.dailyLimit(kind);
    if (used + count > limit)
        return error(ctx, 403, QStringLiteral("Forbidden"),
            QStringLiteral("The tenant has reached Intune's daily limit of %1 %2 device actions (%3 in the last 24 "
                           "hours). Try again later.")
                .arg(limit)
                .arg(kind)
                .arg(used));
    m_tenant.recordDeviceActions(kind, now, count);
    return std::nullopt;
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
    m_tenant.retireDevice(deviceIndex, DemoClock::nowUtc());
    return SimResponse::noContent();
}

SimResponse GraphSimulator::removeAllDevices(const Context &ctx, int userIndex)
{
    QJsonObject body;
    if (auto bad = checkBody(ctx, EntityJson::User, QStringLiteral("removeAllDevicesFromManagement"), &body))
        return *bad;
    int devices = 0;
    for (const int index : m_tenant.users()[userIndex].deviceIndexes)
        devices += !m_tenant.devices()[index].removed;
    if (auto refused = spendDailyLimit(ctx, QStringLiteral("retire"), devices)) // it retires each of them
        return *refused;
    m_tenant.removeAllDevicesOfUser(userIndex, DemoClock::nowUtc());
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
