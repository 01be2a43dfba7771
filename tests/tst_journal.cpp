#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The audit journal: records survive reopening and a killed process, a torn last line is skipped, and intents
// without an outcome are found.
class TestJournal : public QObject
{
    Q_OBJECT

    static JournalEntry intent(const QString &target)
    {
        JournalEntry e;
        e.kind = JournalEntry::Kind::Intent;
        e.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.time = QDateTime::currentDateTimeUtc();
        e.operatorName = QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com");
        e.tenantId = QStringLiteral("3f6f0c53-7d9e-4a11-9b5e-0ffb0a2d0001");
        e.action = QStringLiteral("retire");
        e.apiVersion = QStringLiteral("v1.0");
        e.targetId = target;
        e.targetName = QStringLiteral("ЕКБ-ноутбук ") + target;
        return e;
    }
    static JournalEntry outcomeOf(JournalEntry e, JournalEntry::Outcome outcome)
    {
        e.kind = JournalEntry::Kind::Outcome;
        e.outcome = outcome;
        e.httpStatus = outcome == JournalEntry::Outcome::Done ? 204 : 0;
        e.requestId = QStringLiteral("req-1");
        return e;
    }

private slots:
    void recordsRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/journal.jsonl"));
        const JournalEntry a = intent(QStringLiteral("a"));
        {
            Journal journal(path);
            QString error;
            QVERIFY2(journal.append(a, &error), qPrintable(error));
            QVERIFY(journal.append(outcomeOf(a, JournalEntry::Outcome::Done), &error));
            QVERIFY(journal.append(intent(QStringLiteral("b")), &error));
        }
        const QList<JournalEntry> entries = Journal(path).readAll();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].targetName, a.targetName);
        QCOMPARE(entries[1].outcome, JournalEntry::Outcome::Done);
        QCOMPARE(entries[1].httpStatus, 204);
        const QList<JournalEntry> open = Journal(path).unresolvedIntents();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().targetId, QStringLiteral("b"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("Bearer") && !content.contains("token"));
    }

    void anIntentKeepsItsDeprovisionReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        JournalEntry e = intent(QStringLiteral("a"));
        e.action = QStringLiteral("deprovision");
        e.message = QStringLiteral("Сотрудник уволился");
        QString error;
        QVERIFY(Journal(path).append(e, &error));
        QCOMPARE(Journal(path).readAll().first().message, e.message);
    }

    void openIntentsAreFoundPerTenantAndGraphHost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        JournalEntry demo = intent(QStringLiteral("demo"));
        demo.graphHost = QStringLiteral("127.0.0.1");
        JournalEntry real = intent(QStringLiteral("real"));
        real.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        real.graphHost = QStringLiteral("graph.microsoft.com");
        QString error;
        Journal journal(path);
        QVERIFY(journal.append(demo, &error));
        QVERIFY(journal.append(real, &error));
        QCOMPARE(journal.unresolvedIntents().size(), 2);
        const auto mine = journal.unresolvedIntents(real.tenantId, QStringLiteral("graph.microsoft.com"));
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().targetId, QStringLiteral("real"));
        // The demo tenant's intents are never checked against a real Graph host, nor the other way round.
        QVERIFY(journal.unresolvedIntents(demo.tenantId, QStringLiteral("graph.microsoft.com")).isEmpty());
        QCOMPARE(journal.unresolvedIntents(demo.tenantId, QStringLiteral("127.0.0.1")).size(), 1);
    }

    void aSecondWriterIsToldTheJournalIsInUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal first(path);
        Journal second(path);
        QString error;
        QVERIFY(first.append(intent(QStringLiteral("a")), &error));
        QVERIFY(!second.append(intent(QStringLiteral("b")), &error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        QCOMPARE(Journal(path).readAll().size(), 1); // a reader needs no lock
    }

    void theJournalIsPrivateToItsOwner()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Offboard"));
        const QString path = folder + QStringLiteral("/journal.jsonl");
        QString error;
        QVERIFY(Journal(path).append(intent(QStringLiteral("a")), &error));
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
        QVERIFY(!(QFile::permissions(path) & others));
        QVERIFY(!(QFile::permissions(folder) & others));
    }

    void aTornLastLineIsSkippedAndTheNextRecordStartsClean()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        QString error;
        {
            Journal journal(path);
            QVERIFY(journal.append(intent(QStringLiteral("a")), &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"kind\":\"intent\",\"operationId\":\"torn");
        file.close();
        Journal journal(path);
        QCOMPARE(journal.readAll().size(), 1);
        QVERIFY(journal.append(intent(QStringLiteral("c")), &error));
        QCOMPARE(Journal(path).readAll().size(), 2);
    }

    void recordsSurviveAKilledProcess()
    {
        if (qEnvironmentVariableIsSet("OFFBOARD_JOURNAL_WRITER")) {
            // Child: write until killed.
            Journal journal(qEnvironmentVariable("OFFBOARD_JOURNAL_WRITER"));
            QString error;
            for (int i = 0;; ++i) {
                const JournalEntry e = intent(QString::number(i));
                if (!journal.append(e, &error))
                    QFAIL(qPrintable(error));
                if (i % 2 == 0 && !journal.append(outcomeOf(e, JournalEntry::Outcome::Done), &error))
                    QFAIL(qPrintable(error));
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFBOARD_JOURNAL_WRITER"), path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("recordsSurviveAKilledProcess")});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(path).size() > 20000, 20000);
        writer.kill(); // SIGKILL: no chance to clean up
        writer.waitForFinished();
        const QList<JournalEntry> entries = Journal(path).readAll();
        QVERIFY(entries.size() > 50);
        // Every intent is there in order; the odd ones, and perhaps the last, have no outcome.
        int intents = 0;
        for (const JournalEntry &e : entries)
            intents += e.kind == JournalEntry::Kind::Intent ? 1 : 0;
        const QList<JournalEntry> open = Journal(path).unresolvedIntents();
        QVERIFY(open.size() >= intents / 2);
        QVERIFY(open.size() <= intents / 2 + 1);
        for (const JournalEntry &e : open)
            QVERIFY(e.targetId.toInt() % 2 == 1 || e.targetId.toInt() == intents - 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
