#include "core/offboarding/OffboardingPlan.h"
#include "core/offboarding/RecoveryReader.h"

#include "core/actions/DailyLimits.h"

#include "core/graph/GraphClient.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

const QString kRetire = QStringLiteral("retire");
const QString kDeprovision = QStringLiteral("deprovision");
const QString kRemoveAll = QStringLiteral("removeAllDevicesFromManagement");
const QString kDeleteManaged = QStringLiteral("deleteManagedDevice");
const QString kUnassign = QStringLiteral("unassignUserFromDevice");
const QString kDeregister = QStringLiteral("deregisterAutopilotDevice");
const QString kDisableEntra = QStringLiteral("disableEntraDevice");
const QString kDeleteEntra = QStringLiteral("deleteEntraDevice");

QStringList tickedBy(OffboardingPlan::Template t)
{
    switch (t) {
    case OffboardingPlan::Template::LeavingEmployee:
        return {kRemoveAll, kRetire, kUnassign};
    case OffboardingPlan::Template::ReturnToVendor:
        return {kRetire, kDeleteManaged, kDeregister, kDeleteEntra};
    case OffboardingPlan::Template::LostDevice:
        break;
    }
    return {kRetire, kDisableEntra};
}

} // namespace

QList<OffboardingPlan::Template> OffboardingPlan::templates()
{
    return {Template::LeavingEmployee, Template::ReturnToVendor, Template::LostDevice};
}

QString OffboardingPlan::templateName(Template t)
{
    switch (t) {
    case Template::LeavingEmployee:
        return tr("Leaving employee");
    case Template::ReturnToVendor:
        return tr("Return to vendor");
    case Template::LostDevice:
        break;
    }
    return tr("Lost or stolen device");
}

QString OffboardingPlan::templateDescription(Template t)
{
    switch (t) {
    case Template::LeavingEmployee:
        return tr("Retire the person's devices and unassign them from Autopilot; the devices stay registered for "
                  "the next employee.");
    case Template::ReturnToVendor:
        return tr("Retire, delete from Intune, deregister from Autopilot and delete from Microsoft Entra ID, in that "
                  "order: nothing of the device stays in the tenant.");
    case Template::LostDevice:
        break;
    }
    return tr("Retire the device and disable it in Microsoft Entra ID, so nobody can sign in on it; its Autopilot "
              "registration stays.");
}

const QStringList &OffboardingPlan::phases()
{
    static const QStringList order
        = {kRemoveAll, kRetire, kDeprovision, kDeleteManaged, kUnassign, kDeregister, kDisableEntra, kDeleteEntra};
    return order;
}

void OffboardingPlan::addStep(PlanStep step, const AccessToken &token, bool readOnly)
{
    const ActionCatalog::Permission permission
        = ActionCatalog::check(*ActionCatalog::find(step.action), token, readOnly);
    if (!permission.allowed) {
        step.allowed = false;
        step.checked = false;
        step.blockedReason = permission.reason;
    }
    steps.append(step);
}

void OffboardingPlan::addDeviceSteps(
    int index, Template t, const AccessToken &token, bool readOnly, bool coveredByPerson)
{
    const FoundDevice &d = devices[index].device;
    const QStringList ticked = tickedBy(t);
    auto add = [&](const QString &action, const QString &targetId, const QString &blocked = {}) {
        PlanStep step;
        step.action = action;
        step.targetId = targetId;
        step.targetName = d.name();
        step.device = index;
        step.checked = ticked.contains(action) && blocked.isEmpty();
        if (action == kRetire && coveredByPerson)
            step.checked = false; // removeAllDevicesFromManagement retires it
        step.allowed = blocked.isEmpty();
        step.blockedReason = blocked;
        addStep(step, token, readOnly);
    };
    const bool retired = d.managementState.startsWith(QLatin1String("retire"), Qt::CaseInsensitive);
    if (!d.managedDeviceId.isEmpty()) {
        add(kRetire, d.managedDeviceId, retired ? tr("Intune already retires this device.") : QString());
        add(kDeprovision, d.managedDeviceId);
        steps.last().checked = false; // an alternative to retire, never both
        add(kDeleteManaged, d.managedDeviceId);
    }
    if (!d.autopilotId.isEmpty()) {
        if (!d.autopilotUserPrincipalName.isEmpty())
            add(kUnassign, d.autopilotId);
        add(kDeregister, d.autopilotId);
    }
    if (!d.entraObjectId.isEmpty()) {
        const QString synced = d.entraSynced
            ? tr("Synced from on-premises Active Directory: disable or delete it there; Entra ID refuses it here.")
            : QString();
        add(kDisableEntra, d.entraObjectId, synced);
        add(kDeleteEntra, d.entraObjectId, synced);
    }
}

