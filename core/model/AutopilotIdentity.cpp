#include "core/model/AutopilotIdentity.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

AutopilotIdentity AutopilotIdentity::fromJson(const QJsonObject &json)
{
    AutopilotIdentity a;
    a.id = jsonText(json, "id");
    a.serialNumber = jsonText(json, "serialNumber");
    a.displayName = jsonText(json, "displayName");
    a.manufacturer = interned(jsonText(json, "manufacturer"));
    a.model = interned(jsonText(json, "model"));
    a.groupTag = interned(jsonText(json, "groupTag"));
    a.userPrincipalName = jsonText(json, "userPrincipalName");
    a.addressableUserName = jsonText(json, "addressableUserName");
    a.enrollmentState = interned(jsonText(json, "enrollmentState"));
    a.managedDeviceId = jsonText(json, "managedDeviceId");
    if (a.managedDeviceId == QLatin1String("00000000-0000-0000-0000-000000000000"))
        a.managedDeviceId.clear();
    a.azureADDeviceId = QUuid::fromString(jsonText(json, "azureActiveDirectoryDeviceId"));
    a.purchaseOrderIdentifier = jsonText(json, "purchaseOrderIdentifier");
    a.lastContactedDateTime = graphDateTime(json.value(QStringLiteral("lastContactedDateTime")));
    return a;
}

const QStringList &AutopilotIdentity::selectProperties()
{
    static const QStringList properties = {QStringLiteral("id"), QStringLiteral("serialNumber"),
        QStringLiteral("displayName"), QStringLiteral("manufacturer"), QStringLiteral("model"),
        QStringLiteral("groupTag"), QStringLiteral("userPrincipalName"), QStringLiteral("addressableUserName"),
        QStringLiteral("enrollmentState"), QStringLiteral("managedDeviceId"),
        QStringLiteral("azureActiveDirectoryDeviceId"), QStringLiteral("purchaseOrderIdentifier"),
        QStringLiteral("lastContactedDateTime")};
    return properties;
}

QString AutopilotIdentity::*AutopilotIdentity::stringProperty(const QString &graphName)
{
    static const QHash<QString, QString AutopilotIdentity::*> members = {
        {QStringLiteral("serialNumber"), &AutopilotIdentity::serialNumber},
        {QStringLiteral("displayName"), &AutopilotIdentity::displayName},
        {QStringLiteral("manufacturer"), &AutopilotIdentity::manufacturer},
        {QStringLiteral("model"), &AutopilotIdentity::model},
        {QStringLiteral("groupTag"), &AutopilotIdentity::groupTag},
        {QStringLiteral("userPrincipalName"), &AutopilotIdentity::userPrincipalName},
        {QStringLiteral("addressableUserName"), &AutopilotIdentity::addressableUserName},
        {QStringLiteral("enrollmentState"), &AutopilotIdentity::enrollmentState},
        {QStringLiteral("managedDeviceId"), &AutopilotIdentity::managedDeviceId},
        {QStringLiteral("purchaseOrderIdentifier"), &AutopilotIdentity::purchaseOrderIdentifier},
    };
    return members.value(graphName, nullptr);
}
