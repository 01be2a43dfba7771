#include "ActionCatalog.h"

#include <QUrl>

namespace {
// The reference pages spell it "PriviligedOperation"; Entra ID issues this name.
const QString kPrivilegedOperations = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString kManagedDevicesReadWrite = QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All");
const QString kServiceConfigRead = QStringLiteral("DeviceManagementServiceConfig.Read.All");
const QString kServiceConfigReadWrite = QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All");
const QString kConfigurationReadWrite = QStringLiteral("DeviceManagementConfiguration.ReadWrite.All");
} // namespace

QString ActionDefinition::path(const QString &targetId) const
{
    QString p = pathTemplate;
    return p.replace(QStringLiteral("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(targetId)));
}

const QList<ActionDefinition> &ActionCatalog::all()
{
    using T = ActionDefinition::Target;
    static const QList<ActionDefinition> actions = {
        {QStringLiteral("retire"), T::ManagedDevice, ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices/{id}/retire"),
         false, {kPrivilegedOperations}, {kPrivilegedOperations}},
        {QStringLiteral("deprovision"), T::ManagedDevice, ApiVersion::Beta, QStringLiteral("/deviceManagement/managedDevices/{id}/deprovision"),
         true, {kServiceConfigReadWrite, kConfigurationReadWrite, kManagedDevicesReadWrite}, {}},
        {QStringLiteral("removeAllDevicesFromManagement"), T::User, ApiVersion::V1, QStringLiteral("/users/{id}/removeAllDevicesFromManagement"),
         false, {kPrivilegedOperations}, {}},
        {QStringLiteral("disconnect"), T::RemoteAssistancePartner, ApiVersion::V1,
         QStringLiteral("/deviceManagement/remoteAssistancePartners/{id}/disconnect"), false, {kServiceConfigReadWrite}, {}},
        {QStringLiteral("unassignUserFromDevice"), T::AutopilotIdentity, ApiVersion::V1,
         QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities/{id}/unassignUserFromDevice"), false,
         {kServiceConfigRead, kServiceConfigReadWrite}, {kServiceConfigRead, kServiceConfigReadWrite}},
    };
    return actions;
}

const ActionDefinition *ActionCatalog::find(const QString &name)
{
    for (const auto &action : all()) {
        if (action.name == name)
            return &action;
    }
    return nullptr;
}

ActionCatalog::Permission ActionCatalog::check(const ActionDefinition &action, const AccessToken &token)
{
    if (!token.isValid())
        return {false, tr("Not signed in.")};
    if (token.isAppOnly() && action.applicationPermissions.isEmpty())
        return {false, tr("Microsoft Graph does not let an app signed in on its own (app-only) run this action. "
                          "Sign in as a user with %1.").arg(action.delegatedPermissions.join(tr(" or ")))};
    const QStringList &needed = token.isAppOnly() ? action.applicationPermissions : action.delegatedPermissions;
    for (const QString &permission : needed) {
        if (token.hasPermission(permission))
            return {true, {}};
    }
    return {false, token.isAppOnly() ? tr("The app registration lacks the application permission %1.").arg(needed.join(tr(" or ")))
                                     : tr("Your sign-in lacks the permission %1.").arg(needed.join(tr(" or ")))};
}
