#pragma once

#include "core/journal/Journal.h"
#include "core/offboarding/OffboardingPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// A plan on disk: to hand over (one person prepares, another runs it) and to resume a run Offboard did not finish.
// JSON with the tenant it was made for, who made it and when, the identifiers as given, the choices made for
// ambiguous ones, the template and every step with its object id and tick.
class OffboardingPlanFile
{
    Q_DECLARE_TR_FUNCTIONS(OffboardingPlanFile)

public:
    static constexpr int FormatVersion = 1;

    QString tenantId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime runStartedAt; // set in a run file: the plan was being run from then on
    QStringList identifiers;
    QHash<QString, QStringList> choices; // ambiguous entry text (lower case) -> keys chosen
    OffboardingPlan plan;

    static OffboardingPlanFile capture(const QList<Resolution> &resolutions, const OffboardingPlan &plan,
        const QStringList &identifiers, const AccessToken &token);
    QByteArray toJson() const;
    // error: translated, when the file is not a plan Offboard can read.
    static std::optional<OffboardingPlanFile> fromJson(const QByteArray &data, QString *error);
    bool save(const QString &path) const;
    static std::optional<OffboardingPlanFile> load(const QString &path, QString *error);

    // Why this plan must not be opened in the tenant signed in to (another tenant's ids); empty when it may.
    QString refusalFor(const AccessToken &token) const;
    // Ticks the saved steps in a plan built again from a new resolution, matching each by action and object id;
    // returns, translated, what changed since the plan was saved (objects gone, objects new, ticks that found no step).
    QStringList applyTo(OffboardingPlan &rebuilt) const;
    // After a crash: the steps of this run the journal shows as sent ("action|target id" in lower case), with
    // their recorded outcome (None when the outcome was never written).
    QHash<QString, JournalEntry::Outcome> sentSteps(const QList<JournalEntry> &journal) const;
    static QString stepKey(const QString &action, const QString &targetId);
};
