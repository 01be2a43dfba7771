#include "core/journal/Journal.h"
#include "tests/support/DemoFixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The process running a bulk retire is killed with SIGKILL while a $batch is on its way, then started again on the
// same journal: every target ends up done, not sent, or marked unknown after a read-only check; none is lost
// (carried out without the journal knowing) and none is retired twice.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QTemporaryDir dir;
    QString token;

    static QString helperPath() { return QStringLiteral(OFFBOARD_BINARY_DIR "/tests/bulk_run_helper"); }

    void startHelper(QProcess &helper, const QStringList &arguments)
    {
        helper.start(helperPath(), arguments);
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
        helper.write(token.toLatin1() + '\n');
    }

    // Retire requests the simulator carried out (answered 204), per device id; and whether any POST came at all.
    QHash<QString, int> retiresCarriedOut(int *posts = nullptr) const
    {
        static const QRegularExpression retire(QStringLiteral("/managedDevices/([^/]+)/retire$"));
        QHash<QString, int> times;
        for (const QJsonObject &entry : demo->server()->requestLog()) {
            if (posts && entry.value(QStringLiteral("method")).toString() == QLatin1String("POST"))
                ++*posts;
            const QRegularExpressionMatch match = retire.match(entry.value(QStringLiteral("path")).toString());
            if (match.hasMatch() && entry.value(QStringLiteral("status")).toInt() == 204)
                ++times[match.captured(1)];
        }
        return times;
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(900, 60);
        options.throttling = false;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        token = demo->adminToken();
        QVERIFY(QFile::exists(helperPath()));
    }

    void aBulkRunKilledMidBatchRecoversWithNothingLostOrDoubled()
    {
        const QStringList ids = demo->ids(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            QStringLiteral("managementState eq 'managed'"), 300);
        QCOMPARE(ids.size(), 300);
        const QString journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        // Every POST is answered 1.5 s after Graph carried it out: a kill shortly after a batch's results lands
        // while the next batch is on its way.
        FaultPlan slowAnswers;
        slowAnswers.latencyMs = 1500;
        slowAnswers.methods = {QStringLiteral("POST")};
        demo->server()->setFaultPlan(slowAnswers);
        demo->server()->clearRequestLog();

        QProcess run;
        startHelper(run,
            QStringList {
                QStringLiteral("run"), demo->graph(QString()).toString(), journalPath, QStringLiteral("retire")}
                + ids);
        int finished = 0;
        QDeadlineTimer deadline(60000);
        while (finished < 40 && !deadline.hasExpired() && run.state() == QProcess::Running) {
            if (!run.canReadLine() && !run.waitForReadyRead(1000))
                continue;
            while (run.canReadLine())
                finished = qMax(finished, run.readLine().trimmed().split(' ').value(1).toInt());
        }
        QCOMPARE(finished, 40);
        // The next batch is journaled as intents before it is sent: kill once it is on its way.
        QTRY_VERIFY_WITH_TIMEOUT(!Journal(journalPath).unresolvedIntents().isEmpty(), 10000);
        run.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        // The simulator carries out whatever reached it before the kill; a request of ours answered after the kill
        // has been through its event loop after those.
        QCOMPARE(
            demo->http.get(demo->graph(QStringLiteral("/v1.0/users?$top=1")), TestHttp::bearer(token)).status, 200);
        demo->server()->setFaultPlan({});

        Journal journal(journalPath);
        QSet<QString> intended, done, unresolved;
        for (const JournalEntry &entry : journal.readAll()) {
            if (entry.kind == JournalEntry::Kind::Intent)
                intended.insert(entry.targetId);
            else if (entry.outcome == JournalEntry::Outcome::Done)
                done.insert(entry.targetId);
        }
        for (const JournalEntry &intent : journal.unresolvedIntents())
            unresolved.insert(intent.targetId);
        QCOMPARE(done.size(), 40);
        QVERIFY2(
            unresolved.size() >= 1 && unresolved.size() <= 20, "the kill should land while one batch is in flight");
        QCOMPARE(intended, done + unresolved);

        const QHash<QString, int> carriedOut = retiresCarriedOut();
        for (const QString &id : ids) {
            QVERIFY2(carriedOut.value(id) <= 1, qPrintable(id + QStringLiteral(" was retired twice")));
            if (carriedOut.value(id) == 1)
                QVERIFY2(intended.contains(id),
                    qPrintable(id + QStringLiteral(" was retired without an intent in the journal")));
            if (!intended.contains(id))
                QCOMPARE(carriedOut.value(id), 0);
        }

        // Started again: the open intents are checked by reading the devices; nothing is sent.
        demo->server()->clearRequestLog();
        QProcess recover;
        startHelper(recover, {QStringLiteral("recover"), demo->graph(QString()).toString(), journalPath});
        QVERIFY(recover.waitForFinished(60000));
        QCOMPARE(recover.exitStatus(), QProcess::NormalExit);
        QCOMPARE(recover.exitCode(), 0);
        int posts = 0;
        retiresCarriedOut(&posts);
        QCOMPARE(posts, 0);
        QCOMPARE(
            QString::fromUtf8(recover.readAllStandardOutput()).count(QStringLiteral("verified ")), unresolved.size());

        QVERIFY(journal.unresolvedIntents().isEmpty());
        QSet<QString> unknown;
        for (const JournalEntry &entry : journal.readAll()) {
            if (entry.kind != JournalEntry::Kind::Outcome || entry.outcome != JournalEntry::Outcome::Unknown)
                continue;
            unknown.insert(entry.targetId);
            // What the check saw is what Graph holds: retirePending exactly where the retire was carried out.
            const bool pending = entry.message.contains(QLatin1String("retirePending"));
            QCOMPARE(pending, carriedOut.value(entry.targetId) == 1);
        }
        QCOMPARE(unknown, unresolved);
        int notSent = 0;
        for (const QString &id : ids)
            notSent += !intended.contains(id);
        QCOMPARE(done.size() + unknown.size() + notSent, 300);
        qInfo("after SIGKILL: %d done, %d unknown (%d of them carried out), %d not sent", int(done.size()),
            int(unknown.size()),
            int(std::count_if(
                unknown.begin(), unknown.end(), [&](const QString &id) { return carriedOut.value(id) == 1; })),
            notSent);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
