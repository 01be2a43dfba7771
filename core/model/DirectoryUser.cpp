#include "core/model/DirectoryUser.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

DirectoryUser DirectoryUser::fromJson(const QJsonObject &json)
{
    DirectoryUser u;
    u.id = jsonText(json, "id");
    u.displayName = jsonText(json, "displayName");
    u.userPrincipalName = jsonText(json, "userPrincipalName");
    u.mail = jsonText(json, "mail");
    u.jobTitle = jsonText(json, "jobTitle");
    u.department = jsonText(json, "department");
    u.officeLocation = jsonText(json, "officeLocation");
    u.accountEnabled = json.value(QStringLiteral("accountEnabled")).toBool(true);
    return u;
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
