#include "core/model/EnumLabels.h"

QString EnumLabels::complianceState(const QString &value)
{
    if (value == QLatin1String("compliant"))
        return tr("Compliant");
    if (value == QLatin1String("noncompliant"))
        return tr("Not compliant");
    if (value == QLatin1String("inGracePeriod"))
        return tr("In grace period");
    if (value == QLatin1String("conflict"))
        return tr("Conflict");
    if (value == QLatin1String("error"))
        return tr("Error");
    if (value == QLatin1String("configManager"))
        return tr("Managed by Configuration Manager");
    if (value == QLatin1String("unknown"))
        return tr("Unknown");
    return value;
}

QString EnumLabels::managementState(const QString &value)
{
    if (value == QLatin1String("managed"))
        return tr("Managed");
    if (value == QLatin1String("retirePending"))
        return tr("Retire pending");
    if (value == QLatin1String("retireFailed"))
        return tr("Retire failed");
    if (value == QLatin1String("retireIssued"))
        return tr("Retire issued");
    if (value == QLatin1String("retireCanceled"))
        return tr("Retire cancelled");
    if (value == QLatin1String("wipePending"))
        return tr("Wipe pending");
    if (value == QLatin1String("wipeFailed"))
        return tr("Wipe failed");
    if (value == QLatin1String("wipeIssued"))
        return tr("Wipe issued");
    if (value == QLatin1String("wipeCanceled"))
        return tr("Wipe cancelled");
    if (value == QLatin1String("unhealthy"))
        return tr("Unhealthy");
    if (value == QLatin1String("deletePending"))
        return tr("Delete pending");
    if (value == QLatin1String("discovered"))
        return tr("Discovered");
    return value;
}

QString EnumLabels::ownerType(const QString &value)
{
    if (value == QLatin1String("company"))
        return tr("Corporate");
    if (value == QLatin1String("personal"))
        return tr("Personal");
    if (value == QLatin1String("unknown"))
        return tr("Unknown");
    return value;
}

QString EnumLabels::enrollmentState(const QString &value)
{
    if (value == QLatin1String("enrolled"))
        return tr("Enrolled");
    if (value == QLatin1String("notContacted"))
        return tr("Not contacted");
    if (value == QLatin1String("pendingReset"))
        return tr("Pending reset");
    if (value == QLatin1String("failed"))
        return tr("Failed");
    if (value == QLatin1String("blocked"))
        return tr("Blocked");
    if (value == QLatin1String("unknown"))
        return tr("Unknown");
    return value;
}

QString EnumLabels::onboardingStatus(const QString &value)
{
    if (value == QLatin1String("onboarded"))
        return tr("Onboarded");
    if (value == QLatin1String("onboarding"))
        return tr("Onboarding");
    if (value == QLatin1String("notOnboarded"))
        return tr("Not onboarded");
    return value;
}
