#pragma once

#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// Intune's daily tenant limits for device actions (its device actions page, "Daily tenant limits", 2026-09): Wipe
// 500, Retire 1,000 and Delete 1,000 per tenant per day, counted across the admin center, bulk actions and Graph.
// Offboard knows only what its own journal recorded; the portal and other tools may have used more.
class DailyLimits
{
    Q_DECLARE_TR_FUNCTIONS(DailyLimits)

public:
    struct Usage
    {
        QString kind; // "retire", "delete", "wipe"
        int limit = 0;
        int usedByOffboard = 0; // in the 24 hours before now, from the journal
        int planned = 0;
        bool crosses() const { return usedByOffboard + planned > limit; }
    };

    // "retire" for retire and removeAllDevicesFromManagement (which retires each device), "delete" for deleting a
    // managed device; empty for actions Intune does not limit this way.
    static QString kindOf(const QString &action);
    static int limit(const QString &kind);
    // Device actions sent to this tenant's Graph host in the 24 hours before now: intents whose outcome is not a
    // refusal or "not sent". removeAllDevicesFromManagement counts once (the journal does not know how many devices).
    static QHash<QString, int> usedByOffboard(
        const QList<JournalEntry> &journal, const QString &tenantId, const QString &graphHost, const QDateTime &now);
    // Every limited kind the plan uses, with what the journal says is used.
    static QList<Usage> usage(const QHash<QString, int> &planned, const QHash<QString, int> &used);
    // Translated: one line per kind, and a warning for each limit the plan would cross.
    static QString describe(const QList<Usage> &usage);
    // A refusal of a limited action when the tenant is at or near its limit: the plain reason; empty otherwise.
    static QString explainRefusal(
        const QString &action, int httpStatus, const QString &graphMessage, int usedByOffboard);
};
