#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/auth/ClientSecretSignIn.h"
#include "core/graph/PageLoader.h"
#include "core/graph/PartitionedLoader.h"
#include "core/platform/Translator.h"
#include "demo/DemoClock.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/PageIds.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StallMeter.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Storms of faults from the demo tenant against the app's own parts, with counts: lists read through dropped, cut,
// garbled and refused pages; bulk actions through lost and failed $batch answers; 5xx bursts; a Retry-After too long
// to wait; the server gone and back; tokens expiring mid-run; the server's clock ten minutes off. The request log
// proves that no action is lost or carried out twice; the longest stall of the GUI thread is measured throughout.
// Each storm prints one "STORM" line with its figures.
class TestFaultStorms : public QObject
{
    Q_OBJECT

    struct Figures
    {
        QString storm;
        int requests = 0;
        QMap<QString, int> faults;
        int lost = 0;
        int doubled = 0;
        qint64 longestStallMs = 0;
        QString outcome;
    };
    QList<Figures> m_figures;
    QTemporaryDir m_dir;
    Translator m_translator;

    static DemoServerOptions tenantOptions(int devices)
    {
        DemoServerOptions options = DemoFixture::smallTenant(devices, qMax(100, devices / 20));
        options.throttling = false; // the storms are the faults; Intune's limits have their own tests
        return options;
    }

    // What the storm did, read from the request log: every answer that was a fault, by kind, and the 429s given to
    // single requests inside a $batch.
    static void countFaults(DemoFixture &demo, Figures *figures)
    {
        for (const QJsonObject &entry : demo.server()->requestLog()) {
            ++figures->requests;
            const QString fault = entry.value(QStringLiteral("fault")).toString();
            if (!fault.isEmpty())
                ++figures->faults[fault];
            if (!entry.value(QStringLiteral("batch")).toString().isEmpty()
                && entry.value(QStringLiteral("status")).toInt() == 429)
                ++figures->faults[QStringLiteral("throttle in $batch")];
            if (entry.value(QStringLiteral("status")).toInt() == 401)
                ++figures->faults[QStringLiteral("401 expired token")];
        }
    }

    void report(const Figures &figures)
    {
        QStringList faults;
        int total = 0;
        for (auto it = figures.faults.begin(); it != figures.faults.end(); ++it) {
            faults.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
            total += it.value();
        }
        qInfo().noquote() << QStringLiteral("STORM %1: %2 requests, %3 faults (%4); lost %5, doubled %6; longest GUI "
                                            "stall %7 ms; %8")
                                 .arg(figures.storm)
                                 .arg(figures.requests)
                                 .arg(total)
                                 .arg(faults.join(QStringLiteral(", ")))
                                 .arg(figures.lost)
                                 .arg(figures.doubled)
                                 .arg(figures.longestStallMs)
                                 .arg(figures.outcome);
        m_figures.append(figures);
    }

    static QList<ActionTarget> managedDevices(DemoFixture &demo, int count)
    {
        QList<ActionTarget> targets;
        for (const QString &id : demo.ids(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                 QStringLiteral("managementState eq 'managed'"), count))
            targets.append({id, QStringLiteral("device"), QString()});
        return targets;
    }