OffboardingPlan OffboardingPlan::build(
    const QList<Resolution> &resolutions, Template t, const AccessToken &token, bool readOnly)
{
    OffboardingPlan plan;
    plan.templateUsed = t;
    QSet<QString> seen; // a device named twice (its serial and its user) is planned once
    for (const Resolution &r : resolutions) {
        if (r.status != Resolution::Status::Found)
            continue;
        const bool person = !r.userId.isEmpty();
        if (person) {
            plan.people.append({r.userId, r.userPrincipalName, r.userDisplayName, r.entry.text});
            PlanStep step;
            step.action = kRemoveAll;
            step.targetId = r.userId;
            step.targetName = r.userDisplayName;
            step.person = int(plan.people.size()) - 1;
            step.checked = tickedBy(t).contains(kRemoveAll);
            plan.addStep(step, token, readOnly);
        }
        for (const FoundDevice &d : r.devices) {
            if (seen.contains(d.key().toLower()))
                continue;
            seen.insert(d.key().toLower());
            PlanDevice planned {d, r.entry.text, person ? int(plan.people.size()) - 1 : -1, {}};
            if (d.managementAgent.contains(QLatin1String("configurationManager"), Qt::CaseInsensitive))
                planned.warnings.append(tr("Co-managed with Configuration Manager: a retire ends Intune's management "
                                           "only; Configuration Manager keeps managing the device."));
            if (d.entraSynced)
                planned.warnings.append(tr("Hybrid joined: its Entra device is synced from on-premises Active "
                                           "Directory and comes back unless it is removed there."));
            if (!d.entraObjectId.isEmpty()
                && (d.operatingSystem.isEmpty() || d.operatingSystem.startsWith(QLatin1String("Windows"))))
                planned.warnings.append(tr("Deleting the Entra device also deletes its BitLocker keys and LAPS "
                                           "password: back them up first."));
            planned.warnings += d.notes;
            plan.devices.append(planned);
            plan.addDeviceSteps(
                int(plan.devices.size()) - 1, t, token, readOnly, person && tickedBy(t).contains(kRemoveAll));
        }
    }
    plan.sortByPhase();
    plan.readRecovery = !plan.devicesForRecovery().isEmpty();
    return plan;
}

QHash<QString, int> OffboardingPlan::dailyLimitUse(const QList<int> &indexes) const
{
    QHash<QString, int> use;
    for (int i : indexes) {
        const PlanStep &step = steps[i];
        const QString kind = DailyLimits::kindOf(step.action);
        if (kind.isEmpty())
            continue;
        const auto personsDevices = std::count_if(
            devices.begin(), devices.end(), [&](const PlanDevice &d) { return d.person == step.person; });
        use[kind] += step.person >= 0 ? qMax(1, int(personsDevices)) : 1;
    }
    return use;
}

QList<int> OffboardingPlan::devicesForRecovery() const
{
    static const QStringList destructive = {kRemoveAll, kRetire, kDeprovision, kDeleteManaged, kDeleteEntra};
    QList<int> result;
    for (int d = 0; d < devices.size(); ++d) {
        const FoundDevice &device = devices[d].device;
        const bool keeps = RecoveryReader::keepsWindowsRecovery(device) || RecoveryReader::keepsMacRecovery(device);
        const bool removed = std::any_of(steps.begin(), steps.end(), [&](const PlanStep &step) {
            const bool mine = step.device == d || (step.person >= 0 && step.person == devices[d].person);
            return mine && step.checked && step.allowed && destructive.contains(step.action);
        });
        if (keeps && removed)
            result.append(d);
    }
    return result;
}

