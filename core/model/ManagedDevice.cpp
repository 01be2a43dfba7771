#include "core/model/ManagedDevice.h"

#include <QHash>

using namespace GraphValues;

ManagedDevice ManagedDevice::fromJson(const QJsonObject &json)
{
    ManagedDevice d;
    d.id = json.value(QStringLiteral("id")).toString();
    d.deviceName = json.value(QStringLiteral("deviceName")).toString();
    d.userPrincipalName = json.value(QStringLiteral("userPrincipalName")).toString();
    d.userDisplayName = json.value(QStringLiteral("userDisplayName")).toString();
    d.userId = QUuid::fromString(json.value(QStringLiteral("userId")).toString());
    d.operatingSystem = interned(json.value(QStringLiteral("operatingSystem")).toString());
    d.osVersion = interned(json.value(QStringLiteral("osVersion")).toString());
    d.manufacturer = interned(json.value(QStringLiteral("manufacturer")).toString());
    d.model = interned(json.value(QStringLiteral("model")).toString());
    d.serialNumber = json.value(QStringLiteral("serialNumber")).toString();
    d.complianceState = interned(json.value(QStringLiteral("complianceState")).toString());
    d.managementState = interned(json.value(QStringLiteral("managementState")).toString());
    d.ownerType = interned(json.value(QStringLiteral("managedDeviceOwnerType")).toString());
    d.azureADDeviceId = QUuid::fromString(json.value(QStringLiteral("azureADDeviceId")).toString());
    d.lastSyncDateTime = graphDateTime(json.value(QStringLiteral("lastSyncDateTime")));
    d.enrolledDateTime = graphDateTime(json.value(QStringLiteral("enrolledDateTime")));
    return d;
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
