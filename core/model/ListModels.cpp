#include "core/model/ListModels.h"

#include "core/model/EnumLabels.h"
#include "core/model/Formatting.h"

namespace ListModels {

namespace {
using Export = EntityTableModelBase::Export;

QVariant when(const QDateTime &t)
{
    return Formatting::dateTimeWithAge(t);
}
QString graphValue(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
QVariant sortableTime(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
}
} // namespace

ManagedDeviceModel *managedDevices(QObject *parent)
{
    using D = ManagedDevice;
    QList<ManagedDeviceModel::Column> columns = {
        {QStringLiteral("deviceName"), QT_TRANSLATE_NOOP("Columns", "Device name"),
            [](const D &d) { return d.deviceName; }},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Columns", "Primary user"),
            [](const D &d) { return d.userPrincipalName; }, {}, [](const D &d) { return d.userDisplayName; }},
        {QStringLiteral("operatingSystem"), QT_TRANSLATE_NOOP("Columns", "OS"),
            [](const D &d) { return d.operatingSystem; }},
        {QStringLiteral("osVersion"), QT_TRANSLATE_NOOP("Columns", "OS version"),
            [](const D &d) { return d.osVersion; }},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("Columns", "Model"), [](const D &d) { return d.model; }},
        {QStringLiteral("manufacturer"), QT_TRANSLATE_NOOP("Columns", "Manufacturer"),
            [](const D &d) { return d.manufacturer; }},
        {QStringLiteral("serialNumber"), QT_TRANSLATE_NOOP("Columns", "Serial number"),
            [](const D &d) { return d.serialNumber; }},
        {QStringLiteral("compliance"), QT_TRANSLATE_NOOP("Columns", "Compliance"),
            [](const D &d) { return EnumLabels::complianceState(d.complianceState); }, {},
            [](const D &d) { return d.complianceState; }, Export::DisplayAndRaw},
        {QStringLiteral("management"), QT_TRANSLATE_NOOP("Columns", "Management state"),
            [](const D &d) { return EnumLabels::managementState(d.managementState); }, {},
            [](const D &d) { return d.managementState; }, Export::DisplayAndRaw},
        {QStringLiteral("ownership"), QT_TRANSLATE_NOOP("Columns", "Ownership"),
            [](const D &d) { return EnumLabels::ownerType(d.ownerType); }, {}, [](const D &d) { return d.ownerType; },
            Export::DisplayAndRaw},
        {QStringLiteral("lastSync"), QT_TRANSLATE_NOOP("Columns", "Last check-in"),
            [](const D &d) { return when(d.lastSyncDateTime); },
            [](const D &d) { return sortableTime(d.lastSyncDateTime); },
            [](const D &d) { return graphValue(d.lastSyncDateTime); }, Export::Raw},
        {QStringLiteral("enrolled"), QT_TRANSLATE_NOOP("Columns", "Enrolled"),
            [](const D &d) { return when(d.enrolledDateTime); },
            [](const D &d) { return sortableTime(d.enrolledDateTime); },
            [](const D &d) { return graphValue(d.enrolledDateTime); }, Export::Raw},
    };
    return new ManagedDeviceModel(
        std::move(columns),
        [](const D &d) -> QString {
            return d.deviceName + QLatin1Char('\n') + d.serialNumber + QLatin1Char('\n') + d.userPrincipalName
                + QLatin1Char('\n') + d.userDisplayName + QLatin1Char('\n') + d.model + QLatin1Char('\n')
                + d.manufacturer;
        },
        parent);
}