void OffboardingPlan::sortByPhase()
{
    std::stable_sort(steps.begin(), steps.end(),
        [](const PlanStep &a, const PlanStep &b) { return phases().indexOf(a.action) < phases().indexOf(b.action); });
}

QList<int> OffboardingPlan::stepsOfDevice(int device) const
{
    QList<int> result;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].device == device)
            result.append(i);
    }
    return result;
}

QList<int> OffboardingPlan::runnableSteps() const
{
    QList<int> result;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].checked && steps[i].allowed)
            result.append(i);
    }
    return result;
}

QStringList OffboardingPlan::problems() const
{
    QStringList found;
    for (int d = 0; d < devices.size(); ++d) {
        bool deleteEntra = false;
        bool deregister = false;
        bool retire = false;
        bool deprovision = false;
        for (int i : stepsOfDevice(d)) {
            const PlanStep &s = steps[i];
            deleteEntra |= s.checked && (s.action == kDeleteEntra || s.action == kDisableEntra);
            deregister |= s.checked && s.action == kDeregister;
            retire |= s.checked && s.action == kRetire;
            deprovision |= s.checked && s.action == kDeprovision;
        }
        const QString name = devices[d].device.name();
        if (deleteEntra && !devices[d].device.autopilotId.isEmpty() && !deregister)
            found.append(tr("%1: Entra ID refuses to disable or delete the device object while the device is "
                            "registered in Windows Autopilot; tick \"Deregister from Autopilot\" too.")
                             .arg(name));
        if (retire && deprovision)
            found.append(tr("%1: choose either Retire or Deprovision, not both.").arg(name));
    }
    if (deprovisionReason.trimmed().isEmpty()) {
        for (int i : runnableSteps()) {
            if (steps[i].action == kDeprovision) {
                found.append(tr("Deprovision needs a reason."));
                break;
            }
        }
    }
    return found;
}

QStringList OffboardingPlan::requests(const QUrl &graphBaseUrl) const
{
    QStringList lines;
    for (int i : runnableSteps()) {
        const ActionDefinition &action = *ActionCatalog::find(steps[i].action);
        const QString version = action.version == ApiVersion::Beta ? QStringLiteral("beta") : QStringLiteral("v1.0");
        QString line = QStringLiteral("%1 %2/%3%4")
                           .arg(QString::fromLatin1(action.method), graphBaseUrl.toString(), version,
                               action.path(steps[i].targetId));
        const QByteArray body = ActionCatalog::body(action, deprovisionReason);
        if (!body.isEmpty())
            line += QLatin1Char(' ') + QString::fromUtf8(body);
        lines.append(line);
    }
    return lines;
}

QString OffboardingPlan::sentence(const PlanStep &step) const
{
    const QString name = step.targetName;
    if (step.action == kRemoveAll)
        return tr("Retire every device Intune manages for %1").arg(name);
    if (step.action == kRetire)
        return tr("Retire %1 in Intune").arg(name);
    if (step.action == kDeprovision)
        return tr("Deprovision %1 in Intune, with the reason given").arg(name);
    if (step.action == kDeleteManaged)
        return tr("Delete %1 from Microsoft Intune").arg(name);
    if (step.action == kUnassign)
        return tr("Unassign the user from %1 in Windows Autopilot").arg(name);
    if (step.action == kDeregister)
        return tr("Deregister %1 from Windows Autopilot and wait until Autopilot has removed it").arg(name);
    if (step.action == kDisableEntra)
        return tr("Disable %1 in Microsoft Entra ID").arg(name);
    return tr("Delete %1 from Microsoft Entra ID").arg(name);
}

QString OffboardingPlan::stateLabel(PlanStep::State state)
{
    switch (state) {
    case PlanStep::State::Pending:
        return tr("Not started");
    case PlanStep::State::Skipped:
        return tr("Skipped");
    case PlanStep::State::Sending:
        return tr("Sending…");
    case PlanStep::State::Verifying:
        return tr("Checking that it took effect…");
    case PlanStep::State::Done:
        return tr("Done, checked");
    case PlanStep::State::Failed:
        return tr("Failed");
    case PlanStep::State::Unknown:
        return tr("Outcome unknown: check before retrying");
    case PlanStep::State::NotConfirmed:
        break;
    }
    return tr("Not confirmed in time");
}
