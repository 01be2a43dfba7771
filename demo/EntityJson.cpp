#include "demo/EntityJson.h"

#include "demo/SimHttp.h"

#include <QJsonArray>

#include <functional>

using namespace SimHttp;

namespace EntityJson {
namespace {

QJsonValue str(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDateTime &t)
{
    return QJsonValue(isoUtc(t));
}

template<typename T> using Getter = std::function<QJsonValue(const T &)>;

template<typename T> using GetterTable = QHash<QString, Getter<T>>;

const GetterTable<DemoDevice> &deviceGetters()
{
    static const GetterTable<DemoDevice> table = {
        {QStringLiteral("id"), [](const DemoDevice &d) { return str(d.id); }},
        {QStringLiteral("deviceName"), [](const DemoDevice &d) { return str(d.deviceName); }},
        {QStringLiteral("managedDeviceName"),
            [](const DemoDevice &d) {
                return QJsonValue(d.userPrincipalName.section(QLatin1Char('@'), 0, 0) + QLatin1Char('_')
                    + d.operatingSystem + QLatin1Char('_')
                    + d.enrolledDateTime.toString(QStringLiteral("M/d/yyyy_h:mm AP")));
            }},
        {QStringLiteral("serialNumber"), [](const DemoDevice &d) { return str(d.serialNumber); }},
        {QStringLiteral("manufacturer"), [](const DemoDevice &d) { return str(d.manufacturer); }},
        {QStringLiteral("model"), [](const DemoDevice &d) { return str(d.model); }},
        {QStringLiteral("operatingSystem"), [](const DemoDevice &d) { return str(d.operatingSystem); }},
        {QStringLiteral("osVersion"), [](const DemoDevice &d) { return str(d.osVersion); }},
        {QStringLiteral("azureADDeviceId"), [](const DemoDevice &d) { return str(d.azureADDeviceId); }},
        {QStringLiteral("azureActiveDirectoryDeviceId"), [](const DemoDevice &d) { return str(d.azureADDeviceId); }},
        {QStringLiteral("azureADRegistered"), [](const DemoDevice &d) { return QJsonValue(d.azureADRegistered); }},
        {QStringLiteral("aadRegistered"), [](const DemoDevice &d) { return QJsonValue(d.azureADRegistered); }},
        {QStringLiteral("autopilotEnrolled"), [](const DemoDevice &d) { return QJsonValue(d.autopilotEnrolled); }},
        {QStringLiteral("userId"), [](const DemoDevice &d) { return QJsonValue(d.userId); }},
        {QStringLiteral("userPrincipalName"), [](const DemoDevice &d) { return QJsonValue(d.userPrincipalName); }},
        {QStringLiteral("enrolledByUserPrincipalName"),
            [](const DemoDevice &d) { return QJsonValue(d.userPrincipalName); }},
        {QStringLiteral("userDisplayName"), [](const DemoDevice &d) { return QJsonValue(d.userDisplayName); }},
        {QStringLiteral("emailAddress"), [](const DemoDevice &d) { return QJsonValue(d.emailAddress); }},
        {QStringLiteral("complianceState"), [](const DemoDevice &d) { return QJsonValue(d.complianceState); }},
        {QStringLiteral("managementState"), [](const DemoDevice &d) { return QJsonValue(d.managementState); }},
        {QStringLiteral("managedDeviceOwnerType"), [](const DemoDevice &d) { return QJsonValue(d.ownerType); }},
        {QStringLiteral("ownerType"), [](const DemoDevice &d) { return QJsonValue(d.ownerType); }},
        {QStringLiteral("deviceEnrollmentType"), [](const DemoDevice &d) { return QJsonValue(d.enrollmentType); }},
        {QStringLiteral("managementAgent"), [](const DemoDevice &d) { return QJsonValue(d.managementAgent); }},
        {QStringLiteral("deviceRegistrationState"),
            [](const DemoDevice &d) { return QJsonValue(d.registrationState); }},
        {QStringLiteral("imei"), [](const DemoDevice &d) { return QJsonValue(d.imei); }},
        {QStringLiteral("phoneNumber"), [](const DemoDevice &d) { return QJsonValue(d.phoneNumber); }},
        {QStringLiteral("subscriberCarrier"), [](const DemoDevice &d) { return QJsonValue(d.subscriberCarrier); }},
        {QStringLiteral("wiFiMacAddress"), [](const DemoDevice &d) { return QJsonValue(d.wiFiMacAddress); }},
        {QStringLiteral("ethernetMacAddress"), [](const DemoDevice &d) { return str(d.ethernetMacAddress); }},
        {QStringLiteral("androidSecurityPatchLevel"),
            [](const DemoDevice &d) { return QJsonValue(d.androidSecurityPatchLevel); }},
        {QStringLiteral("securityPatchLevel"),
            [](const DemoDevice &d) { return QJsonValue(d.androidSecurityPatchLevel); }},
        {QStringLiteral("enrollmentProfileName"), [](const DemoDevice &d) { return str(d.enrollmentProfileName); }},
        {QStringLiteral("deviceCategoryDisplayName"),
            [](const DemoDevice &d) { return QJsonValue(d.deviceCategoryDisplayName); }},
        {QStringLiteral("enrolledDateTime"), [](const DemoDevice &d) { return date(d.enrolledDateTime); }},
        {QStringLiteral("lastSyncDateTime"), [](const DemoDevice &d) { return date(d.lastSyncDateTime); }},
        {QStringLiteral("totalStorageSpaceInBytes"),
            [](const DemoDevice &d) { return QJsonValue(d.totalStorageBytes); }},
        {QStringLiteral("freeStorageSpaceInBytes"), [](const DemoDevice &d) { return QJsonValue(d.freeStorageBytes); }},
        {QStringLiteral("physicalMemoryInBytes"),
            [](const DemoDevice &d) { return QJsonValue(d.physicalMemoryBytes); }},
        {QStringLiteral("isEncrypted"), [](const DemoDevice &d) { return QJsonValue(d.isEncrypted); }},
        {QStringLiteral("isSupervised"), [](const DemoDevice &d) { return QJsonValue(d.isSupervised); }},
        {QStringLiteral("jailBroken"),
            [](const DemoDevice &d) {
                return QJsonValue(d.operatingSystem == QLatin1String("Windows") ? QStringLiteral("Unknown")
                                                                                : QStringLiteral("False"));
            }},
        {QStringLiteral("udid"), [](const DemoDevice &) { return QJsonValue(QJsonValue::Null); }},
        {QStringLiteral("joinType"),
            [](const DemoDevice &d) {
                return QJsonValue(d.operatingSystem == QLatin1String("Windows") ? QStringLiteral("azureADJoined")
                                                                                : QStringLiteral("azureADRegistered"));
            }},
        {QStringLiteral("deviceType"),
            [](const DemoDevice &d) {
                if (d.operatingSystem == QLatin1String("Windows"))
                    return QJsonValue(QStringLiteral("desktop"));
                if (d.operatingSystem == QLatin1String("iOS"))
                    return QJsonValue(QStringLiteral("iPhone"));
                if (d.operatingSystem == QLatin1String("iPadOS"))
                    return QJsonValue(QStringLiteral("iPad"));
                if (d.operatingSystem == QLatin1String("macOS"))
                    return QJsonValue(QStringLiteral("macMDM"));
                return QJsonValue(QStringLiteral("androidEnterprise"));
            }},
        {QStringLiteral("chassisType"),
            [](const DemoDevice &d) {
                if (d.operatingSystem == QLatin1String("Windows") || d.operatingSystem == QLatin1String("macOS"))
                    return QJsonValue(d.model.contains(QLatin1String("OptiPlex")) ? QStringLiteral("desktop")
                                                                                  : QStringLiteral("laptop"));
                return QJsonValue(
                    d.operatingSystem == QLatin1String("iPadOS") ? QStringLiteral("tablet") : QStringLiteral("phone"));
            }},
        {QStringLiteral("processorArchitecture"),
            [](const DemoDevice &d) {
                return QJsonValue(
                    d.operatingSystem == QLatin1String("Windows") ? QStringLiteral("x64") : QStringLiteral("arM64"));
            }},
        {QStringLiteral("lostModeState"), [](const DemoDevice &) { return QJsonValue(QStringLiteral("disabled")); }},
        {QStringLiteral("roleScopeTagIds"),
            [](const DemoDevice &) { return QJsonValue(QJsonArray {QStringLiteral("0")}); }},
    };
    return table;
}

const GetterTable<DemoAutopilotIdentity> &identityGetters()
{
    using I = DemoAutopilotIdentity;
    static const GetterTable<I> table = {
        {QStringLiteral("id"), [](const I &i) { return str(i.id); }},
        {QStringLiteral("serialNumber"), [](const I &i) { return QJsonValue(i.serialNumber); }},
        {QStringLiteral("manufacturer"), [](const I &i) { return QJsonValue(i.manufacturer); }},
        {QStringLiteral("model"), [](const I &i) { return QJsonValue(i.model); }},
        {QStringLiteral("managedDeviceId"),
            [](const I &i) {
                return QJsonValue(i.managedDeviceId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                                              : i.managedDeviceId);
            }},
        {QStringLiteral("azureActiveDirectoryDeviceId"),
            [](const I &i) { return QJsonValue(i.azureActiveDirectoryDeviceId); }},
        {QStringLiteral("azureAdDeviceId"), [](const I &i) { return QJsonValue(i.azureActiveDirectoryDeviceId); }},
        {QStringLiteral("userPrincipalName"), [](const I &i) { return QJsonValue(i.userPrincipalName); }},
        {QStringLiteral("addressableUserName"), [](const I &i) { return QJsonValue(i.addressableUserName); }},
        {QStringLiteral("displayName"), [](const I &i) { return QJsonValue(i.displayName); }},
        {QStringLiteral("deviceFriendlyName"), [](const I &i) { return QJsonValue(i.displayName); }},
        {QStringLiteral("groupTag"), [](const I &i) { return QJsonValue(i.groupTag); }},
        {QStringLiteral("purchaseOrderIdentifier"), [](const I &i) { return QJsonValue(i.purchaseOrderIdentifier); }},
        {QStringLiteral("productKey"), [](const I &i) { return QJsonValue(i.productKey); }},
        {QStringLiteral("skuNumber"), [](const I &i) { return QJsonValue(i.skuNumber); }},
        {QStringLiteral("systemFamily"), [](const I &i) { return QJsonValue(i.systemFamily); }},
        {QStringLiteral("resourceName"), [](const I &) { return QJsonValue(QString()); }},
        {QStringLiteral("enrollmentState"), [](const I &i) { return QJsonValue(i.enrollmentState); }},
        {QStringLiteral("lastContactedDateTime"), [](const I &i) { return date(i.lastContactedDateTime); }},
        {QStringLiteral("deploymentProfileAssignedDateTime"),
            [](const I &i) { return date(i.profileAssignedDateTime); }},
        {QStringLiteral("deploymentProfileAssignmentStatus"),
            [](const I &i) {
                return QJsonValue(
                    i.groupTag.isEmpty() ? QStringLiteral("notAssigned") : QStringLiteral("assignedInSync"));
            }},
        {QStringLiteral("deploymentProfileAssignmentDetailedStatus"),
            [](const I &) { return QJsonValue(QStringLiteral("none")); }},
        {QStringLiteral("remediationState"),
            [](const I &) { return QJsonValue(QStringLiteral("noRemediationRequired")); }},
        {QStringLiteral("userlessEnrollmentStatus"), [](const I &) { return QJsonValue(QStringLiteral("allowed")); }},
    };
    return table;
}

const GetterTable<DemoUser> &userGetters()
{
    using U = DemoUser;
    static const GetterTable<U> table = {
        {QStringLiteral("id"), [](const U &u) { return str(u.id); }},
        {QStringLiteral("displayName"), [](const U &u) { return str(u.displayName); }},
        {QStringLiteral("givenName"), [](const U &u) { return str(u.givenName); }},
        {QStringLiteral("surname"), [](const U &u) { return str(u.surname); }},
        {QStringLiteral("userPrincipalName"), [](const U &u) { return str(u.userPrincipalName); }},
        {QStringLiteral("mail"), [](const U &u) { return str(u.mail); }},
        {QStringLiteral("mailNickname"),
            [](const U &u) { return str(u.userPrincipalName.section(QLatin1Char('@'), 0, 0)); }},
        {QStringLiteral("jobTitle"), [](const U &u) { return str(u.jobTitle); }},
        {QStringLiteral("department"), [](const U &u) { return str(u.department); }},
        {QStringLiteral("officeLocation"), [](const U &u) { return str(u.officeLocation); }},
        {QStringLiteral("city"), [](const U &u) { return str(u.city); }},
        {QStringLiteral("country"), [](const U &u) { return str(u.country); }},
        {QStringLiteral("usageLocation"), [](const U &u) { return str(u.usageLocation); }},
        {QStringLiteral("preferredLanguage"), [](const U &u) { return str(u.preferredLanguage); }},
        {QStringLiteral("mobilePhone"), [](const U &u) { return str(u.mobilePhone); }},
        {QStringLiteral("employeeId"), [](const U &u) { return str(u.employeeId); }},
        {QStringLiteral("accountEnabled"), [](const U &u) { return QJsonValue(u.accountEnabled); }},
        {QStringLiteral("createdDateTime"), [](const U &u) { return date(u.createdDateTime); }},
        {QStringLiteral("userType"), [](const U &) { return QJsonValue(QStringLiteral("Member")); }},
        {QStringLiteral("businessPhones"), [](const U &) { return QJsonValue(QJsonArray()); }},
        {QStringLiteral("otherMails"), [](const U &) { return QJsonValue(QJsonArray()); }},
        {QStringLiteral("proxyAddresses"),
            [](const U &u) { return QJsonValue(QJsonArray {QString(QStringLiteral("SMTP:") + u.mail)}); }},
        {QStringLiteral("deviceEnrollmentLimit"), [](const U &) { return QJsonValue(5); }},
    };
    return table;
}

const GetterTable<DemoPartner> &partnerGetters()
{
    using P = DemoPartner;
    static const GetterTable<P> table = {
        {QStringLiteral("id"), [](const P &p) { return str(p.id); }},
        {QStringLiteral("displayName"), [](const P &p) { return str(p.displayName); }},
        {QStringLiteral("onboardingUrl"), [](const P &p) { return str(p.onboardingUrl); }},
        {QStringLiteral("onboardingStatus"), [](const P &p) { return QJsonValue(p.onboardingStatus); }},
        {QStringLiteral("lastConnectionDateTime"), [](const P &p) { return date(p.lastConnectionDateTime); }},
        {QStringLiteral("onboardingRequestExpiryDateTime"), [](const P &) { return date(QDateTime()); }},
    };
    return table;
}

const GetterTable<DemoEntraDevice> &entraDeviceGetters()
{
    using E = DemoEntraDevice;
    auto optionalDate = [](const QDateTime &t) { return t.isValid() ? date(t) : QJsonValue(QJsonValue::Null); };
    static const GetterTable<E> table = {
        {QStringLiteral("id"), [](const E &e) { return str(e.id); }},
        {QStringLiteral("deviceId"), [](const E &e) { return str(e.deviceId); }},
        {QStringLiteral("displayName"), [](const E &e) { return str(e.displayName); }},
        {QStringLiteral("accountEnabled"), [](const E &e) { return QJsonValue(e.accountEnabled); }},
        {QStringLiteral("operatingSystem"), [](const E &e) { return str(e.operatingSystem); }},
        {QStringLiteral("operatingSystemVersion"), [](const E &e) { return str(e.operatingSystemVersion); }},
        {QStringLiteral("manufacturer"), [](const E &e) { return str(e.manufacturer); }},
        {QStringLiteral("model"), [](const E &e) { return str(e.model); }},
        {QStringLiteral("trustType"), [](const E &e) { return str(e.trustType); }},
        {QStringLiteral("profileType"), [](const E &e) { return str(e.profileType); }},
        {QStringLiteral("deviceOwnership"), [](const E &e) { return str(e.deviceOwnership); }},
        {QStringLiteral("physicalIds"),
            [](const E &e) { return QJsonValue(QJsonArray::fromStringList(e.physicalIds)); }},
        {QStringLiteral("isManaged"), [](const E &e) { return QJsonValue(e.isManaged); }},
        {QStringLiteral("isCompliant"), [](const E &e) { return QJsonValue(e.isCompliant); }},
        {QStringLiteral("onPremisesSyncEnabled"),
            [](const E &e) { return e.onPremisesSyncEnabled ? QJsonValue(true) : QJsonValue(QJsonValue::Null); }},
        {QStringLiteral("onPremisesLastSyncDateTime"),
            [optionalDate](const E &e) { return optionalDate(e.onPremisesLastSyncDateTime); }},
        {QStringLiteral("registrationDateTime"),
            [optionalDate](const E &e) { return optionalDate(e.registrationDateTime); }},
        {QStringLiteral("approximateLastSignInDateTime"),
            [optionalDate](const E &e) { return optionalDate(e.approximateLastSignInDateTime); }},
        {QStringLiteral("mdmAppId"),
            [](const E &e) {
                // Microsoft Intune's application id, for devices Intune manages.
                return e.isManaged ? QJsonValue(QStringLiteral("0000000a-0000-0000-c000-000000000000"))
                                   : QJsonValue(QJsonValue::Null);
            }},
    };
    return table;
}

// What Graph sends for a property that has no value.
QJsonValue unsetValue(const ContractProperty &p, SimApiVersion version)
{
    if (p.collection)
        return QJsonArray();
    if (p.kind == QLatin1String("complex"))
        return p.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject());
    if (p.kind == QLatin1String("enum")) {
        const QStringList members = GraphContract::instance().enumMembers(version, p.type);
        if (members.contains(QLatin1String("unknown")))
            return QStringLiteral("unknown");
        if (members.contains(QLatin1String("none")))
            return QStringLiteral("none");
        return members.value(0);
    }
    if (p.type == QLatin1String("Edm.Boolean"))
        return p.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(false);
    if (p.type == QLatin1String("Edm.Int32") || p.type == QLatin1String("Edm.Int64"))
        return p.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(0);
    if (p.type == QLatin1String("Edm.DateTimeOffset"))
        return p.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(isoUtc(QDateTime()));
    if (p.type == QLatin1String("Edm.String"))
        return p.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
    return QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue lookup(const GetterTable<T> &table, const T &entity, SimApiVersion version, const QString &entityType,
    const QString &property)
{
    const ContractProperty *p = GraphContract::instance().property(version, entityType, property);
    if (!p)
        return QJsonValue(QJsonValue::Undefined);
    const auto getter = table.constFind(property);
    return getter != table.constEnd() ? (*getter)(entity) : unsetValue(*p, version);
}

} // namespace

QJsonValue value(const DemoDevice &device, SimApiVersion version, const QString &property)
{
    return lookup(deviceGetters(), device, version, ManagedDevice, property);
}

std::optional<qint64> instant(const DemoDevice &device, const QString &property)
{
    static const QHash<QString, QDateTime DemoDevice::*> dates
        = {{QStringLiteral("lastSyncDateTime"), &DemoDevice::lastSyncDateTime},
            {QStringLiteral("enrolledDateTime"), &DemoDevice::enrolledDateTime}};
    const auto member = dates.constFind(property);
    if (member == dates.constEnd() || !(device.**member).isValid())
        return std::nullopt;
    const qint64 ms = (device.**member).toMSecsSinceEpoch();
    return ms - ((ms % 1000) + 1000) % 1000;
}

QJsonValue value(const DemoAutopilotIdentity &identity, SimApiVersion version, const QString &property)
{
    return lookup(identityGetters(), identity, version, AutopilotIdentity, property);
}

QJsonValue value(const DemoUser &user, SimApiVersion version, const QString &property)
{
    return lookup(userGetters(), user, version, User, property);
}

QJsonValue value(const DemoPartner &partner, SimApiVersion version, const QString &property)
{
    return lookup(partnerGetters(), partner, version, RemoteAssistancePartner, property);
}

QJsonValue value(const DemoEntraDevice &device, SimApiVersion version, const QString &property)
{
    return lookup(entraDeviceGetters(), device, version, EntraDevice, property);
}

const QStringList &defaultUserProperties()
{
    static const QStringList properties = {
        QStringLiteral("businessPhones"),
        QStringLiteral("displayName"),
        QStringLiteral("givenName"),
        QStringLiteral("jobTitle"),
        QStringLiteral("mail"),
        QStringLiteral("mobilePhone"),
        QStringLiteral("officeLocation"),
        QStringLiteral("preferredLanguage"),
        QStringLiteral("surname"),
        QStringLiteral("userPrincipalName"),
        QStringLiteral("id"),
    };
    return properties;
}

template<typename T>
QJsonObject render(const T &entity, SimApiVersion version, const QString &entityType, const QStringList &select)
{
    QJsonObject object;
    if (select.isEmpty()) {
        for (const auto &p : GraphContract::instance().properties(version, entityType))
            object.insert(p.name, value(entity, version, p.name));
        return object;
    }
    object.insert(QStringLiteral("id"), value(entity, version, QStringLiteral("id")));
    for (const auto &name : select)
        object.insert(name, value(entity, version, name));
    return object;
}

template QJsonObject render(const DemoDevice &, SimApiVersion, const QString &, const QStringList &);
template QJsonObject render(const DemoAutopilotIdentity &, SimApiVersion, const QString &, const QStringList &);
template QJsonObject render(const DemoUser &, SimApiVersion, const QString &, const QStringList &);
template QJsonObject render(const DemoPartner &, SimApiVersion, const QString &, const QStringList &);
template QJsonObject render(const DemoEntraDevice &, SimApiVersion, const QString &, const QStringList &);

} // namespace EntityJson