AutopilotModel *autopilotIdentities(QObject *parent)
{
    using A = AutopilotIdentity;
    QList<AutopilotModel::Column> columns = {
        {QStringLiteral("serialNumber"), QT_TRANSLATE_NOOP("Columns", "Serial number"),
            [](const A &a) { return a.serialNumber; }},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("Columns", "Model"), [](const A &a) { return a.model; }},
        {QStringLiteral("manufacturer"), QT_TRANSLATE_NOOP("Columns", "Manufacturer"),
            [](const A &a) { return a.manufacturer; }},
        {QStringLiteral("groupTag"), QT_TRANSLATE_NOOP("Columns", "Group tag"), [](const A &a) { return a.groupTag; }},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Columns", "Assigned user"),
            [](const A &a) { return a.userPrincipalName; }, {}, [](const A &a) { return a.addressableUserName; }},
        {QStringLiteral("enrollmentState"), QT_TRANSLATE_NOOP("Columns", "Enrollment state"),
            [](const A &a) { return EnumLabels::enrollmentState(a.enrollmentState); }, {},
            [](const A &a) { return a.enrollmentState; }, Export::DisplayAndRaw},
        {QStringLiteral("deviceName"), QT_TRANSLATE_NOOP("Columns", "Device name"),
            [](const A &a) { return a.displayName; }},
        {QStringLiteral("lastContacted"), QT_TRANSLATE_NOOP("Columns", "Last contacted"),
            [](const A &a) { return when(a.lastContactedDateTime); },
            [](const A &a) { return sortableTime(a.lastContactedDateTime); },
            [](const A &a) { return graphValue(a.lastContactedDateTime); }, Export::Raw},
        {QStringLiteral("purchaseOrder"), QT_TRANSLATE_NOOP("Columns", "Purchase order"),
            [](const A &a) { return a.purchaseOrderIdentifier; }},
    };
    return new AutopilotModel(
        std::move(columns),
        [](const A &a) -> QString {
            return a.serialNumber + QLatin1Char('\n') + a.displayName + QLatin1Char('\n') + a.userPrincipalName
                + QLatin1Char('\n') + a.addressableUserName + QLatin1Char('\n') + a.model + QLatin1Char('\n')
                + a.groupTag;
        },
        parent);
}

UserModel *users(QObject *parent)
{
    using U = DirectoryUser;
    QList<UserModel::Column> columns = {
        {QStringLiteral("displayName"), QT_TRANSLATE_NOOP("Columns", "Name"), [](const U &u) { return u.displayName; }},
        {QStringLiteral("userPrincipalName"), QT_TRANSLATE_NOOP("Columns", "User principal name"),
            [](const U &u) { return u.userPrincipalName; }},
        {QStringLiteral("jobTitle"), QT_TRANSLATE_NOOP("Columns", "Job title"), [](const U &u) { return u.jobTitle; }},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("Columns", "Department"),
            [](const U &u) { return u.department; }},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("Columns", "Office"), [](const U &u) { return u.officeLocation; }},
        {QStringLiteral("accountEnabled"), QT_TRANSLATE_NOOP("Columns", "Account"),
            [](const U &u) { return u.accountEnabled ? EnumLabels::tr("Enabled") : EnumLabels::tr("Disabled"); }},
    };
    return new UserModel(
        std::move(columns),
        [](const U &u) -> QString {
            return u.displayName + QLatin1Char('\n') + u.userPrincipalName + QLatin1Char('\n') + u.mail
                + QLatin1Char('\n') + u.department;
        },
        parent);
}

PartnerModel *remoteAssistancePartners(QObject *parent)
{
    using P = RemoteAssistancePartner;
    QList<PartnerModel::Column> columns = {
        {QStringLiteral("displayName"), QT_TRANSLATE_NOOP("Columns", "Name"), [](const P &p) { return p.displayName; }},
        {QStringLiteral("onboardingStatus"), QT_TRANSLATE_NOOP("Columns", "Onboarding"),
            [](const P &p) { return EnumLabels::onboardingStatus(p.onboardingStatus); }, {},
            [](const P &p) { return p.onboardingStatus; }, Export::DisplayAndRaw},
        {QStringLiteral("lastConnection"), QT_TRANSLATE_NOOP("Columns", "Last connection"),
            [](const P &p) { return when(p.lastConnectionDateTime); },
            [](const P &p) { return sortableTime(p.lastConnectionDateTime); },
            [](const P &p) { return graphValue(p.lastConnectionDateTime); }, Export::Raw},
        {QStringLiteral("onboardingUrl"), QT_TRANSLATE_NOOP("Columns", "Onboarding address"),
            [](const P &p) { return p.onboardingUrl; }},
    };
    return new PartnerModel(
        std::move(columns), [](const P &p) -> QString { return p.displayName + QLatin1Char('\n') + p.onboardingUrl; },
        parent);
}

} // namespace ListModels
