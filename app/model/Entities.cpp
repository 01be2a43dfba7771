#include "Entities.h"

QDateTime graphDateTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() && time.date().year() > 1 ? time : QDateTime();
}

namespace {
QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}
} // namespace

AutopilotIdentity AutopilotIdentity::fromJson(const QJsonObject &json)
{
    AutopilotIdentity a;
    a.id = text(json, "id");
    a.serialNumber = text(json, "serialNumber");
    a.displayName = text(json, "displayName");
    a.manufacturer = text(json, "manufacturer");
    a.model = text(json, "model");
    a.groupTag = text(json, "groupTag");
    a.userPrincipalName = text(json, "userPrincipalName");
    a.addressableUserName = text(json, "addressableUserName");
    a.enrollmentState = text(json, "enrollmentState");
    a.managedDeviceId = text(json, "managedDeviceId");
    if (a.managedDeviceId == QLatin1String("00000000-0000-0000-0000-000000000000"))
        a.managedDeviceId.clear();
    a.azureADDeviceId = text(json, "azureActiveDirectoryDeviceId");
    a.purchaseOrderIdentifier = text(json, "purchaseOrderIdentifier");
    a.lastContactedDateTime = graphDateTime(json.value(QStringLiteral("lastContactedDateTime")));
    return a;
}

const QStringList &AutopilotIdentity::selectProperties()
{
    static const QStringList properties = {
        QStringLiteral("id"), QStringLiteral("serialNumber"), QStringLiteral("displayName"), QStringLiteral("manufacturer"),
        QStringLiteral("model"), QStringLiteral("groupTag"), QStringLiteral("userPrincipalName"), QStringLiteral("addressableUserName"),
        QStringLiteral("enrollmentState"), QStringLiteral("managedDeviceId"), QStringLiteral("azureActiveDirectoryDeviceId"),
        QStringLiteral("purchaseOrderIdentifier"), QStringLiteral("lastContactedDateTime")};
    return properties;
}

DirectoryUser DirectoryUser::fromJson(const QJsonObject &json)
{
    DirectoryUser u;
    u.id = text(json, "id");
    u.displayName = text(json, "displayName");
    u.userPrincipalName = text(json, "userPrincipalName");
    u.mail = text(json, "mail");
    u.jobTitle = text(json, "jobTitle");
    u.department = text(json, "department");
    u.officeLocation = text(json, "officeLocation");
    u.accountEnabled = json.value(QStringLiteral("accountEnabled")).toBool(true);
    return u;
}

const QStringList &DirectoryUser::selectProperties()
{
    static const QStringList properties = {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("userPrincipalName"),
                                           QStringLiteral("mail"), QStringLiteral("jobTitle"), QStringLiteral("department"),
                                           QStringLiteral("officeLocation"), QStringLiteral("accountEnabled")};
    return properties;
}

RemoteAssistancePartner RemoteAssistancePartner::fromJson(const QJsonObject &json)
{
    RemoteAssistancePartner p;
    p.id = text(json, "id");
    p.displayName = text(json, "displayName");
    p.onboardingStatus = text(json, "onboardingStatus");
    p.onboardingUrl = text(json, "onboardingUrl");
    p.lastConnectionDateTime = graphDateTime(json.value(QStringLiteral("lastConnectionDateTime")));
    return p;
}

const QStringList &RemoteAssistancePartner::selectProperties()
{
    static const QStringList properties = {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("onboardingStatus"),
                                           QStringLiteral("onboardingUrl"), QStringLiteral("lastConnectionDateTime")};
    return properties;
}
