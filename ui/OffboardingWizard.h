#pragma once

#include "core/auth/AccessToken.h"
#include "core/offboarding/OffboardingPlan.h"
#include "core/offboarding/OffboardingPlanFile.h"
#include "core/platform/PassphraseCipher.h"

#include <QWizard>

class GraphClient;
class Journal;
class OffboardingResolver;
class OffboardingReport;
class OffboardingRunner;

// The guided offboarding: identifiers in (typed, pasted or imported), each resolved exactly, a plan from a template
// the operator adjusts step by step, a dry run that shows the requests, one confirmation for the whole plan, a run
// in Microsoft's order with every step checked, and a report.
class OffboardingWizard : public QWizard
{
    Q_OBJECT

public:
    struct Session
    {
        GraphClient *client = nullptr;
        Journal *journal = nullptr;
        AccessToken token;
        bool readOnly = false;
        QString tenant;
    };
    enum PageId { InputPageId, ResolvePageId, PlanPageId, RunPageId };

    OffboardingWizard(const Session &session, const QStringList &identifiers, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QList<InputEntry> entries() const;
    // The plan as it stands, with the identifiers and choices it came from, to save or to keep during a run.
    OffboardingPlanFile capturePlan() const;
    OffboardingResolver *resolver() const { return m_resolver; }
    OffboardingPlan &plan() { return m_plan; }
    OffboardingRunner *runner() const { return m_runner; }
    // From Start until the last answer: preparing the evidence file, reading recovery information, running steps.
    bool isRunning() const;
    void setRunner(OffboardingRunner *runner) { m_runner = runner; }
    void setIdentifiers(const QStringList &identifiers);
    // A saved plan opened again: its identifiers are resolved anew, its choices and ticks applied where the objects
    // are still the same, and what changed is shown on the plan page.
    void openSavedPlan(const OffboardingPlanFile &file);
    // A run that stopped (Offboard was killed or crashed): straight to the confirmation, with the steps the journal
    // shows as sent checked instead of sent again.
    void resumeRun(const OffboardingPlanFile &file, const QHash<QString, JournalEntry::Outcome> &alreadySent);
    const std::optional<OffboardingPlanFile> &savedPlan() const { return m_saved; }
    const QHash<QString, JournalEntry::Outcome> &alreadySent() const { return m_alreadySent; }
    bool isResuming() const { return m_resuming; }
    // Where a run in progress keeps its plan, beside the journal, until it finishes.
    static QString runFilePath(const Journal *journal);
    // The run's evidence file (empty until the recovery information has been read), and where a new one goes: an
    // owner-only folder in the application's data.
    QString evidencePath() const { return m_evidencePath; }
    void setEvidencePath(const QString &path) { m_evidencePath = path; }
    static QString newEvidencePath();
    static QString evidenceFolder(); // created owner-only if missing
    // How hard the evidence file's passphrase is made to guess (scrypt); tests lower it to save seconds.
    PassphraseCipher::Cost evidenceCost() const { return m_evidenceCost; }
    void setEvidenceCost(PassphraseCipher::Cost cost) { m_evidenceCost = cost; }

    // kind: "csv", "html" or "pdf".
    static bool saveReport(const OffboardingReport &report, const QString &path, const QString &kind);

signals:
    // The plan ran (some steps may have failed): the lists are out of date.
    void runFinished();

public slots:
    void reject() override;

private:
    Session m_session;
    OffboardingResolver *m_resolver;
    OffboardingPlan m_plan;
    OffboardingRunner *m_runner = nullptr;
    std::optional<OffboardingPlanFile> m_saved;
    QHash<QString, JournalEntry::Outcome> m_alreadySent;
    bool m_resuming = false;
    QString m_evidencePath;
    PassphraseCipher::Cost m_evidenceCost = PassphraseCipher::defaultCost();
};
