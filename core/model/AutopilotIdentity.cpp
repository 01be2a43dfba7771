#include "core/model/AutopilotIdentity.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

AutopilotIdentity AutopilotIdentity::fromJson(const QJsonObject &json)
{
    return readObject<AutopilotIdentity>(json);
}

void AutopilotIdentity::read(const GraphProperty &p)
{
    const std::string_view name = p.name;
    if (name == "id")
        id = p.toString();
    else if (name == "serialNumber")
        serialNumber = p.toString();
    else if (name == "displayName")
        displayName = p.toString();
    else if (name == "manufacturer")
        manufacturer = interned(p);
    else if (name == "model")
        model = interned(p);
    else if (name == "groupTag")
        groupTag = interned(p);
    else if (name == "userPrincipalName")
        userPrincipalName = p.toString();
    else if (name == "addressableUserName")
        addressableUserName = p.toString();
    else if (name == "enrollmentState")
        enrollmentState = interned(p);
    else if (name == "managedDeviceId")
        // Graph writes the zero GUID for "no managed device".
        managedDeviceId = p.text == "00000000-0000-0000-0000-000000000000" ? QString() : p.toString();
    else if (name == "azureActiveDirectoryDeviceId")
        azureADDeviceId = graphGuid(p);
    else if (name == "purchaseOrderIdentifier")
        purchaseOrderIdentifier = p.toString();
    else if (name == "lastContactedDateTime")
        lastContactedDateTime = graphDateTime(p);
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
