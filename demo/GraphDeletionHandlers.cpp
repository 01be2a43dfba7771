#include "demo/GraphSimulator.h"

#include "demo/DemoClock.h"
#include "demo/EntityJson.h"
#include "demo/GraphActionRules.h"

#include <QJsonDocument>

using namespace GraphActionRules;
using namespace GraphErrors;

// What a whole offboarding changes beyond the five actions: deleting the Intune record, deregistering the Autopilot
// identity, and disabling or deleting the Microsoft Entra device; and reading Entra devices to find them.

namespace {

// "Delete managedDevice" (intune-devices-manageddevice-delete), v1.0 and beta.
const QStringList kDeleteManagedDevice = {ManagedDevicesReadWrite};
// "Delete windowsAutopilotDeviceIdentity" (intune-enrollment-windowsautopilotdeviceidentity-delete).
const QStringList kDeregisterIdentity = {ServiceConfigReadWrite};
// "List devices" / "Get device": Device.Read.All is the least privileged; the directory-wide ones also read them.
const QStringList kReadEntraDevices = {QStringLiteral("Device.Read.All"), QStringLiteral("Device.ReadWrite.All"),
    QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All")};
// "Update device" and "Delete device": delegated Directory.AccessAsUser.All, application Device.ReadWrite.All, and
// for a person one of three Microsoft Entra roles.
const QStringList kWriteEntraDelegated = {QStringLiteral("Directory.AccessAsUser.All")};
const QStringList kWriteEntraApplication = {QStringLiteral("Device.ReadWrite.All")};
const QStringList kEntraDeviceRoles = {QStringLiteral("Intune Administrator"),
    QStringLiteral("Windows 365 Administrator"), QStringLiteral("Cloud Device Administrator")};
// "Update device": the properties a caller may set. Others (deviceId, physicalIds, trustType…) are the service's.
const QStringList kWritableEntraProperties = {QStringLiteral("accountEnabled"), QStringLiteral("displayName"),
    QStringLiteral("operatingSystem"), QStringLiteral("operatingSystemVersion")};

} // namespace

// The token's permission, then the person's Intune role: the five actions and the deletions alike.
std::optional<SimResponse> GraphSimulator::checkIntuneWrite(const Context &ctx, const QStringList &needed)
{
    if (!ctx.caller.allows(needed))
        return error(ctx, 403, QStringLiteral("Forbidden"), intuneForbiddenMessage(ctx, needed));
    if (!ctx.caller.roleAllows(needed))
        return error(ctx, 403, QStringLiteral("Forbidden"), intuneRoleMessage(ctx, needed));
    return std::nullopt;
}

SimResponse GraphSimulator::deleteManagedDevice(const Context &ctx, int deviceIndex)
{
    if (auto refused = checkIntuneWrite(ctx, kDeleteManagedDevice))
        return *refused;
    if (deviceIndex < 0)
        return intuneNotFound(ctx, ctx.segments.value(1), ctx.segments.value(2));
    if (auto refused = spendDailyLimit(ctx, QStringLiteral("delete"), 1))
        return *refused;
    m_tenant.deleteManagedDevice(deviceIndex);
    return SimResponse::noContent();
}

// Deregistration is accepted at once and carried out later: the identity is still listed for a while
// (the Intune admin center says "It may take a few minutes"; the Autopilot service removes it asynchronously).
SimResponse GraphSimulator::deregisterIdentity(const Context &ctx)
{
    if (auto refused = checkIntuneWrite(ctx, kDeregisterIdentity))
        return *refused;
    const int index = m_tenant.identityIndex(ctx.segments.value(2));
    if (index < 0)
        return intuneNotFound(ctx, ctx.segments.value(1), ctx.segments.value(2));
    m_tenant.deregisterIdentity(index, DemoClock::nowUtc());
    return SimResponse::noContent();
}

SimResponse GraphSimulator::entraDevices(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    const auto &all = m_tenant.entraDevices();
    if (s.size() == 1) {
        if (ctx.request->method != "GET")
            return methodNotAllowed(ctx, "GET");
        if (auto refused = requireRead(ctx, kReadEntraDevices, true))
            return *refused;
        return m_odata.list<DemoEntraDevice>(ctx, EntityJson::EntraDevice, QStringLiteral("devices"), {},
            [&](int i) { return all[i].removed ? nullptr : &all[i]; });
    }
    if (s.size() > 2)
        return badSegment(ctx, s.value(2));
    const int index = m_tenant.entraDeviceIndex(s.value(1));
    if (ctx.request->method == "GET") {
        if (auto refused = requireRead(ctx, kReadEntraDevices, true))
            return *refused;
        if (index < 0)
            return directoryNotFound(ctx, s.value(1));
        return m_odata.item(ctx, EntityJson::EntraDevice, QStringLiteral("devices"), all[index]);
    }
    if (ctx.request->method == "PATCH")
        return updateEntraDevice(ctx, index);
    if (ctx.request->method == "DELETE")
        return deleteEntraDevice(ctx, index);
    return methodNotAllowed(ctx, "GET, PATCH, DELETE");
}

std::optional<SimResponse> GraphSimulator::checkEntraWrite(const Context &ctx, int index)
{
    const QStringList &needed = ctx.caller.appOnly ? kWriteEntraApplication : kWriteEntraDelegated;
    if (!ctx.caller.allows(needed) || !ctx.caller.holdsDirectoryRole(kEntraDeviceRoles))
        return error(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation."));
    if (index < 0)
        return directoryNotFound(ctx, ctx.segments.value(1));
    // Microsoft: deregister a device from Windows Autopilot before deleting its Entra device object ("Windows
    // Autopilot registration overview": the Autopilot deployment needs that object; Entra ID refuses deleting it
    // while the device is registered). Sources do not give the wire format; disabling is refused the same way.
    const DemoEntraDevice &device = m_tenant.entraDevices()[index];
    if (m_tenant.autopilotIdentityOfEntraDevice(device.deviceId) >= 0)
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The device '%1' is registered in Windows Autopilot. Deregister it from Windows Autopilot "
                           "before you change or delete its Microsoft Entra device object.")
                .arg(device.deviceId));
    return std::nullopt;
}

