#pragma once

#include "core/auth/AccessToken.h"
#include "core/offboarding/OffboardingPlan.h"

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
    OffboardingResolver *resolver() const { return m_resolver; }
    OffboardingPlan &plan() { return m_plan; }
    OffboardingRunner *runner() const { return m_runner; }
    void setRunner(OffboardingRunner *runner) { m_runner = runner; }
    void setIdentifiers(const QStringList &identifiers);
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
};
