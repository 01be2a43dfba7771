#include "core/actions/ActionCatalog.h"
#include "core/actions/OrganisationPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {
// The reference pages spell it "PriviligedOperation"; Entra ID issues this name.
const QString kPrivilegedOperations = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString kManagedDevicesReadWrite = QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All");
const QString kServiceConfigRead = QStringLiteral("DeviceManagementServiceConfig.Read.All");
const QString kServiceConfigReadWrite = QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All");
const QString kConfigurationReadWrite = QStringLiteral("DeviceManagementConfiguration.ReadWrite.All");
// "Update device" and "Delete device": delegated Directory.AccessAsUser.All, application Device.ReadWrite.All.
const QString kDirectoryAsUser = QStringLiteral("Directory.AccessAsUser.All");
const QString kDeviceReadWrite = QStringLiteral("Device.ReadWrite.All");
} // namespace

QString ActionDefinition::path(const QString &targetId) const
{
    QString p = pathTemplate;
    return p.replace(QStringLiteral("{id}"), GraphClient::pathSegment(targetId));
}

QString ActionDefinition::objectPath(const QString &targetId) const
{
    return method == "POST" ? path(targetId).section(QLatin1Char('/'), 0, -2) : path(targetId);
}

bool ActionDefinition::acceptsTargetId(const QString &targetId) const
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    // A UPN: one '@', a local part and a domain, nothing that means something else in a URL or a path.
    static const QRegularExpression upn(QStringLiteral("^[^@/\\\\?%\\s]+@[^@/\\\\?%\\s]+\\.[^@/\\\\?%\\s.]+$"));
    if (guid.match(targetId).hasMatch())
        return true;
    return target == Target::User && upn.match(targetId).hasMatch();
}

const QList<ActionDefinition> &ActionCatalog::all()
{
    using T = ActionDefinition::Target;
    using Scope = ActionEffect::Scope;
    // retire and deprovision leave the device "retirePending" until it checks in; removeAllDevicesFromManagement
    // retires every managed device of the user; disconnect leaves the partner "notOnboarded"; unassign clears the
    // identity's user.
    const ActionEffect retirePending {
        Scope::Target, {{QStringLiteral("managementState"), QStringLiteral("retirePending")}}};
    static const QList<ActionDefinition> actions = {
        {QStringLiteral("retire"), T::ManagedDevice, ApiVersion::V1,
            QStringLiteral("/deviceManagement/managedDevices/{id}/retire"), false, {kPrivilegedOperations},
            {kPrivilegedOperations}, retirePending},
        {QStringLiteral("deprovision"), T::ManagedDevice, ApiVersion::Beta,
            QStringLiteral("/deviceManagement/managedDevices/{id}/deprovision"), true,
            {kServiceConfigReadWrite, kConfigurationReadWrite, kManagedDevicesReadWrite}, {}, retirePending},
        {QStringLiteral("removeAllDevicesFromManagement"), T::User, ApiVersion::V1,
            QStringLiteral("/users/{id}/removeAllDevicesFromManagement"), false, {kPrivilegedOperations}, {},
            {Scope::ManagedDevicesOfUser, retirePending.changes}},
        {QStringLiteral("disconnect"), T::RemoteAssistancePartner, ApiVersion::V1,
            QStringLiteral("/deviceManagement/remoteAssistancePartners/{id}/disconnect"), false,
            {kServiceConfigReadWrite}, {},
            {Scope::Target, {{QStringLiteral("onboardingStatus"), QStringLiteral("notOnboarded")}}}},
        {QStringLiteral("unassignUserFromDevice"), T::AutopilotIdentity, ApiVersion::V1,
            QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities/{id}/unassignUserFromDevice"), false,
            {kServiceConfigRead, kServiceConfigReadWrite}, {kServiceConfigRead, kServiceConfigReadWrite},
            {Scope::Target,
                {{QStringLiteral("userPrincipalName"), QString()},
                    {QStringLiteral("addressableUserName"), QString()}}}},
    };
    return actions;
}

const QList<ActionDefinition> &ActionCatalog::planSteps()
{
    using T = ActionDefinition::Target;
    // Graph reference pages: "Delete managedDevice", "Delete windowsAutopilotDeviceIdentity", "Update device",
    // "Delete device". Their effects are removals (or accountEnabled), which the lists do not show as a change.
    static const QList<ActionDefinition> steps = {
        {QStringLiteral("deleteManagedDevice"), T::ManagedDevice, ApiVersion::V1,
            QStringLiteral("/deviceManagement/managedDevices/{id}"), false, {kManagedDevicesReadWrite},
            {kManagedDevicesReadWrite}, {}, "DELETE", {}},
        {QStringLiteral("deregisterAutopilotDevice"), T::AutopilotIdentity, ApiVersion::V1,
            QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities/{id}"), false, {kServiceConfigReadWrite},
            {kServiceConfigReadWrite}, {}, "DELETE", {}},
        {QStringLiteral("disableEntraDevice"), T::EntraDevice, ApiVersion::V1, QStringLiteral("/devices/{id}"), false,
            {kDirectoryAsUser}, {kDeviceReadWrite}, {}, "PATCH",
            QJsonObject {{QStringLiteral("accountEnabled"), false}}},
        {QStringLiteral("deleteEntraDevice"), T::EntraDevice, ApiVersion::V1, QStringLiteral("/devices/{id}"), false,
            {kDirectoryAsUser}, {kDeviceReadWrite}, {}, "DELETE", {}},
    };
    return steps;
}

