#include "core/graph/BatchRequest.h"
#include "tests/support/DemoGraphClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// BatchRequest against the demo tenant: batches of 20, dependency groups together, throttled requests sent again,
// and no request ever carried out twice.
class TestBatchRequest : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    GraphClient *client = nullptr;
    QString token;

    QStringList deviceIds(int n)
    {
        return demo->ids(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"), n);
    }
    static QList<BatchItem> retires(const QStringList &ids)
    {
        QList<BatchItem> items;
        for (const QString &id : ids)
            items.append({id, "POST", QStringLiteral("/deviceManagement/managedDevices/%1/retire").arg(id), {}, {}});
        return items;
    }
    QHash<QString, QList<int>> statusesByPath()
    {
        QHash<QString, QList<int>> byPath;
        for (const auto &e : demo->server()->requestLog()) {
            if (!e.value(QStringLiteral("batch")).toString().isEmpty())
                byPath[e.value(QStringLiteral("path")).toString()].append(e.value(QStringLiteral("status")).toInt());
        }
        return byPath;
    }

    int outerBatches() const
    {
        int outer = 0;
        for (const auto &e : demo->server()->requestLog())
            outer += e.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("$batch")) ? 1 : 0;
        return outer;
    }

    // Runs the batch to its end; every item's result, in the order they were reported.
    QList<BatchItemResult> runToEnd(const QList<BatchItem> &items, int timeoutMs, bool *ended)
    {
        BatchRequest batch(client, ApiVersion::V1, items);
        QSignalSpy results(&batch, &BatchRequest::itemFinished);
        QSignalSpy finished(&batch, &BatchRequest::finished);
        batch.start();
        *ended = finished.wait(timeoutMs);
        QList<BatchItemResult> all;
        for (const auto &r : results)
            all.append(r.first().value<BatchItemResult>());
        return all;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<BatchItemResult>();
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(1200, 100));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        client = &graph->client;
        token = graph->token;
    }
    void init() { demo->server()->clearRequestLog(); }
    void cleanup() { demo->server()->setFaultPlan({}); }

    void packsAtMostTwentyAndKeepsDependenciesTogether()
    {
        QList<BatchItem> items;
        for (int i = 0; i < 45; ++i)
            items.append({QString::number(i), "GET", QStringLiteral("/users"), {}, {}});
        items[25].dependsOn = {QStringLiteral("19")};
        QString error;
        const auto batches = BatchRequest::pack(items, &error);
        QCOMPARE(batches.size(), 3);
        for (const auto &b : batches)
            QVERIFY(b.size() <= 20);
        bool together = false;
        for (const auto &b : batches) {
            QSet<QString> ids;
            for (const auto &i : b)
                ids.insert(i.id);
            together |= ids.contains(QStringLiteral("19")) && ids.contains(QStringLiteral("25"));
        }
        QVERIFY(together);
        items[3].dependsOn = {QStringLiteral("nope")};
        QVERIFY(BatchRequest::pack(items, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void retiresManyDevicesInBatchesOfTwenty()
    {
        const QStringList ids = deviceIds(45);
        QCOMPARE(ids.size(), 45);
        bool ended = false;
        const QList<BatchItemResult> results = runToEnd(retires(ids), 60000, &ended);
        QVERIFY(ended);
        QCOMPARE(results.size(), 45);
        for (const auto &r : results)
            QCOMPARE(r.status, 204);
        QCOMPARE(outerBatches(), 3);
    }

    void aThrottlingStormLosesNothingAndDoublesNothing()
    {
        const QStringList ids = deviceIds(120);
        FaultPlan plan;
        plan.throttleRate = 0.3;
        plan.retryAfterSeconds = 1;
        plan.seed = 11;
        plan.pathContains = QStringLiteral("/retire");
        demo->server()->setFaultPlan(plan);
        BatchRequest batch(client, ApiVersion::V1, retires(ids));
        QSignalSpy results(&batch, &BatchRequest::itemFinished);
        QSignalSpy waiting(&batch, &BatchRequest::waiting);
        QSignalSpy finished(&batch, &BatchRequest::finished);
        batch.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(results.size(), ids.size());
        QVERIFY(waiting.size() > 0);
        const auto byPath = statusesByPath();
        int throttled = 0;
        for (const QString &id : ids) {
            const QList<int> statuses
                = byPath.value(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id));
            QCOMPARE(statuses.count(204), 1); // carried out exactly once
            QCOMPARE(statuses.size() - statuses.count(429), 1); // every other attempt was turned away
            throttled += statuses.count(429);
        }
        qInfo("%lld retires, %d throttled answers, all carried out once", qlonglong(ids.size()), throttled);
        QVERIFY(throttled > 10);
    }

    void cancelNeverSendsWhatWasNotSent()
    {
        const QStringList ids = deviceIds(80);
        FaultPlan slow;
        slow.latencyMs = 300;
        demo->server()->setFaultPlan(slow);
        BatchRequest batch(client, ApiVersion::V1, retires(ids));
        QSignalSpy sending(&batch, &BatchRequest::sending);
        QSignalSpy results(&batch, &BatchRequest::itemFinished);
        QSignalSpy finished(&batch, &BatchRequest::finished);
        batch.start();
        QVERIFY(sending.wait(10000));
        batch.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(results.size(), 20); // the batch in flight reports; the rest is never sent
        QCOMPARE(batch.unsentIds().size(), 60);
        QCOMPARE(graph->liveRequests(), 0); // no request is left that could still go out
        QCOMPARE(outerBatches(), 1);
    }

    // A $batch turned away as a whole (503 + Retry-After) waits to be sent again; Stop must end that wait.
    void cancelDuringTheBatchsRetryAfterSendsNothingMore()
    {
        const QStringList ids = deviceIds(10);
        FaultPlan plan;
        plan.serviceUnavailableRate = 1.0;
        plan.retryAfterSeconds = 30;
        plan.pathContains = QStringLiteral("$batch");
        demo->server()->setFaultPlan(plan);
        BatchRequest batch(client, ApiVersion::V1, retires(ids));
        QSignalSpy waiting(&batch, &BatchRequest::waiting);
        QSignalSpy finished(&batch, &BatchRequest::finished);
        QSignalSpy results(&batch, &BatchRequest::itemFinished);
        batch.start();
        QVERIFY(waiting.wait(10000));
        batch.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(2000));
        QCOMPARE(results.size(), 0);
        QCOMPARE(batch.unsentIds().size(), 10);
        QCOMPARE(graph->liveRequests(), 0); // nothing is left that could send
        QCOMPARE(outerBatches(), 1);
    }

    // Retry-After of an item is honoured exactly: its next attempt is never earlier than Graph asked.
    void anItemsRetryAfterIsHonouredExactly()
    {
        const QStringList ids = deviceIds(20);
        FaultPlan plan;
        plan.throttleRate = 0.5;
        plan.retryAfterSeconds = 2;
        plan.seed = 3;
        plan.pathContains = QStringLiteral("/retire");
        demo->server()->setFaultPlan(plan);
        bool ended = false;
        runToEnd(retires(ids), 60000, &ended);
        QVERIFY(ended);
        QHash<QString, QList<QPair<QDateTime, int>>> attempts;
        for (const auto &e : demo->server()->requestLog()) {
            if (!e.value(QStringLiteral("batch")).toString().isEmpty())
                attempts[e.value(QStringLiteral("path")).toString()].append(
                    {QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                        e.value(QStringLiteral("status")).toInt()});
        }
        int checked = 0;
        for (const auto &list : attempts) {
            for (int i = 1; i < list.size(); ++i) {
                if (list[i - 1].second != 429)
                    continue;
                QVERIFY2(list[i - 1].first.msecsTo(list[i].first) >= 2000,
                    qPrintable(QString::number(list[i - 1].first.msecsTo(list[i].first))));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    // Graph asking for longer than Offboard waits: reported with that reason, never sent again early.
    void aRetryAfterLongerThanTheCapIsReportedNotResent()
    {
        const QStringList ids = deviceIds(3);
        FaultPlan plan;
        plan.throttleRate = 1.0;
        plan.retryAfterSeconds = 600;
        plan.pathContains = QStringLiteral("/retire");
        demo->server()->setFaultPlan(plan);
        bool ended = false;
        const QList<BatchItemResult> results = runToEnd(retires(ids), 10000, &ended);
        QVERIFY(ended);
        QCOMPARE(results.size(), 3);
        for (const BatchItemResult &result : results) {
            QCOMPARE(result.status, 429);
            QVERIFY(!result.error.outcomeUnknown);
            QVERIFY2(result.error.message.contains(QStringLiteral("600")), qPrintable(result.error.message));
        }
        QCOMPARE(outerBatches(), 1);
    }

    // A 502 may come after the service acted (the demo carries the request out first): outcome unknown, not resent.
    void aBadGatewayOnABatchOfWritesIsOutcomeUnknown()
    {
        const QStringList ids = deviceIds(3);
        FaultPlan plan;
        plan.badGatewayRate = 1.0;
        plan.pathContains = QStringLiteral("$batch");
        demo->server()->setFaultPlan(plan);
        bool ended = false;
        const QList<BatchItemResult> results = runToEnd(retires(ids), 10000, &ended);
        QVERIFY(ended);
        QCOMPARE(results.size(), 3);
        for (const auto &r : results)
            QVERIFY(r.error.outcomeUnknown);
        QCOMPARE(outerBatches(), 1);
    }

    void aLostBatchMarksEveryRequestInItOutcomeUnknown()
    {
        const QStringList ids = deviceIds(5);
        FaultPlan plan;
        plan.dropRate = 1.0;
        plan.pathContains = QStringLiteral("$batch");
        demo->server()->setFaultPlan(plan);
        bool ended = false;
        const QList<BatchItemResult> results = runToEnd(retires(ids), 20000, &ended);
        QVERIFY(ended);
        QCOMPARE(results.size(), 5);
        for (const auto &r : results)
            QVERIFY(r.error.outcomeUnknown);
        QCOMPARE(outerBatches(), 1);
    }

    void dependsOnTravelsToGraph()
    {
        const QStringList ids = deviceIds(2);
        QList<BatchItem> items = retires(ids);
        items[1].dependsOn = {ids[0]};
        items[0].url = QStringLiteral("/deviceManagement/managedDevices/does-not-exist/retire");
        bool ended = false;
        const QList<BatchItemResult> results = runToEnd(items, 20000, &ended);
        QVERIFY(ended);
        QHash<QString, int> status;
        for (const auto &r : results)
            status.insert(r.id, r.status);
        QCOMPARE(status.value(ids[0]), 404);
        // Its dependency failed for real, so the dependent request is not tried on its own.
        QCOMPARE(status.value(ids[1]), 424);
        QCOMPARE(statusesByPath()
                     .value(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(ids[1]))
                     .size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestBatchRequest)
#include "tst_batchrequest.moc"
