#include "core/model/Entities.h"

#include <QSet>

QString interned(const QString &text)
{
    thread_local QSet<QString> pool;
    const auto it = pool.constFind(text);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() < 20000)
        pool.insert(text);
    return text;
}

namespace {
// Reads the fixed digits of Graph's "yyyy-MM-ddTHH:mm:ss[.fff…]Z"; -1 when a character is not a digit.
int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QDateTime graphDateTime(const QJsonValue &value)
{
    // Lists hold two dates per row for 100,000 rows, so Graph's usual UTC form is read directly;
    // anything else (offsets, odd precision) goes through Qt's full ISO parser.
    const QString text = value.toString();
    if (text.size() >= 20 && text.endsWith(QLatin1Char('Z')) && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int ms = text.size() >= 24 && text.at(19) == QLatin1Char('.') ? digits(text, 20, 3) : 0;
        if (year > 1 && month > 0 && day > 0 && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
        if (year == 1)
            return {};
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
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
    a.manufacturer = interned(text(json, "manufacturer"));
    a.model = interned(text(json, "model"));
    a.groupTag = interned(text(json, "groupTag"));
    a.userPrincipalName = text(json, "userPrincipalName");
    a.addressableUserName = text(json, "addressableUserName");
    a.enrollmentState = interned(text(json, "enrollmentState"));
    a.managedDeviceId = text(json, "managedDeviceId");
    if (a.managedDeviceId == QLatin1String("00000000-0000-0000-0000-000000000000"))
        a.managedDeviceId.clear();
    a.azureADDeviceId = QUuid::fromString(text(json, "azureActiveDirectoryDeviceId"));
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
