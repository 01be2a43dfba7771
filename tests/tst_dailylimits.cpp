#include "core/actions/DailyLimits.h"
#include "core/journal/Journal.h"

#include <QTemporaryDir>
#include <QTest>

// Intune's daily tenant limits as Offboard counts them from its journal: what counts, for which tenant and Graph
// host, in which 24 hours, and what the confirmation and a refusal say.
class TestDailyLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int operation = 0;

    void sent(Journal &journal, const QString &action, const QDateTime &time, JournalEntry::Outcome outcome,
        const QString &tenant = QStringLiteral("tenant-a"), const QString &host = QStringLiteral("graph.microsoft.com"))
    {
        JournalEntry intent;
        intent.operationId = QString::number(++operation);
        intent.time = time;
        intent.tenantId = tenant;
        intent.graphHost = host;
        intent.action = action;
        intent.targetId = QStringLiteral("00000000-0000-4000-8000-%1").arg(operation, 12, 10, QLatin1Char('0'));
        QString error;
        QVERIFY2(journal.append(intent, &error), qPrintable(error));
        if (outcome == JournalEntry::Outcome::None)
            return; // still on its way when Offboard stopped: counted, Intune may have taken it
        JournalEntry result = intent;
        result.kind = JournalEntry::Kind::Outcome;
        result.outcome = outcome;
        QVERIFY2(journal.append(result, &error), qPrintable(error));
    }

private slots:
    void onlyThisTenantsDeviceActionsOfTheLastDayCount()
    {
        Journal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        sent(journal, QStringLiteral("retire"), now.addSecs(-60), JournalEntry::Outcome::Done);
        sent(journal, QStringLiteral("retire"), now.addSecs(-3600), JournalEntry::Outcome::None);
        sent(
            journal, QStringLiteral("removeAllDevicesFromManagement"), now.addSecs(-7200), JournalEntry::Outcome::Done);
        sent(journal, QStringLiteral("retire"), now.addSecs(-120), JournalEntry::Outcome::Failed); // refused
        sent(journal, QStringLiteral("retire"), now.addDays(-2), JournalEntry::Outcome::Done); // yesterday's day
        sent(journal, QStringLiteral("retire"), now.addSecs(-60), JournalEntry::Outcome::Done,
            QStringLiteral("tenant-b"));
        sent(journal, QStringLiteral("retire"), now.addSecs(-60), JournalEntry::Outcome::Done,
            QStringLiteral("tenant-a"),
            QStringLiteral("127.0.0.1")); // the demo tenant
        sent(journal, QStringLiteral("deleteManagedDevice"), now.addSecs(-60), JournalEntry::Outcome::Done);
        sent(journal, QStringLiteral("disconnect"), now.addSecs(-60), JournalEntry::Outcome::Done); // not limited
        const QHash<QString, int> used = DailyLimits::usedByOffboard(
            journal.readAll(), QStringLiteral("tenant-a"), QStringLiteral("graph.microsoft.com"), now);
        QCOMPARE(used.value(QStringLiteral("retire")), 3);
        QCOMPARE(used.value(QStringLiteral("delete")), 1);
        QCOMPARE(used.size(), 2);
    }

    void aPlanThatWouldGoOverIsWarnedAbout()
    {
        const QList<DailyLimits::Usage> fits
            = DailyLimits::usage({{QStringLiteral("retire"), 50}}, {{QStringLiteral("retire"), 900}});
        QCOMPARE(fits.size(), 1);
        QVERIFY(!fits.first().crosses());
        QVERIFY(!DailyLimits::describe(fits).contains(QStringLiteral("Warning")));
        const QList<DailyLimits::Usage> over = DailyLimits::usage(
            {{QStringLiteral("retire"), 150}, {QStringLiteral("delete"), 10}}, {{QStringLiteral("retire"), 900}});
        QCOMPARE(over.size(), 2);
        QVERIFY(over.first().crosses());
        const QString text = DailyLimits::describe(over);
        QVERIFY2(text.contains(QStringLiteral("over the daily limit by 50")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Delete: this plan 10")));
    }

    void aRefusalAtTheLimitIsExplainedPlainly()
    {
        QVERIFY(DailyLimits::explainRefusal(QStringLiteral("retire"), 403, QStringLiteral("Forbidden"), 10).isEmpty());
        QVERIFY(
            !DailyLimits::explainRefusal(QStringLiteral("retire"), 403, QStringLiteral("Forbidden"), 1000).isEmpty());
        QVERIFY(DailyLimits::explainRefusal(QStringLiteral("deleteManagedDevice"), 403,
            QStringLiteral("The tenant has reached Intune's daily limit of 1000 delete device actions"), 3)
                    .contains(QStringLiteral("daily limit")));
        QVERIFY(DailyLimits::explainRefusal(QStringLiteral("disconnect"), 403, QStringLiteral("daily limit"), 5000)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDailyLimits)
#include "tst_dailylimits.moc"