const ActionDefinition *ActionCatalog::find(const QString &name)
{
    for (const auto *list : {&all(), &planSteps()}) {
        for (const auto &action : *list) {
            if (action.name == name)
                return &action;
        }
    }
    return nullptr;
}

ActionCatalog::Permission ActionCatalog::check(const ActionDefinition &action, const AccessToken &token, bool readOnly)
{
    if (!token.isValid())
        return {false, tr("Not signed in.")};
    if (readOnly)
        return {false, tr("You signed in read-only. To run actions, sign out and sign in without “Read only”.")};
    if (const OrganisationPolicy &policy = OrganisationPolicy::current(); policy.disablesAction(action.name))
        return {false, tr("Your organisation has turned this action off (%1).").arg(policy.source())};
    if (token.isAppOnly() && action.applicationPermissions.isEmpty())
        return {false,
            tr("Microsoft Graph does not let an app signed in on its own (app-only) run this action. "
               "Sign in as a user with %1.")
                .arg(action.delegatedPermissions.join(tr(" or ")))};
    const QStringList &needed = token.isAppOnly() ? action.applicationPermissions : action.delegatedPermissions;
    for (const QString &permission : needed) {
        if (token.hasPermission(permission))
            return {true, {}};
    }
    return {false,
        token.isAppOnly() ? tr("The app registration lacks the application permission %1.").arg(needed.join(tr(" or ")))
                          : tr("Your sign-in lacks the permission %1.").arg(needed.join(tr(" or ")))};
}

QString ActionCatalog::title(const ActionDefinition &action)
{
    if (action.name == QLatin1String("retire"))
        return tr("Retire");
    if (action.name == QLatin1String("deprovision"))
        return tr("Deprovision");
    if (action.name == QLatin1String("removeAllDevicesFromManagement"))
        return tr("Remove all devices from management");
    if (action.name == QLatin1String("disconnect"))
        return tr("Disconnect");
    if (action.name == QLatin1String("deleteManagedDevice"))
        return tr("Delete from Intune");
    if (action.name == QLatin1String("deregisterAutopilotDevice"))
        return tr("Deregister from Autopilot");
    if (action.name == QLatin1String("disableEntraDevice"))
        return tr("Disable in Entra ID");
    if (action.name == QLatin1String("deleteEntraDevice"))
        return tr("Delete from Entra ID");
    return tr("Unassign user from device");
}

QString ActionCatalog::consequence(const ActionDefinition &action)
{
    if (action.name == QLatin1String("retire"))
        return tr(
            "Intune removes the company data, apps, settings and e-mail profiles it put on the device, and stops "
            "managing "
            "it. The user's personal data stays on the device. The retire replaces any other action still pending for "
            "the "
            "device and happens when the device next checks in with Intune. It cannot be undone: to manage the device "
            "again, it must be enrolled again.");
    if (action.name == QLatin1String("deprovision"))
        return tr("Intune stops managing the device, with the reason you give; the device is not wiped. Microsoft "
                  "documents this "
                  "action only in the beta API and without details, so prefer Retire unless your process asks for "
                  "deprovision. "
                  "It cannot be undone: to manage the device again, it must be enrolled again.");
    if (action.name == QLatin1String("removeAllDevicesFromManagement"))
        return tr(
            "Every device of this user is retired: when each one next checks in, Intune removes the company data, apps "
            "and settings it put there and stops managing it. Personal data stays. This includes devices not shown in "
            "the list. It cannot be undone.");
    if (action.name == QLatin1String("disconnect"))
        return tr(
            "The remote assistance partner is disconnected from Intune: helpdesk staff can no longer start remote "
            "assistance sessions through it until it is onboarded again in the Intune admin center.");
    if (action.name == QLatin1String("deleteManagedDevice"))
        return tr("The device's record is deleted from Intune. Intune no longer lists or manages it; if the device "
                  "checks in again it is not managed. Delete only after a retire or wipe has been carried out.");
    if (action.name == QLatin1String("deregisterAutopilotDevice"))
        return tr("The device is deregistered from Windows Autopilot: a reset no longer sets it up for your "
                  "organisation, and it can be registered by its next owner. Autopilot completes this after a few "
                  "minutes.");
    if (action.name == QLatin1String("disableEntraDevice"))
        return tr("The device's Microsoft Entra object is disabled: nobody can sign in to Microsoft Entra ID on it, "
                  "and access policies that need a known device block it. It can be enabled again.");
    if (action.name == QLatin1String("deleteEntraDevice"))
        return tr("The device's Microsoft Entra object is deleted, and with it its BitLocker recovery keys and its "
                  "local administrator (LAPS) password. It cannot be undone.");
    return tr("The assigned user is removed from the Windows Autopilot device identity, so the next Autopilot "
              "deployment of the "
              "device is not set up for that user. The device stays registered in Autopilot.");
}

QStringList ActionCatalog::commonDeprovisionReasons()
{
    return {tr("Employee left the company"), tr("Device returned to the vendor"), tr("Device lost or stolen"),
        tr("Device replaced"), tr("Device to be reused by another department")};
}

QByteArray ActionCatalog::body(const ActionDefinition &action, const QString &deprovisionReason)
{
    if (!action.fixedBody.isEmpty())
        return QJsonDocument(action.fixedBody).toJson(QJsonDocument::Compact);
    if (!action.needsBody)
        return {};
    return QJsonDocument(QJsonObject {{QStringLiteral("deprovisionReason"), deprovisionReason.trimmed()}})
        .toJson(QJsonDocument::Compact);
}
