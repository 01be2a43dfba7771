#pragma once

#include "core/actions/ActionRunner.h"
#include "core/offboarding/OffboardingPlan.h"

#include <QObject>
#include <QPointer>

class QTimer;

// Runs a plan phase by phase (OffboardingPlan::phases): each phase's requests go through ActionRunner (journal,
// pacing, $batch, never resent blindly); then each is checked by reading Graph until it has taken effect, with
// back-off for the asynchronous ones (a retire, an Autopilot deregistration), up to a limit. A device whose step did
// not take effect gets none of its later steps: they are skipped with the reason, never guessed.
class OffboardingRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int verifyTimeoutSeconds = 120;
        int autopilotTimeoutSeconds = 1800; // Autopilot deregistration can take many minutes
    };

    OffboardingRunner(GraphClient *client, Journal *journal, const AccessToken &token, OffboardingPlan *plan,
        QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }
    // Resuming a run that stopped (a crash): steps the journal shows as sent are never sent again, only checked;
    // keys as OffboardingPlanFile::stepKey.
    void setAlreadySent(const QHash<QString, JournalEntry::Outcome> &sent) { m_alreadySent = sent; }

    void start();
    // Sends nothing more; what is on the wire still reports, checks still waiting end as not confirmed.
    void stop();
    bool isRunning() const { return m_running; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }

signals:
    void stepChanged(int step);
    // "Waiting for Autopilot…": what the run waits for now, translated; empty when it no longer waits.
    void waitingFor(const QString &what);
    void finished();
    void journalFailed(const QString &message);

private:
    void runPhase(int phase);
    void phaseSent(int phase);
    void verifyPhase(int phase);
    bool takeOverFromJournal(int index);
    void verify(int step, int attempt);
    void checkEffect(int step, std::function<void(bool tookEffect, const QString &problem)> done);
    void stepVerified(int step, bool tookEffect, const QString &problem);
    void skipBlockedSteps();
    void finishRun();
    bool isBlocked(const PlanStep &step) const;
    int timeoutFor(const PlanStep &step) const;

    GraphClient *m_client;
    Journal *m_journal;
    AccessToken m_token;
    OffboardingPlan *m_plan;
    Options m_options;
    QPointer<ActionRunner> m_runner;
    int m_phase = -1;
    int m_verifying = 0;
    bool m_running = false;
    bool m_stopped = false;
    QHash<QString, JournalEntry::Outcome> m_alreadySent;
    QSet<int> m_blockedDevices;
    QSet<int> m_blockedPeople;
    QHash<int, QDateTime> m_verifyStarted;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};
