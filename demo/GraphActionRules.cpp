#include "demo/GraphActionRules.h"

namespace GraphActionRules {

const QString ManagedDevicesRead = QStringLiteral("DeviceManagementManagedDevices.Read.All");
const QString ManagedDevicesReadWrite = QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All");
const QString PrivilegedOperations = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString ServiceConfigRead = QStringLiteral("DeviceManagementServiceConfig.Read.All");
const QString ServiceConfigReadWrite = QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All");
const QString ConfigurationReadWrite = QStringLiteral("DeviceManagementConfiguration.ReadWrite.All");

const QList<ActionRule> &actionRules()
{
    static const QList<ActionRule> rules = {
        {QStringLiteral("retire"), {PrivilegedOperations}, {PrivilegedOperations}},
        {QStringLiteral("deprovision"), {ServiceConfigReadWrite, ConfigurationReadWrite, ManagedDevicesReadWrite}, {}},
        {QStringLiteral("removeAllDevicesFromManagement"), {PrivilegedOperations}, {}},
        {QStringLiteral("disconnect"), {ServiceConfigReadWrite}, {}},
        {QStringLiteral("unassignUserFromDevice"), {ServiceConfigRead, ServiceConfigReadWrite},
            {ServiceConfigRead, ServiceConfigReadWrite}},
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

QString unqualified(const QString &segment)
{
    static const QString prefix = QStringLiteral("microsoft.graph.");
    return segment.startsWith(prefix) ? segment.mid(prefix.size()) : segment;
}

} // namespace GraphActionRules
