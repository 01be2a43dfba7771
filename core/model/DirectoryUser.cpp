#include "core/model/DirectoryUser.h"

#include "core/model/PropertyTable.h"

#include <QHash>

using namespace GraphValues;

namespace {

using Table = PropertyTable<DirectoryUser>;

const Table &properties()
{
    static const Table table {
        {"id", Table::text<&DirectoryUser::id>},
        {"displayName", Table::text<&DirectoryUser::displayName>},
        {"userPrincipalName", Table::text<&DirectoryUser::userPrincipalName>},
        {"mail", Table::text<&DirectoryUser::mail>},
        {"jobTitle", Table::text<&DirectoryUser::jobTitle>},
        {"department", Table::text<&DirectoryUser::department>},
        {"officeLocation", Table::text<&DirectoryUser::officeLocation>},
        {"accountEnabled", Table::flag<&DirectoryUser::accountEnabled, true>},
    };
    return table;
}

} // namespace

DirectoryUser DirectoryUser::fromJson(const QJsonObject &json)
{
    return readObject<DirectoryUser>(json);
}

void DirectoryUser::read(const GraphProperty &property)
{
    properties().read(*this, property);
}

const QStringList &DirectoryUser::selectProperties()
{
    return properties().names();
}

QString DirectoryUser::*DirectoryUser::stringProperty(const QString &graphName)
{
    static const QHash<QString, QString DirectoryUser::*> members = {
        {QStringLiteral("displayName"), &DirectoryUser::displayName},
        {QStringLiteral("userPrincipalName"), &DirectoryUser::userPrincipalName},
        {QStringLiteral("mail"), &DirectoryUser::mail},
        {QStringLiteral("jobTitle"), &DirectoryUser::jobTitle},
        {QStringLiteral("department"), &DirectoryUser::department},
        {QStringLiteral("officeLocation"), &DirectoryUser::officeLocation},
    };
    return members.value(graphName, nullptr);
}