SimResponse GraphSimulator::updateEntraDevice(const Context &ctx, int index)
{
    if (auto refused = checkEntraWrite(ctx, index))
        return *refused;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(ctx.request->body, &parseError);
    if (!document.isObject() || document.object().isEmpty())
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The request body must be a JSON object with the properties to update."));
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!GraphContract::instance().property(ctx.version, EntityJson::EntraDevice, it.key()))
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.device'.").arg(it.key()));
        if (!kWritableEntraProperties.contains(it.key()))
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Property '%1' is read-only and cannot be set.").arg(it.key()));
    }
    const QJsonValue enabled = body.value(QStringLiteral("accountEnabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("Invalid value specified for property 'accountEnabled' of resource 'Device'."));
    // Objects synced from on-premises AD are changed there, not in the cloud (the error Entra ID gives for them).
    if (m_tenant.entraDevices()[index].onPremisesSyncEnabled)
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("Unable to update the specified properties for on-premises mastered Directory Sync objects "
                           "or objects currently undergoing migration."));
    if (enabled.isBool())
        m_tenant.setEntraDeviceEnabled(index, enabled.toBool());
    return SimResponse::noContent();
}

// "Delete device": 204 No Content; no request body.
SimResponse GraphSimulator::deleteEntraDevice(const Context &ctx, int index)
{
    if (auto refused = checkEntraWrite(ctx, index))
        return *refused;
    if (!ctx.request->body.trimmed().isEmpty())
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("A request body is not supported for this method."));
    m_tenant.deleteEntraDevice(index);
    return SimResponse::noContent();
}
