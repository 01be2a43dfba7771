#include "core/offboarding/OffboardingInput.h"
#include "core/offboarding/OffboardingPlan.h"
#include "core/offboarding/OffboardingRunner.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/OffboardingSamples.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Plans and runs against the demo tenant: the "return to vendor" template over 20 devices in Microsoft's order,
// with verified effects and one slow Autopilot deregistration; a dry run that changes nothing; steps the sign-in may
// not run; a device whose step fails getting none of its later steps.
class TestOffboardingRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    QTemporaryDir dir;
    QStringList usedSerials;

    QList<QJsonObject> writes() const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &e : demo->server()->requestLog()) {
            const QString method = e.value(QStringLiteral("method")).toString();
            if (method != QLatin1String("GET")
                && !e.value(QStringLiteral("path")).toString().endsWith(QLatin1String("$batch"))
                && !e.value(QStringLiteral("path")).toString().contains(QLatin1String("/oauth2/")))
                found.append(e);
        }
        return found;
    }
    // When the request that changed this object was answered (the request log's time), or an invalid time.
    QDateTime writeTime(const QString &method, const QString &pathEnd) const
    {
        for (const QJsonObject &e : writes()) {
            if (e.value(QStringLiteral("method")).toString() == method
                && e.value(QStringLiteral("path")).toString().endsWith(pathEnd, Qt::CaseInsensitive))
                return QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        }
        return {};
    }
    int status(const QString &path) { return demo->http.get(demo->graph(path), TestHttp::bearer(graph->token)).status; }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(400, 80);
        options.tenant.autopilotDeletionSeconds = 1; // every fifth identity: 4 s
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
    }

    void aDryRunListsTheRequestsInOrderAndSendsNothing()
    {
        const QList<Resolution> r = OffboardingSamples::resolve(
            &graph->client, OffboardingSamples::linkedSerials(*demo, graph->token, 3, &usedSerials));
        OffboardingPlan plan
            = OffboardingPlan::build(r, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(graph->token));
        QCOMPARE(plan.devices.size(), 3);
        QVERIFY(plan.problems().isEmpty());
        const int writesBefore = int(writes().size());
        const QStringList requests = plan.requests(demo->graph(QString()));
        QCOMPARE(requests.size(), 12);
        QVERIFY(
            requests.first().startsWith(QLatin1String("POST ")) && requests.first().endsWith(QLatin1String("/retire")));
        QVERIFY(requests.last().startsWith(QLatin1String("DELETE "))
            && requests.last().contains(QLatin1String("/devices/")));
        QCOMPARE(int(writes().size()), writesBefore);
    }

    void returnToVendorOverTwentyDevicesRemovesEachFromIntuneThenAutopilotThenEntra()
    {
        const QStringList serials = OffboardingSamples::linkedSerials(*demo, graph->token, 20, &usedSerials);
        QCOMPARE(serials.size(), 20);
        const QList<Resolution> r = OffboardingSamples::resolve(&graph->client, serials);
        OffboardingPlan plan
            = OffboardingPlan::build(r, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(graph->token));
        QCOMPARE(plan.devices.size(), 20);
        QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
        Journal journal(dir.filePath(QStringLiteral("vendor.jsonl")));
        OffboardingRunner runner(&graph->client, &journal, AccessToken::fromJwt(graph->token), &plan);
        QSignalSpy finished(&runner, &OffboardingRunner::finished);
        QSignalSpy waiting(&runner, &OffboardingRunner::waitingFor);
        runner.start();
        QVERIFY(finished.wait(120000));
        for (const PlanStep &step : plan.steps) {
            if (step.checked)
                QVERIFY2(
                    step.state == PlanStep::State::Done, qPrintable(step.action + QLatin1Char(' ') + step.message));
        }
        QVERIFY(!waiting.isEmpty()); // "Waiting for Windows Autopilot…"
        int removedEverywhere = 0;
        for (const PlanDevice &d : plan.devices) {
            QCOMPARE(status(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + d.device.managedDeviceId), 404);
            QCOMPARE(status(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/")
                         + d.device.autopilotId),
                404);
            if (d.device.entraSynced) // hybrid joined: Entra ID refuses it, the plan left it unticked and said why
                continue;
            ++removedEverywhere;
            QCOMPARE(status(QStringLiteral("/v1.0/devices/") + d.device.entraObjectId), 404);
            const QDateTime intune
                = writeTime(QStringLiteral("DELETE"), QStringLiteral("/managedDevices/") + d.device.managedDeviceId);
            const QDateTime autopilot = writeTime(
                QStringLiteral("DELETE"), QStringLiteral("/windowsAutopilotDeviceIdentities/") + d.device.autopilotId);
            const QDateTime entra
                = writeTime(QStringLiteral("DELETE"), QStringLiteral("/devices/") + d.device.entraObjectId);
            QVERIFY(intune.isValid() && autopilot.isValid() && entra.isValid());
            QVERIFY(intune <= autopilot);
            QVERIFY(autopilot < entra);
        }
        QVERIFY(removedEverywhere >= 15);
        QVERIFY(runner.startedAt().msecsTo(runner.finishedAt()) >= 3000); // the slow deregistration was waited for
        qInfo("return to vendor, 20 devices: %lld ms", runner.startedAt().msecsTo(runner.finishedAt()));
    }

    // A read-only sign-in may run nothing; the demo app may not touch Entra devices. Those steps stay unticked
    // and say which permission is missing.
    void stepsTheSignInMayNotRunAreOffAndSayWhy()
    {
        const QList<Resolution> r = OffboardingSamples::resolve(
            &graph->client, OffboardingSamples::linkedSerials(*demo, graph->token, 1, &usedSerials));
        const OffboardingPlan readOnly = OffboardingPlan::build(
            r, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(demo->operatorToken()), true);
        QVERIFY(readOnly.runnableSteps().isEmpty());
        for (const PlanStep &step : readOnly.steps)
            QVERIFY(!step.allowed && !step.blockedReason.isEmpty());
        const OffboardingPlan app = OffboardingPlan::build(
            r, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(demo->appToken()));
        for (const PlanStep &step : app.steps) {
            if (step.action == QLatin1String("deleteEntraDevice")) {
                QVERIFY(!step.allowed);
                QVERIFY(step.blockedReason.contains(QLatin1String("Device.ReadWrite.All")));
            }
        }
    }

    // Deleting the Entra device without deregistering from Autopilot is refused by Entra ID: the plan says so before
    // it runs, and if it is run anyway the failure stops that device there.
    void aStepThatFailsStopsThatDeviceOnly()
    {
        const QList<Resolution> r = OffboardingSamples::resolve(
            &graph->client, OffboardingSamples::linkedSerials(*demo, graph->token, 2, &usedSerials));
        OffboardingPlan plan
            = OffboardingPlan::build(r, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(graph->token));
        for (PlanStep &step : plan.steps) {
            if (step.device == 0 && step.action == QLatin1String("deregisterAutopilotDevice"))
                step.checked = false;
            if (step.device == 0 && step.action == QLatin1String("disableEntraDevice"))
                step.checked = true; // fails: still registered in Autopilot
        }
        QCOMPARE(plan.problems().size(), 1);
        Journal journal(dir.filePath(QStringLiteral("fails.jsonl")));
        OffboardingRunner runner(&graph->client, &journal, AccessToken::fromJwt(graph->token), &plan);
        QSignalSpy finished(&runner, &OffboardingRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        for (const PlanStep &step : plan.steps) {
            if (!step.checked)
                continue;
            if (step.device == 1)
                QCOMPARE(step.state, PlanStep::State::Done);
            else if (step.action == QLatin1String("disableEntraDevice"))
                QCOMPARE(step.state, PlanStep::State::Failed);
            else if (step.action == QLatin1String("deleteEntraDevice"))
                QCOMPARE(step.state, PlanStep::State::Skipped);
        }
    }
};

QTEST_GUILESS_MAIN(TestOffboardingRun)
#include "tst_offboarding_run.moc"
