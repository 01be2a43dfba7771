#include "core/offboarding/OffboardingRunner.h"

#include "core/graph/GraphReads.h"
#include "core/offboarding/OffboardingPlanFile.h"

#include <QJsonArray>
#include <QTimer>

namespace {

// Seconds to wait before check number attempt (0 is right after the answer): quick at first, then every 15 s.
int backoffSeconds(int attempt)
{
    static const int delays[] = {0, 1, 2, 4, 8};
    return attempt < int(std::size(delays)) ? delays[attempt] : 15;
}

} // namespace

OffboardingRunner::OffboardingRunner(
    GraphClient *client, Journal *journal, const AccessToken &token, OffboardingPlan *plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_token(token)
    , m_plan(plan)
{
}

void OffboardingRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopped = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    runPhase(0);
}

void OffboardingRunner::stop()
{
    m_stopped = true;
    if (m_runner)
        m_runner->cancel();
}

bool OffboardingRunner::isBlocked(const PlanStep &step) const
{
    if (step.device >= 0) {
        const int person = m_plan->devices[step.device].person;
        return m_blockedDevices.contains(step.device) || (person >= 0 && m_blockedPeople.contains(person));
    }
    return false;
}

void OffboardingRunner::runPhase(int phase)
{
    m_phase = phase;
    if (phase >= OffboardingPlan::phases().size() || m_stopped)
        return finishRun();
    const QString actionName = OffboardingPlan::phases().at(phase);
    QList<ActionTarget> targets;
    QHash<QString, int> stepOfTarget;
    for (int i : m_plan->runnableSteps()) {
        PlanStep &step = m_plan->steps[i];
        if (step.action != actionName || step.state != PlanStep::State::Pending || isBlocked(step))
            continue;
        if (takeOverFromJournal(i))
            continue;
        targets.append({step.targetId, step.targetName, {}});
        stepOfTarget.insert(step.targetId.toLower(), i);
        step.state = PlanStep::State::Sending;
        emit stepChanged(i);
    }
    if (targets.isEmpty())
        return verifyPhase(phase);
    m_runner = new ActionRunner(m_client, m_journal, m_token, this);
    connect(m_runner, &ActionRunner::journalFailed, this, &OffboardingRunner::journalFailed);
    connect(m_runner, &ActionRunner::targetFinished, this, [this, stepOfTarget](const ActionResult &result) {
        const int i = stepOfTarget.value(result.target.id.toLower(), -1);
        if (i < 0)
            return;
        PlanStep &step = m_plan->steps[i];
        step.httpStatus = result.httpStatus;
        step.requestId = result.requestId;
        step.finishedAt = QDateTime::currentDateTimeUtc();
        switch (result.status) {
        case ActionResult::Status::Done:
            step.state = PlanStep::State::Verifying;
            break;
        case ActionResult::Status::Unknown:
            step.state = PlanStep::State::Unknown;
            step.message = result.error.summary();
            break;
        case ActionResult::Status::NotSent:
            step.state = PlanStep::State::Skipped;
            step.message = tr("Not sent: the run was stopped.");
            break;
        case ActionResult::Status::Failed:
        case ActionResult::Status::AwaitingApproval:
            step.state = PlanStep::State::Failed;
            step.message = result.error.summary();
            break;
        }
        emit stepChanged(i);
    });
    connect(m_runner, &ActionRunner::finished, this, [this, phase] { phaseSent(phase); });
    const ActionDefinition &action = *ActionCatalog::find(actionName);
    m_runner->run(action, targets, m_plan->deprovisionReason);
}

// A step an interrupted run already sent: checked, never sent again. One Graph refused stays refused.
bool OffboardingRunner::takeOverFromJournal(int index)
{
    PlanStep &step = m_plan->steps[index];
    const auto sent = m_alreadySent.constFind(OffboardingPlanFile::stepKey(step.action, step.targetId));
    if (sent == m_alreadySent.cend())
        return false;
    if (*sent == JournalEntry::Outcome::Failed || *sent == JournalEntry::Outcome::ApprovalRequired) {
        step.state = PlanStep::State::Failed;
        step.message = tr("Refused before the run was interrupted (see the journal); not sent again.");
    } else {
        step.state = PlanStep::State::Verifying;
        step.message = tr("Sent before the run was interrupted; checked, not sent again.");
    }
    emit stepChanged(index);
    return true;
}

void OffboardingRunner::phaseSent(int phase)
{
    m_runner->deleteLater();
    verifyPhase(phase);
}

void OffboardingRunner::verifyPhase(int phase)
{
    for (int i = 0; i < m_plan->steps.size(); ++i) {
        if (m_plan->steps[i].action == OffboardingPlan::phases().at(phase)
            && m_plan->steps[i].state == PlanStep::State::Verifying) {
            ++m_verifying;
            m_verifyStarted.insert(i, QDateTime::currentDateTimeUtc());
            verify(i, 0);
        }
    }
    if (m_verifying == 0) {
        skipBlockedSteps();
        runPhase(phase + 1);
    }
}

int OffboardingRunner::timeoutFor(const PlanStep &step) const
{
    return step.action == QLatin1String("deregisterAutopilotDevice") ? m_options.autopilotTimeoutSeconds
                                                                     : m_options.verifyTimeoutSeconds;
}

