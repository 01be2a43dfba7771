#include "core/model/ManagedDevice.h"

#include "core/model/PropertyTable.h"

#include <QHash>

using namespace GraphValues;

namespace {

using Table = PropertyTable<ManagedDevice>;

const Table &properties()
{
    static const Table table {
        {"id", Table::text<&ManagedDevice::id>},
        {"deviceName", Table::text<&ManagedDevice::deviceName>},
        {"userPrincipalName", Table::text<&ManagedDevice::userPrincipalName>},
        {"userDisplayName", Table::text<&ManagedDevice::userDisplayName>},
        {"userId", Table::guid<&ManagedDevice::userId>},
        {"operatingSystem", Table::internedText<&ManagedDevice::operatingSystem>},
        {"osVersion", Table::internedText<&ManagedDevice::osVersion>},
        {"manufacturer", Table::internedText<&ManagedDevice::manufacturer>},
        {"model", Table::internedText<&ManagedDevice::model>},
        {"serialNumber", Table::text<&ManagedDevice::serialNumber>},
        {"complianceState", Table::internedText<&ManagedDevice::complianceState>},
        {"managementState", Table::internedText<&ManagedDevice::managementState>},
        {"managedDeviceOwnerType", Table::internedText<&ManagedDevice::ownerType>},
        {"azureADDeviceId", Table::guid<&ManagedDevice::azureADDeviceId>},
        {"lastSyncDateTime", Table::dateTime<&ManagedDevice::lastSyncDateTime>},
        {"enrolledDateTime", Table::dateTime<&ManagedDevice::enrolledDateTime>},
    };
    return table;
}

} // namespace

ManagedDevice ManagedDevice::fromJson(const QJsonObject &json)
{
    return readObject<ManagedDevice>(json);
}

void ManagedDevice::read(const GraphProperty &property)
{
    properties().read(*this, property);
}

const QStringList &ManagedDevice::selectProperties()
{
    return properties().names();
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
