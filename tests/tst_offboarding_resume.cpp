#include "core/actions/IntentVerifier.h"
#include "core/offboarding/OffboardingInput.h"
#include "core/offboarding/OffboardingPlanFile.h"
#include "core/offboarding/OffboardingRunner.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/OffboardingSamples.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Plans on disk: the process running one is killed with SIGKILL halfway and the run resumed from the journal
// without any request sent twice; a saved plan opened again shows what changed and is refused in another tenant.
class TestOffboardingResume : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    QTemporaryDir dir;
    QStringList used;

    // Every request that changes something, as "METHOD path", in the order the demo tenant received them.
    QStringList writes() const
    {
        QStringList found;
        for (const QJsonObject &e : demo->server()->requestLog()) {
            const QString method = e.value(QStringLiteral("method")).toString();
            const QString path = e.value(QStringLiteral("path")).toString();
            if (method != QLatin1String("GET") && !path.endsWith(QLatin1String("$batch"))
                && !path.contains(QLatin1String("/oauth2/")))
                found.append(method + QLatin1Char(' ') + path.section(QLatin1Char('/'), -2).toLower());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(500, 80);
        options.tenant.autopilotDeletionSeconds = 2; // every fifth identity: 8 s, time enough to be killed
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
    }

    void aRunKilledHalfwayResumesWithoutSendingAnyStepTwice()
    {
        const QList<Resolution> r = OffboardingSamples::resolve(
            &graph->client, OffboardingSamples::linkedSerials(*demo, graph->token, 10, &used));
        const AccessToken token = AccessToken::fromJwt(graph->token);
        OffboardingPlanFile file = OffboardingPlanFile::capture(
            r, OffboardingPlan::build(r, OffboardingPlan::Template::ReturnToVendor, token), {}, token);
        file.runStartedAt = QDateTime::currentDateTimeUtc();
        const QString planPath = dir.filePath(QStringLiteral("run.json"));
        const QString journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        QVERIFY(file.save(planPath));

        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(OFFBOARD_BINARY_DIR "/tests/plan_run_helper"),
            {demo->graph(QString()).toString(), journalPath, planPath});
        QVERIFY(helper.waitForStarted());
        helper.write(graph->token.toUtf8() + '\n');
        // Killed while Autopilot deregistrations are being waited for: Intune steps done, Entra ones not sent.
        QElapsedTimer waited;
        waited.start();
        while (!writes().join(QLatin1Char(' ')).contains(QLatin1String("windowsautopilotdeviceidentities"))
            && waited.elapsed() < 30000)
            QTest::qWait(20);
        helper.kill();
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        QVERIFY(!writes().join(QLatin1Char(' ')).contains(QLatin1String(" devices/"))); // no Entra step yet

        QString error;
        auto resumed = OffboardingPlanFile::load(planPath, &error);
        QVERIFY2(resumed, qPrintable(error));
        Journal journal(journalPath);
        const auto sent = resumed->sentSteps(journal.readAll());
        QVERIFY(sent.size() >= 20); // retire and Intune deletion of ten devices at least
        OffboardingRunner runner(&graph->client, &journal, token, &resumed->plan);
        runner.setAlreadySent(sent);
        QSignalSpy finished(&runner, &OffboardingRunner::finished);
        runner.start();
        QVERIFY(finished.wait(90000));
        for (const PlanStep &step : std::as_const(resumed->plan.steps)) {
            if (step.checked && step.allowed)
                QVERIFY2(
                    step.state == PlanStep::State::Done, qPrintable(step.action + QLatin1Char(' ') + step.message));
        }
        const QStringList all = writes();
        for (const QString &w : all)
            QVERIFY2(all.count(w) == 1, qPrintable(QStringLiteral("sent twice: ") + w));
    }

    void aSavedPlanOpenedAgainShowsWhatChanged()
    {
        const QStringList serials = OffboardingSamples::linkedSerials(*demo, graph->token, 3, &used);
        const AccessToken token = AccessToken::fromJwt(graph->token);
        const QList<Resolution> before = OffboardingSamples::resolve(&graph->client, serials);
        const OffboardingPlan plan = OffboardingPlan::build(before, OffboardingPlan::Template::LostDevice, token);
        const QString path = dir.filePath(QStringLiteral("handover.json"));
        QVERIFY(OffboardingPlanFile::capture(before, plan, serials, token).save(path));
        QCOMPARE(
            QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions()); // a plan names devices and users: its owner's alone
        // Meanwhile someone deletes the first device from Intune.
        QCOMPARE(demo->http
                     .send("DELETE",
                         demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/")
                             + plan.devices.first().device.managedDeviceId),
                         {}, TestHttp::bearer(graph->token))
                     .status,
            204);
        QString error;
        const auto opened = OffboardingPlanFile::load(path, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(opened->refusalFor(token).isEmpty());
        const QList<Resolution> now = OffboardingSamples::resolve(&graph->client, opened->identifiers);
        OffboardingPlan rebuilt = OffboardingPlan::build(now, opened->plan.templateUsed, token);
        const QStringList changes = opened->applyTo(rebuilt);
        QVERIFY2(!changes.isEmpty(), "the deleted Intune record must show as a change");
        QVERIFY(changes.join(QLatin1Char('\n')).contains(plan.devices.first().device.name()));
        for (const PlanStep &step : rebuilt.steps)
            QVERIFY(!step.checked || step.targetId != plan.devices.first().device.managedDeviceId);
    }

    // After a crash the app checks open intents of plan steps by reading the object each names: a deleted Entra
    // device is gone, a disabled one reads accountEnabled false; an Intune id is never looked up as an Autopilot one.
    void openIntentsOfPlanStepsAreCheckedOnTheirOwnObjects()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("accountEnabled eq true"));
        const QString enabled
            = demo->http.get(demo->graph(QStringLiteral("/v1.0/devices"), query), TestHttp::bearer(graph->token))
                  .json()[QStringLiteral("value")][0][QStringLiteral("id")]
                  .toString();
        QVERIFY(!enabled.isEmpty());
        Journal journal(dir.filePath(QStringLiteral("intents.jsonl")));
        auto intent = [&](const QString &action, const QString &target) {
            JournalEntry e;
            e.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.time = QDateTime::currentDateTimeUtc();
            e.tenantId = AccessToken::fromJwt(graph->token).tenantId();
            e.graphHost = demo->graph(QString()).host();
            e.action = action;
            e.apiVersion = QStringLiteral("v1.0");
            e.targetId = target;
            QString error;
            QVERIFY(journal.append(e, &error));
        };
        intent(QStringLiteral("disableEntraDevice"), enabled);
        intent(QStringLiteral("deleteEntraDevice"), QStringLiteral("00000000-0000-4000-8000-0000000000aa"));
        IntentVerifier verifier(&graph->client, &journal);
        QStringList observed;
        connect(&verifier, &IntentVerifier::verified, this, [&](const IntentVerifier::Finding &f) {
            observed.append(f.intent.action + QLatin1Char(':') + f.observed);
        });
        QSignalSpy finished(&verifier, &IntentVerifier::finished);
        verifier.verify(journal.unresolvedIntents());
        QVERIFY(finished.wait(10000));
        QCOMPARE(observed.size(), 2);
        QVERIFY2(observed.contains(QStringLiteral("disableEntraDevice:the device is still enabled")),
            qPrintable(observed.join(QLatin1Char(','))));
        QVERIFY2(observed.contains(QStringLiteral("deleteEntraDevice:the object no longer exists")),
            qPrintable(observed.join(QLatin1Char(','))));
    }

    void aPlanForAnotherTenantIsRefused()
    {
        OffboardingPlanFile file;
        file.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        QString error;
        const auto read = OffboardingPlanFile::fromJson(file.toJson(), &error);
        QVERIFY(read);
        const QString refusal = read->refusalFor(AccessToken::fromJwt(graph->token));
        QVERIFY(!refusal.isEmpty());
        QVERIFY(refusal.contains(file.tenantId));
    }

    void aDamagedOrHostilePlanIsNotRead()
    {
        QString error;
        QVERIFY(!OffboardingPlanFile::fromJson("not json", &error));
        QVERIFY(!error.isEmpty());
        OffboardingPlanFile file;
        file.tenantId = QStringLiteral("t");
        file.plan.devices.append(PlanDevice());
        PlanStep step;
        step.action = QStringLiteral("deleteEntraDevice");
        step.targetId = QStringLiteral("../../users/someone"); // an id that would reach another endpoint
        step.device = 0;
        file.plan.steps.append(step);
        QVERIFY(!OffboardingPlanFile::fromJson(file.toJson(), &error));
    }
};

QTEST_GUILESS_MAIN(TestOffboardingResume)
#include "tst_offboarding_resume.moc"