void OffboardingRunner::verify(int step, int attempt)
{
    const int delay = backoffSeconds(attempt);
    if (m_plan->steps[step].action == QLatin1String("deregisterAutopilotDevice"))
        emit waitingFor(tr("Waiting for Windows Autopilot to remove %1…").arg(m_plan->steps[step].targetName));
    QTimer::singleShot(delay * 1000, this, [this, step, attempt] {
        checkEffect(step, [this, step, attempt](bool tookEffect, const QString &problem) {
            const qint64 waited = m_verifyStarted.value(step).secsTo(QDateTime::currentDateTimeUtc());
            if (tookEffect || !problem.isEmpty() || m_stopped || waited >= timeoutFor(m_plan->steps[step]))
                return stepVerified(step, tookEffect, problem);
            verify(step, attempt + 1);
        });
    });
}

// Reads the object the step changed: has Graph taken the change? problem: Graph says it failed (retireFailed) or
// the read itself failed.
void OffboardingRunner::checkEffect(int index, std::function<void(bool, const QString &)> done)
{
    const PlanStep &step = m_plan->steps[index];
    const ActionDefinition &action = *ActionCatalog::find(step.action);
    auto read = [this](const QString &path, const QString &select) {
        return GraphReads::url(m_client, ApiVersion::V1, path, {}, select);
    };
    const QString object = action.objectPath(step.targetId);
    if (action.method == "DELETE") {
        GraphReads::item(m_client, read(object, {}), this, [done](const QJsonObject &, const GraphError &error) {
            if (error.httpStatus == 404)
                return done(true, {});
            done(false, error.isError() ? error.summary() : QString());
        });
    } else if (action.name == QLatin1String("retire") || action.name == QLatin1String("deprovision")) {
        GraphReads::item(m_client, read(object, QStringLiteral("managementState")), this,
            [done](const QJsonObject &o, const GraphError &error) {
                const QString state = o.value(QStringLiteral("managementState")).toString();
                if (error.httpStatus == 404)
                    return done(true, {}); // already carried out and gone
                if (error.isError())
                    return done(false, error.summary());
                if (state == QLatin1String("retireFailed"))
                    return done(false, tr("Intune reports the retire failed (retireFailed)."));
                done(state.startsWith(QLatin1String("retire")), {});
            });
    } else if (action.name == QLatin1String("removeAllDevicesFromManagement")) {
        GraphReads::list(m_client, read(object + QStringLiteral("/managedDevices"), QStringLiteral("managementState")),
            this, [done](const QJsonArray &values, const GraphError &error) {
                if (error.isError())
                    return done(false, error.summary());
                for (const QJsonValue &v : values) {
                    if (!v[QStringLiteral("managementState")].toString().startsWith(QLatin1String("retire")))
                        return done(false, {});
                }
                done(true, {});
            });
    } else if (action.name == QLatin1String("unassignUserFromDevice")) {
        GraphReads::item(m_client, read(object, {}), this, [done](const QJsonObject &o, const GraphError &error) {
            if (error.isError())
                return done(false, error.summary());
            done(o.value(QStringLiteral("userPrincipalName")).toString().isEmpty(), {});
        });
    } else { // disableEntraDevice
        GraphReads::item(m_client, read(object, QStringLiteral("accountEnabled")), this,
            [done](const QJsonObject &o, const GraphError &error) {
                if (error.isError())
                    return done(false, error.summary());
                done(!o.value(QStringLiteral("accountEnabled")).toBool(true), {});
            });
    }
}

void OffboardingRunner::stepVerified(int index, bool tookEffect, const QString &problem)
{
    PlanStep &step = m_plan->steps[index];
    step.state = tookEffect ? PlanStep::State::Done : PlanStep::State::NotConfirmed;
    step.finishedAt = QDateTime::currentDateTimeUtc();
    if (!tookEffect)
        step.message = !problem.isEmpty() ? problem
            : m_stopped                   ? tr("Stopped before Graph showed the change.")
                        : tr("Graph did not show the change within %n second(s).", nullptr, timeoutFor(step));
    emit stepChanged(index);
    if (--m_verifying > 0)
        return;
    emit waitingFor({});
    skipBlockedSteps();
    runPhase(m_phase + 1);
}

// A device (or a person) whose step of this phase did not take effect gets none of its later steps.
void OffboardingRunner::skipBlockedSteps()
{
    for (const PlanStep &step : std::as_const(m_plan->steps)) {
        const bool ended = step.state != PlanStep::State::Pending && step.state != PlanStep::State::Done;
        if (!ended || step.state == PlanStep::State::Skipped)
            continue;
        if (step.device >= 0)
            m_blockedDevices.insert(step.device);
        if (step.person >= 0)
            m_blockedPeople.insert(step.person);
    }
    for (int i : m_plan->runnableSteps()) {
        PlanStep &step = m_plan->steps[i];
        if (step.state == PlanStep::State::Pending && isBlocked(step)) {
            step.state = PlanStep::State::Skipped;
            step.message = tr("Skipped: an earlier step for this device did not take effect.");
            emit stepChanged(i);
        }
    }
}

void OffboardingRunner::finishRun()
{
    for (int i : m_plan->runnableSteps()) {
        PlanStep &step = m_plan->steps[i];
        if (step.state == PlanStep::State::Pending) {
            step.state = PlanStep::State::Skipped;
            step.message = tr("Not sent: the run was stopped.");
            emit stepChanged(i);
        }
    }
    m_running = false;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}
