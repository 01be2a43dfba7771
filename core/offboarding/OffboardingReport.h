#pragma once

#include "core/offboarding/OffboardingPlan.h"

#include <QCoreApplication>
#include <QDateTime>

// What an offboarding did, for the ticket and the auditor: every entry as given and what it was found to be, every
// device with its steps, each step's outcome, time and Graph request-id, the operator and the tenant. As CSV (one
// row per step, ISO 8601 times) and as printable HTML.
class OffboardingReport
{
    Q_DECLARE_TR_FUNCTIONS(OffboardingReport)

public:
    QList<Resolution> resolutions;
    OffboardingPlan plan;
    QString operatorName;
    QString tenant;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool dryRun = false;

    QByteArray csv() const;
    QString html() const;
};