    static QString retirePath(const QString &id)
    {
        return QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id);
    }

    // How often Graph carried out (or at least took up) each target's retire: every request that reached the
    // service, that is every one not turned away with 429 or 503.
    static QHash<QString, int> retiresTakenUp(DemoFixture &demo)
    {
        QHash<QString, int> taken;
        for (const QJsonObject &entry : demo.server()->requestLog()) {
            const QString path = entry.value(QStringLiteral("path")).toString();
            const int status = entry.value(QStringLiteral("status")).toInt();
            if (!path.endsWith(QLatin1String("/retire")) || status == 429 || status == 503
                || entry.value(QStringLiteral("fault")).toString() == QLatin1String("serviceUnavailable"))
                continue;
            ++taken[path.section(QLatin1Char('/'), -2, -2)];
        }
        return taken;
    }

    // Every device's managementState by id, read from the tenant in one pass.
    static QHash<QString, QString> managementStates(DemoFixture &demo)
    {
        QHash<QString, QString> states;
        demo.server()->configure([&states](DemoServer &server) {
            for (const DemoDevice &device : server.tenant().devices())
                states.insert(device.id, device.managementState);
        });
        return states;
    }

    static bool runToEnd(ActionRunner &runner, const QList<ActionTarget> &targets)
    {
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.run(*ActionCatalog::find(QStringLiteral("retire")), targets);
        return finished.size() == 1 || finished.wait(180000);
    }

    // After a storm: each target's outcome is journaled; what Graph did is read back; targets Graph did not reach
    // are retired again in calm weather. In the end every device is retired, each by exactly one request that
    // reached Graph. Returns the figures' lost and doubled counts.
    static void settle(DemoFixture &demo, DemoGraphClient &graph, Journal &journal, const AccessToken &token,
        const QList<ActionTarget> &targets, const ActionRunner &stormRun, Figures *figures)
    {
        QHash<QString, JournalEntry::Outcome> journaled;
        for (const JournalEntry &e : journal.readAll()) {
            if (e.kind == JournalEntry::Kind::Outcome)
                journaled.insert(e.targetId, e.outcome);
        }
        QHash<QString, ActionResult::Status> status;
        for (const ActionResult &r : stormRun.results())
            status.insert(r.target.id, r.status);
        QMap<ActionResult::Status, int> outcomes;
        const QHash<QString, int> taken = retiresTakenUp(demo);
        QList<ActionTarget> again;
        const QHash<QString, QString> states = managementStates(demo);
        for (const ActionTarget &t : targets) {
            const JournalEntry::Outcome outcome = journaled.value(t.id, JournalEntry::Outcome::None);
            if (outcome == JournalEntry::Outcome::None || status.value(t.id) == ActionResult::Status::NotSent)
                ++figures->lost;
            ++outcomes[status.value(t.id)];
            // A done target was carried out; an unknown one may or may not have been; a failed one was not.
            const bool retired = states.value(t.id) == QLatin1String("retirePending");
            if (status.value(t.id) == ActionResult::Status::Done && !retired)
                ++figures->lost;
            // "Failed" offers a retry; if Graph did carry it out, that retry would do it twice.
            if (status.value(t.id) == ActionResult::Status::Failed && taken.value(t.id) > 0 && retired)
                ++figures->doubled;
            if (!retired)
                again.append(t);
        }
        figures->outcome = QStringLiteral("done %1, outcome unknown %2, failed %3; retired again in calm: %4")
                               .arg(outcomes.value(ActionResult::Status::Done))
                               .arg(outcomes.value(ActionResult::Status::Unknown))
                               .arg(outcomes.value(ActionResult::Status::Failed))
                               .arg(again.size());
        demo.server()->setFaultPlan({});
        if (!again.isEmpty()) {
            ActionRunner calm(&graph.client, &journal, token);
            if (!runToEnd(calm, again))
                ++figures->lost;
        }
        const QHash<QString, int> takenInTheEnd = retiresTakenUp(demo);
        const QHash<QString, QString> statesInTheEnd = managementStates(demo);
        for (const ActionTarget &t : targets) {
            if (statesInTheEnd.value(t.id) != QLatin1String("retirePending"))
                ++figures->lost;
            if (takenInTheEnd.value(t.id) > 1)
                ++figures->doubled;
        }
    }

    // The demo's app registration signing in with its client secret (app-only), as Offboard's own flow does.
    static ClientSecretSignIn *appSignIn(DemoFixture &demo, QNetworkAccessManager *network)
    {
        const QJsonObject app = demo.description().value(QStringLiteral("appClient")).toObject();
        const Cloud cloud = Cloud::custom(
            demo.graph(QString()), QUrl(demo.identity(QString()).toString().section(QLatin1Char('/'), 0, 2)));
        return new ClientSecretSignIn(network, cloud, demo.description().value(QStringLiteral("tenantId")).toString(),
            app.value(QStringLiteral("clientId")).toString(), app.value(QStringLiteral("clientSecret")).toString());
    }

    static int faultTotal(const Figures &figures)
    {
        int total = 0;
        for (int n : figures.faults)
            total += n;
        return total;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ActionResult>();
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_faultstorms"));
        QVERIFY(m_dir.isValid());
        m_translator.setLanguage(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        for (const Figures &f : std::as_const(m_figures))
            qInfo().noquote() << QStringLiteral("SUMMARY %1: faults %2, lost %3, doubled %4, longest stall %5 ms")
                                     .arg(f.storm)
                                     .arg(faultTotal(f))
                                     .arg(f.lost)
                                     .arg(f.doubled)
                                     .arg(f.longestStallMs);
    }

    // Four lists in the real window, reloaded in rounds while a share of the pages is dropped, cut off, garbled,
    // throttled or refused with 503/504: every list that finishes holds exactly the tenant's objects, and any that
    // cannot finish shows Graph's message and the request-id.
    void listsReadThroughDroppedCutGarbledAndRefusedPagesHoldEveryObjectOnce()
    {
        DemoFixture demo(tenantOptions(10000));
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        MainWindow window(&graph.client,
            SessionInfo {AccessToken::fromJwt(graph.token), QStringLiteral("demo"), QString(), true}, &m_translator);
        window.show();
        QHash<int, QSet<QString>> expected;
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            ListPage *page = window.page(i);
            page->ensureLoaded();
            QVERIFY(QTest::qWaitFor([page] { return page->hasLoadFinished(); }, 60000));
            for (int row = 0; row < page->entities()->rowCount(); ++row)
                expected[i].insert(page->entities()->idAt(row));
        }
        QCOMPARE(expected.value(MainWindow::Devices).size(), 10000);

        FaultPlan storm;
        storm.methods = {QStringLiteral("GET")};
        storm.dropRate = 0.03;
        storm.truncateRate = 0.03;
        storm.malformedRate = 0.03;
        storm.serviceUnavailableRate = 0.03;
        storm.gatewayTimeoutRate = 0.02;
        storm.throttleRate = 0.02;
        storm.retryAfterSeconds = 1;
        storm.seed = 11;
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(storm);
        StallMeter stalls;
        Figures figures {QStringLiteral("list reads")};
        int loads = 0;
        int complete = 0;
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < MainWindow::PageCount; ++i)
                window.page(i)->refresh();
            for (int i = 0; i < MainWindow::PageCount; ++i) {
                ListPage *page = window.page(i);
                QVERIFY(QTest::qWaitFor(
                    [page] { return page->hasLoadFinished() || !page->shownError().isEmpty(); }, 120000));
                ++loads;
                if (!page->hasLoadFinished()) {
                    // Graph's own message and the request-id are on screen.
                    QVERIFY2(page->shownError().contains(QLatin1String("Request ID:")), qPrintable(page->shownError()));
                    continue;
                }
                ++complete;
                QSet<QString> ids;
                for (int row = 0; row < page->entities()->rowCount(); ++row)
                    ids.insert(page->entities()->idAt(row));
                QCOMPARE(page->entities()->rowCount(), expected.value(i).size());
                if (ids != expected.value(i))
                    ++figures.lost;
            }
        }
        figures.longestStallMs = stalls.longestStallMs();
        countFaults(demo, &figures);
        figures.outcome = QStringLiteral("%1 of %2 list loads complete").arg(complete).arg(loads);
        report(figures);
        QCOMPARE(figures.lost, 0);
        QVERIFY2(faultTotal(figures) >= 5, "the storm must have struck");
        QVERIFY2(complete * 10 >= loads * 9, qPrintable(figures.outcome));
    }

    // Three runs of 170 retires in $batch requests while batches are dropped, cut off, garbled, lost behind
    // 500/502/504, refused with 503 and single requests in them throttled: nothing is lost, nothing is carried out
    // twice.
    void bulkRetiresThroughLostAndFailedBatchAnswersAreNeverLostNorDoubled()
    {
        DemoFixture demo(tenantOptions(2500));
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        Journal journal(m_dir.filePath(QStringLiteral("bulk.jsonl")));
        const QList<ActionTarget> all = managedDevices(demo, 510);
        QCOMPARE(all.size(), 510);
        FaultPlan storm;
        storm.methods = {QStringLiteral("POST")};
        storm.dropRate = 0.08;
        storm.truncateRate = 0.06;
        storm.malformedRate = 0.06;
        storm.badGatewayRate = 0.06;
        storm.serverErrorRate = 0.06;
        storm.gatewayTimeoutRate = 0.06;
        storm.serviceUnavailableRate = 0.1;
        storm.throttleRate = 0.1; // each request inside a $batch
        storm.retryAfterSeconds = 1;
        storm.seed = 23;
        demo.server()->clearRequestLog();
        const AccessToken token = AccessToken::fromJwt(graph.token);
        Figures figures {QStringLiteral("bulk $batch")};
        for (int run = 0; run < 3; ++run) {
            const QList<ActionTarget> targets = all.mid(run * 170, 170);
            demo.server()->setFaultPlan(storm);
            ActionRunner runner(&graph.client, &journal, token);
            StallMeter stalls;
            QVERIFY(runToEnd(runner, targets));
            figures.longestStallMs = qMax(figures.longestStallMs, stalls.longestStallMs());
            Figures thisRun;
            settle(demo, graph, journal, token, targets, runner, &thisRun);
            figures.lost += thisRun.lost;
            figures.doubled += thisRun.doubled;
            figures.outcome += (figures.outcome.isEmpty() ? QString() : QStringLiteral("; ")) + thisRun.outcome;
            storm.seed += 1;
        }
        countFaults(demo, &figures);
        report(figures);
        QVERIFY2(faultTotal(figures) >= 20, "the storm must have struck");
        QCOMPARE(figures.lost, 0);
        QCOMPARE(figures.doubled, 0);
        QVERIFY(journal.unresolvedIntents().isEmpty());
    }

    // 503 and 504 for every GET for two seconds: the list is read again after Retry-After and finishes. Then a 500
    // burst: the list shows Graph's message and the request-id; after it, reloading works.
    void a5xxBurstIsWaitedOutOrShownWithGraphsMessageAndRequestId()
    {
        DemoFixture demo(tenantOptions(3000));
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        MainWindow window(&graph.client,
            SessionInfo {AccessToken::fromJwt(graph.token), QStringLiteral("demo"), QString(), true}, &m_translator);
        window.show();
        ListPage *devices = window.page(MainWindow::Devices);
        devices->ensureLoaded();
        QVERIFY(QTest::qWaitFor([devices] { return devices->hasLoadFinished(); }, 60000));

        StallMeter stalls;
        Figures figures {QStringLiteral("5xx bursts")};
        demo.server()->clearRequestLog();
        FaultPlan burst;
        burst.methods = {QStringLiteral("GET")};
        burst.serviceUnavailableRate = 0.5;
        burst.gatewayTimeoutRate = 0.5;
        burst.retryAfterSeconds = 1;
        demo.server()->setFaultPlan(burst);
        devices->refresh();
        QTest::qWait(2000); // the burst lasts two seconds: a span of the scenario, not a wait for a result
        demo.server()->setFaultPlan({});
        QVERIFY(QTest::qWaitFor([devices] { return devices->hasLoadFinished(); }, 60000));
        QCOMPARE(devices->entities()->rowCount(), 3000);

        FaultPlan serverErrors;
        serverErrors.methods = {QStringLiteral("GET")};
        serverErrors.serverErrorRate = 1.0;
        demo.server()->setFaultPlan(serverErrors);
        devices->refresh();
        QVERIFY(QTest::qWaitFor([devices] { return !devices->shownError().isEmpty(); }, 30000));
        QString lastRequestId;
        for (const QJsonObject &entry : demo.server()->requestLog()) {
            if (entry.value(QStringLiteral("fault")).toString() == QLatin1String("serverError"))
                lastRequestId = entry.value(QStringLiteral("requestId")).toString();
        }
        QVERIFY(devices->shownError().contains(QLatin1String("An internal server error occurred.")));
        QVERIFY2(devices->shownError().contains(QStringLiteral("Request ID: ") + lastRequestId),
            qPrintable(devices->shownError()));
        window.resize(1360, 800);
        QCoreApplication::sendPostedEvents(); // the layout follows the new size and text before the picture
        QVERIFY(Screenshots::save(&window, QStringLiteral("en-list-error-500")));
        m_translator.setLanguage(QStringLiteral("ru"));
        QTRY_VERIFY2(devices->shownError().contains(QStringLiteral("Идентификатор запроса: ") + lastRequestId),
            qPrintable(devices->shownError()));
        QCoreApplication::sendPostedEvents();
        QVERIFY(Screenshots::save(&window, QStringLiteral("ru-list-error-500")));
        m_translator.setLanguage(QStringLiteral("en"));
        demo.server()->setFaultPlan({});
        devices->refresh();
        QVERIFY(QTest::qWaitFor([devices] { return devices->hasLoadFinished(); }, 60000));
        QCOMPARE(devices->entities()->rowCount(), 3000);
        figures.longestStallMs = stalls.longestStallMs();
        countFaults(demo, &figures);
        figures.outcome = QStringLiteral("503/504 burst waited out; 500 shown with its request-id; reload complete");
        report(figures);
        QVERIFY(figures.faults.value(QStringLiteral("serviceUnavailable"))
                + figures.faults.value(QStringLiteral("gatewayTimeout"))
            >= 2);
    }

    // Graph asks to wait an hour: Offboard does not wait, sends nothing more, and says so; the action was not done
    // (429: Graph did nothing). A wait it does take (90 s) is shown and can be stopped, and then nothing is sent.
    void aVeryLongRetryAfterIsNotWaitedOutAndAShorterOneCanBeStopped()
    {
        DemoFixture demo(tenantOptions(300));
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        Journal journal(m_dir.filePath(QStringLiteral("retry-after.jsonl")));
        const AccessToken token = AccessToken::fromJwt(graph.token);
        const QList<ActionTarget> targets = managedDevices(demo, 2);
        StallMeter stalls;
        Figures figures {QStringLiteral("long Retry-After")};

        FaultPlan anHour;
        anHour.throttleRate = 1.0;
        anHour.retryAfterSeconds = 3600;
        anHour.methods = {QStringLiteral("POST")};
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(anHour);
        ActionRunner refused(&graph.client, &journal, token);
        QVERIFY(runToEnd(refused, {targets.at(0)}));
        const ActionResult result = refused.results().first();
        QCOMPARE(result.status, ActionResult::Status::Failed);
        QCOMPARE(result.httpStatus, 429);
        QVERIFY2(result.error.message.contains(QLatin1String("asked to wait 60 minutes before trying again")),
            qPrintable(result.error.message));
        QCOMPARE(refused.failedTargets().size(), 1); // offered to try again later
        countFaults(demo, &figures);
        QCOMPARE(figures.requests, 1);

        FaultPlan ninetySeconds = anHour;
        ninetySeconds.retryAfterSeconds = 90;
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(ninetySeconds);
        ActionRunner waiting(&graph.client, &journal, token);
        QSignalSpy waits(&waiting, &ActionRunner::waiting);
        QSignalSpy finished(&waiting, &ActionRunner::finished);
        waiting.run(*ActionCatalog::find(QStringLiteral("retire")), {targets.at(1)});
        QVERIFY(waits.wait(10000));
        QCOMPARE(waits.first().first().toInt(), 90);
        waiting.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(waiting.results().first().status, ActionResult::Status::NotSent);
        QCOMPARE(graph.liveRequests(), 0); // nothing is left that could send later
        QCOMPARE(demo.server()->requestLog().size(), 1);
        QCOMPARE(journal.readAll().constLast().outcome, JournalEntry::Outcome::NotSent);
        countFaults(demo, &figures);
        figures.longestStallMs = stalls.longestStallMs();
        figures.outcome = QStringLiteral("3600 s: not waited, shown, 1 request; 90 s: shown, stopped, 1 request");
        report(figures);
        const QHash<QString, QString> states = managementStates(demo);
        QCOMPARE(states.value(targets.at(0).id), QStringLiteral("managed"));
        QCOMPARE(states.value(targets.at(1).id), QStringLiteral("managed"));
    }

    // The demo tenant stops listening and cuts every connection in the middle of a bulk run and of a list read, and
    // comes back 2.5 s later: the reads finish, writes that never left are sent when it is back, the one whose
    // answer was cut is "outcome unknown" and is never resent blindly. Nothing lost, nothing doubled.
    void theServerGoneMidRunAndBackLosesAndDoublesNothing()
    {
        DemoFixture demo(tenantOptions(4000));
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        Journal journal(m_dir.filePath(QStringLiteral("gone.jsonl")));
        const AccessToken token = AccessToken::fromJwt(graph.token);
        const QList<ActionTarget> targets = managedDevices(demo, 160);
        FaultPlan slow;
        slow.latencyMs = 400; // each $batch is answered 0.4 s after Graph carried it out
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(slow);
        StallMeter stalls;

        PageLoader reader(&graph.client);
        QSet<QString> readIds;
        PageIds::collect(reader, [&readIds](const QStringList &ids) {
            for (const QString &id : ids)
                readIds.insert(id);
        });
        QSignalSpy readFinished(&reader, &CollectionLoader::finished);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("200"));
        reader.start(
            graph.client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query));

        ActionRunner runner(&graph.client, &journal, token);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        QSignalSpy targetDone(&runner, &ActionRunner::targetFinished);
        QSignalSpy runnerWaits(&runner, &ActionRunner::waiting);
        QSignalSpy readerWaits(&reader, &CollectionLoader::retrying);
        runner.run(*ActionCatalog::find(QStringLiteral("retire")), targets);
        QVERIFY(targetDone.wait(30000));
        QTest::qWait(200); // the next $batch is on the server now, its answer not yet sent
        demo.server()->configure([](DemoServer &server) { server.goAway(); });
        QTest::qWait(2500); // the outage lasts 2.5 s: a span of the scenario, not a wait for a result
        bool back = false;
        demo.server()->configure([&back](DemoServer &server) { back = server.comeBack(); });
        QVERIFY(back);
        QVERIFY(finished.size() == 1 || finished.wait(120000));
        QVERIFY(readFinished.size() == 1 || readFinished.wait(60000));
        QCOMPARE(readIds.size(), 4000);

        // What could not reach the server was sent again once it was back: nothing ended "failed".
        for (const ActionResult &r : runner.results())
            QVERIFY(r.status == ActionResult::Status::Done || r.status == ActionResult::Status::Unknown);
        Figures figures {QStringLiteral("server gone and back")};
        countFaults(demo, &figures);
        figures.faults[QStringLiteral("connections cut")] = 1;
        figures.faults[QStringLiteral("refused, sent again (writes)")] = int(runnerWaits.size());
        figures.faults[QStringLiteral("refused or cut, read again (reads)")] = int(readerWaits.size());
        figures.longestStallMs = stalls.longestStallMs();
        settle(demo, graph, journal, token, targets, runner, &figures);
        report(figures);
        QCOMPARE(figures.lost, 0);
        QCOMPARE(figures.doubled, 0);
    }

    // Access tokens that live two seconds, and nobody renews them ahead of time (a laptop that slept): Graph answers
    // 401, the client asks for a new token once however many requests wait, and sends them again; a 401 comes before
    // Graph does anything, so writes are safe to resend. Every retire is done, once.
    void tokensExpiringMidRunAreRenewedAndNothingIsLostOrDoubled()
    {
        DemoServerOptions options = tenantOptions(1500);
        options.accessTokenLifetimeSeconds = 2;
        DemoFixture demo(options);
        QVERIFY(demo.isReady());
        DemoGraphClient graph(demo);
        auto signIn = [&] {
            ClientSecretSignIn *flow = appSignIn(demo, &graph.network);
            connect(flow, &SignInFlow::succeeded, flow, [&graph, flow](const SignInResult &result) {
                graph.token = result.token.raw();
                graph.client.tokenRenewed();
                flow->deleteLater();
            });
            connect(flow, &SignInFlow::failed, flow, [&graph, flow] {
                graph.client.tokenRenewalFailed();
                flow->deleteLater();
            });
            flow->start();
        };
        int renewals = 0;
        connect(&graph.client, &GraphClient::tokenRejected, this, [&] {
            ++renewals;
            signIn();
        });
        graph.token = demo.appToken();
        const AccessToken token = AccessToken::fromJwt(graph.token);
        Journal journal(m_dir.filePath(QStringLiteral("tokens.jsonl")));
        const QList<ActionTarget> targets = managedDevices(demo, 170);
        FaultPlan slow;
        slow.latencyMs = 400;
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(slow);
        StallMeter stalls;
        ActionRunner runner(&graph.client, &journal, token);
        QVERIFY(runToEnd(runner, targets));
        Figures figures {QStringLiteral("expired tokens")};
        countFaults(demo, &figures);
        figures.faults[QStringLiteral("renewals")] = renewals;
        for (const ActionResult &r : runner.results())
            QCOMPARE(r.status, ActionResult::Status::Done);
        figures.longestStallMs = stalls.longestStallMs();
        settle(demo, graph, journal, token, targets, runner, &figures);
        report(figures);
        QVERIFY2(figures.faults.value(QStringLiteral("401 expired token")) >= 1, "a token must have expired mid-run");
        QVERIFY(renewals >= 1);
        QCOMPARE(figures.lost, 0);
        QCOMPARE(figures.doubled, 0);
    }

    // The tenant's clock ten minutes ahead of ours, then ten minutes behind: a new token is good for its lifetime by
    // our clock (expires_in, not the exp claim), so it is neither renewed at once nor trusted past its end; a
    // device list read in slices while devices check in still holds every device once.
    void tenMinutesOfClockSkewEitherWayChangesNothing_data()
    {
        QTest::addColumn<int>("skewSeconds");
        QTest::newRow("server 10 min ahead") << 600;
        QTest::newRow("server 10 min behind") << -600;
    }
    void tenMinutesOfClockSkewEitherWayChangesNothing()
    {
        QFETCH(int, skewSeconds);
        DemoServerOptions options = tenantOptions(6000);
        options.clockSkewSeconds = skewSeconds;
        options.accessTokenLifetimeSeconds = 120;
        options.tenant.checkInsPerPage = 20;
        DemoFixture demo(options);
        QVERIFY(demo.isReady());
        QCOMPARE(DemoClock::skewSeconds(), skewSeconds);
        DemoGraphClient graph(demo);
        std::unique_ptr<ClientSecretSignIn> flow(appSignIn(demo, &graph.network));
        QSignalSpy signedIn(flow.get(), &SignInFlow::succeeded);
        flow->start();
        QVERIFY(signedIn.wait(10000));
        const AccessToken token = signedIn.first().first().value<SignInResult>().token;
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(token.expires());
        QVERIFY2(secondsLeft > 110 && secondsLeft <= 120, qPrintable(QString::number(secondsLeft)));
        graph.token = token.raw();

        FaultPlan slowPages;
        slowPages.pageLatencyMs = 60; // slow enough to be read in slices
        demo.server()->clearRequestLog();
        demo.server()->setFaultPlan(slowPages);
        StallMeter stalls;
        PartitionedLoader loader(&graph.client, QStringLiteral("lastSyncDateTime"));
        QSet<QString> ids;
        connect(&loader, &CollectionLoader::rowsReady, this, [&ids](const std::shared_ptr<void> &rows) {
            for (const QString &id : PageIds::of(rows))
                ids.insert(id);
        });
        loader.setConverter(PageIds::converter);
        QSignalSpy finished(&loader, &CollectionLoader::finished);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,lastSyncDateTime"));
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
        loader.start(
            graph.client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query));
        QVERIFY(finished.wait(120000));
        QCOMPARE(ids.size(), 6000);
        QVERIFY2(loader.methodDescription().contains(QLatin1String("slices at once")),
            qPrintable(loader.methodDescription()));

        Figures figures {skewSeconds > 0 ? QStringLiteral("clock +10 min") : QStringLiteral("clock -10 min")};
        countFaults(demo, &figures);
        figures.longestStallMs = stalls.longestStallMs();
        figures.outcome = QStringLiteral("token good for %1 s by our clock; %2 of 6000 devices read, %3")
                              .arg(secondsLeft)
                              .arg(ids.size())
                              .arg(loader.methodDescription());
        report(figures);
        DemoClock::setSkewSeconds(0);
    }
};

QTEST_MAIN(TestFaultStorms)
#include "tst_faultstorms.moc"
