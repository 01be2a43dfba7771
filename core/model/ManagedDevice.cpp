#include "core/model/ManagedDevice.h"

#include <QHash>

using namespace GraphValues;

ManagedDevice ManagedDevice::fromJson(const QJsonObject &json)
{
    return readObject<ManagedDevice>(json);
}

void ManagedDevice::read(const GraphProperty &p)
{
    const std::string_view name = p.name;
    if (name == "id")
        id = p.toString();
    else if (name == "deviceName")
        deviceName = p.toString();
    else if (name == "userPrincipalName")
        userPrincipalName = p.toString();
    else if (name == "userDisplayName")
        userDisplayName = p.toString();
    else if (name == "userId")
        userId = graphGuid(p);
    else if (name == "operatingSystem")
        operatingSystem = interned(p);
    else if (name == "osVersion")
        osVersion = interned(p);
    else if (name == "manufacturer")
        manufacturer = interned(p);
    else if (name == "model")
        model = interned(p);
    else if (name == "serialNumber")
        serialNumber = p.toString();
    else if (name == "complianceState")
        complianceState = interned(p);
    else if (name == "managementState")
        managementState = interned(p);
    else if (name == "managedDeviceOwnerType")
        ownerType = interned(p);
    else if (name == "azureADDeviceId")
        azureADDeviceId = graphGuid(p);
    else if (name == "lastSyncDateTime")
        lastSyncDateTime = graphDateTime(p);
    else if (name == "enrolledDateTime")
        enrolledDateTime = graphDateTime(p);
}

const QStringList &ManagedDevice::selectProperties()
{
    static const QStringList properties = {
        QStringLiteral("id"),
        QStringLiteral("deviceName"),
        QStringLiteral("userPrincipalName"),
        QStringLiteral("userDisplayName"),
        QStringLiteral("userId"),
        QStringLiteral("operatingSystem"),
        QStringLiteral("osVersion"),
        QStringLiteral("manufacturer"),
        QStringLiteral("model"),
        QStringLiteral("serialNumber"),
        QStringLiteral("complianceState"),
        QStringLiteral("managementState"),
        QStringLiteral("managedDeviceOwnerType"),
        QStringLiteral("azureADDeviceId"),
        QStringLiteral("lastSyncDateTime"),
        QStringLiteral("enrolledDateTime"),
    };
    return properties;
}

QString ManagedDevice::*ManagedDevice::stringProperty(const QString &graphName)
{
    static const QHash<QString, QString ManagedDevice::*> members = {
        {QStringLiteral("deviceName"), &ManagedDevice::deviceName},
        {QStringLiteral("userPrincipalName"), &ManagedDevice::userPrincipalName},
        {QStringLiteral("userDisplayName"), &ManagedDevice::userDisplayName},
        {QStringLiteral("operatingSystem"), &ManagedDevice::operatingSystem},
        {QStringLiteral("osVersion"), &ManagedDevice::osVersion},
        {QStringLiteral("manufacturer"), &ManagedDevice::manufacturer},
        {QStringLiteral("model"), &ManagedDevice::model},
        {QStringLiteral("serialNumber"), &ManagedDevice::serialNumber},
        {QStringLiteral("complianceState"), &ManagedDevice::complianceState},
        {QStringLiteral("managementState"), &ManagedDevice::managementState},
        {QStringLiteral("ownerType"), &ManagedDevice::ownerType},
    };
    return members.value(graphName, nullptr);
}
