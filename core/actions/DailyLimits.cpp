#include "core/actions/DailyLimits.h"

#include <QLocale>

QString DailyLimits::kindOf(const QString &action)
{
    if (action == u"retire" || action == u"removeAllDevicesFromManagement")
        return QStringLiteral("retire");
    if (action == u"deleteManagedDevice")
        return QStringLiteral("delete");
    if (action == u"wipe")
        return QStringLiteral("wipe");
    return {};
}

int DailyLimits::limit(const QString &kind)
{
    if (kind == u"wipe")
        return 500;
    return kind.isEmpty() ? 0 : 1000;
}

QHash<QString, int> DailyLimits::usedByOffboard(
    const QList<JournalEntry> &journal, const QString &tenantId, const QString &graphHost, const QDateTime &now)
{
    QHash<QString, JournalEntry::Outcome> outcomes;
    for (const JournalEntry &entry : journal) {
        if (entry.kind == JournalEntry::Kind::Outcome)
            outcomes.insert(entry.operationId, entry.outcome);
    }
    QHash<QString, int> used;
    for (const JournalEntry &entry : journal) {
        const QString kind = kindOf(entry.action);
        if (entry.kind != JournalEntry::Kind::Intent || kind.isEmpty() || entry.time.secsTo(now) >= 24 * 3600
            || entry.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0 || entry.graphHost != graphHost)
            continue;
        const JournalEntry::Outcome outcome = outcomes.value(entry.operationId, JournalEntry::Outcome::Unknown);
        if (outcome != JournalEntry::Outcome::Failed && outcome != JournalEntry::Outcome::NotSent)
            used[kind] += 1;
    }
    return used;
}

QList<DailyLimits::Usage> DailyLimits::usage(const QHash<QString, int> &planned, const QHash<QString, int> &used)
{
    QList<Usage> result;
    for (const QString &kind : {QStringLiteral("retire"), QStringLiteral("delete"), QStringLiteral("wipe")}) {
        if (planned.value(kind) == 0)
            continue;
        result.append({kind, limit(kind), used.value(kind), planned.value(kind)});
    }
    return result;
}

QString DailyLimits::describe(const QList<Usage> &usage)
{
    const QLocale locale;
    QStringList lines;
    for (const Usage &u : usage) {
        const QString line = u.kind == u"retire"
            ? tr("Retire: this plan %1, sent by Offboard in the last 24 hours %2, Intune's daily limit %3.")
            : u.kind == u"delete"
            ? tr("Delete: this plan %1, sent by Offboard in the last 24 hours %2, Intune's daily limit %3.")
            : tr("Wipe: this plan %1, sent by Offboard in the last 24 hours %2, Intune's daily limit %3.");
        lines.append(line.arg(locale.toString(u.planned), locale.toString(u.usedByOffboard), locale.toString(u.limit)));
        if (u.crosses())
            lines.append(tr("Warning: this goes over the daily limit by %n; Intune refuses the rest until the day's "
                            "count falls. Split the plan, or run part of it tomorrow.",
                nullptr, u.usedByOffboard + u.planned - u.limit));
    }
    if (!lines.isEmpty())
        lines.append(tr("The admin center and other tools count too; Offboard knows only its own journal."));
    return lines.join(QLatin1Char('\n'));
}

QString DailyLimits::explainRefusal(
    const QString &action, int httpStatus, const QString &graphMessage, int usedByOffboard)
{
    const QString kind = kindOf(action);
    if (kind.isEmpty() || httpStatus < 400)
        return {};
    const bool named = graphMessage.contains(QLatin1String("daily limit"), Qt::CaseInsensitive);
    if (!named && usedByOffboard < limit(kind))
        return {};
    return tr("Intune's daily limit of %1 %2 actions per tenant is probably reached (%3 sent by Offboard in the last "
              "24 hours); try again when the day's count falls.")
        .arg(QLocale().toString(limit(kind)),
            kind == u"retire"       ? tr("retire")
                : kind == u"delete" ? tr("delete")
                                    : tr("wipe"),
            QLocale().toString(usedByOffboard));
}
