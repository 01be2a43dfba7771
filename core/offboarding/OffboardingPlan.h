#pragma once

#include "core/actions/ActionCatalog.h"
#include "core/offboarding/OffboardingResolver.h"

#include <QCoreApplication>
#include <QDateTime>

// One request of a plan: an action (ActionCatalog name) on one object, with what became of it.
struct PlanStep
{
    enum class State { Pending, Skipped, Sending, Verifying, Done, Failed, Unknown, NotConfirmed };

    QString action;
    QString targetId;
    QString targetName;
    int device = -1; // index in OffboardingPlan::devices, or -1 for a person's step
    int person = -1; // index in OffboardingPlan::people, for removeAllDevicesFromManagement
    bool checked = false;
    bool allowed = true;
    QString blockedReason; // translated: the missing permission, or why Graph would refuse it
    State state = State::Pending;
    int httpStatus = 0;
    QString requestId;
    QString message; // translated outcome, Graph's error message, or why it was skipped
    QDateTime finishedAt;
};

struct PlanDevice
{
    FoundDevice device;
    QString entryText; // the identifier it was found by
    int person = -1; // found as one of this person's devices
    QStringList warnings; // translated, where Microsoft warns
};

struct PlanPerson
{
    QString userId;
    QString userPrincipalName;
    QString displayName;
    QString entryText;
};

// What an offboarding will do, device by device, in Microsoft's order: Intune, then Windows Autopilot, then
// Microsoft Entra ID. Built from a template the operator can adjust step by step; steps the sign-in may not run,
// or Graph would refuse, stay unticked and say why.
class OffboardingPlan
{
    Q_DECLARE_TR_FUNCTIONS(OffboardingPlan)

public:
    enum class Template { LeavingEmployee, ReturnToVendor, LostDevice };

    static QList<Template> templates();
    static QString templateName(Template t);
    static QString templateDescription(Template t);
    // The order steps run in, by action: a step starts only after every step of the phases before it has taken
    // effect (Entra ID refuses to delete the device object of a device still registered in Autopilot).
    static const QStringList &phases();

    static OffboardingPlan build(
        const QList<Resolution> &resolutions, Template t, const AccessToken &token, bool readOnly = false);

    QList<PlanDevice> devices;
    QList<PlanPerson> people;
    QList<PlanStep> steps; // in the order they run
    QString deprovisionReason;
    Template templateUsed = Template::LeavingEmployee;
    // Read and keep the recovery information (BitLocker keys, LAPS passwords, FileVault keys) of
    // devicesForRecovery() before the first step: on by default when the plan retires, deprovisions or deletes a
    // device that can have any (Microsoft: back them up first; deleting the Entra device deletes them).
    bool readRecovery = false;

    QList<int> stepsOfDevice(int device) const;
    // Devices a ticked step retires, deprovisions or deletes, and that can have recovery information: Windows with
    // an Entra device, Macs Intune manages.
    QList<int> devicesForRecovery() const;
    QList<int> runnableSteps() const; // ticked and allowed
    // What these steps use of Intune's daily tenant limits, by DailyLimits kind; a person's
    // removeAllDevicesFromManagement counts each of their devices in the plan (at least one).
    QHash<QString, int> dailyLimitUse(const QList<int> &steps) const;
    // Problems that would make Graph refuse a ticked step (e.g. deleting the Entra device of a device whose
    // Autopilot registration stays); translated, empty when the plan can run.
    QStringList problems() const;
    // What a dry run shows: every request that would be sent, in order, as "METHOD URL" and its body.
    QStringList requests(const QUrl &graphBaseUrl) const;
    // A plain sentence for the step, e.g. "Delete LON-LT-0042 from Microsoft Intune".
    QString sentence(const PlanStep &step) const;
    static QString stateLabel(PlanStep::State state);

private:
    void addDeviceSteps(int device, Template t, const AccessToken &token, bool readOnly, bool coveredByPerson);
    void addStep(PlanStep step, const AccessToken &token, bool readOnly);
    void sortByPhase();
};
