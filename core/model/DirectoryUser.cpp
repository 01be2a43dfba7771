#include "core/model/DirectoryUser.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

DirectoryUser DirectoryUser::fromJson(const QJsonObject &json)
{
    return readObject<DirectoryUser>(json);
}

void DirectoryUser::read(const GraphProperty &p)
{
    const std::string_view name = p.name;
    if (name == "id")
        id = p.toString();
    else if (name == "displayName")
        displayName = p.toString();
    else if (name == "userPrincipalName")
        userPrincipalName = p.toString();
    else if (name == "mail")
        mail = p.toString();
    else if (name == "jobTitle")
        jobTitle = p.toString();
    else if (name == "department")
        department = p.toString();
    else if (name == "officeLocation")
        officeLocation = p.toString();
    else if (name == "accountEnabled")
        accountEnabled = p.kind == GraphProperty::Kind::Boolean ? p.boolean : true;
}

const QStringList &DirectoryUser::selectProperties()
{
    static const QStringList properties = {QStringLiteral("id"), QStringLiteral("displayName"),
        QStringLiteral("userPrincipalName"), QStringLiteral("mail"), QStringLiteral("jobTitle"),
        QStringLiteral("department"), QStringLiteral("officeLocation"), QStringLiteral("accountEnabled")};
    return properties;
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
