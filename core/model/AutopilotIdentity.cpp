#include "core/model/AutopilotIdentity.h"

#include "core/model/PropertyTable.h"

#include <QHash>

using namespace GraphValues;

namespace {

using Table = PropertyTable<AutopilotIdentity>;

// Graph writes the zero GUID for "no managed device".
void managedDeviceId(AutopilotIdentity &identity, const GraphProperty &property)
{
    identity.managedDeviceId
        = property.text == "00000000-0000-0000-0000-000000000000" ? QString() : property.toString();
}

const Table &properties()
{
    static const Table table {
        {"id", Table::text<&AutopilotIdentity::id>},
        {"serialNumber", Table::text<&AutopilotIdentity::serialNumber>},
        {"displayName", Table::text<&AutopilotIdentity::displayName>},
        {"manufacturer", Table::internedText<&AutopilotIdentity::manufacturer>},
        {"model", Table::internedText<&AutopilotIdentity::model>},
        {"groupTag", Table::internedText<&AutopilotIdentity::groupTag>},
        {"userPrincipalName", Table::text<&AutopilotIdentity::userPrincipalName>},
        {"addressableUserName", Table::text<&AutopilotIdentity::addressableUserName>},
        {"enrollmentState", Table::internedText<&AutopilotIdentity::enrollmentState>},
        {"managedDeviceId", managedDeviceId},
        {"azureActiveDirectoryDeviceId", Table::guid<&AutopilotIdentity::azureADDeviceId>},
        {"purchaseOrderIdentifier", Table::text<&AutopilotIdentity::purchaseOrderIdentifier>},
        {"lastContactedDateTime", Table::dateTime<&AutopilotIdentity::lastContactedDateTime>},
    };
    return table;
}

} // namespace

AutopilotIdentity AutopilotIdentity::fromJson(const QJsonObject &json)
{
    return readObject<AutopilotIdentity>(json);
}

void AutopilotIdentity::read(const GraphProperty &property)
{
    properties().read(*this, property);
}

const QStringList &AutopilotIdentity::selectProperties()
{
    return properties().names();
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
