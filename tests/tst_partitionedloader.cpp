#include "core/graph/GraphClient.h"
#include "core/graph/PartitionedLoader.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/PageIds.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// PartitionedLoader against the demo tenant over loopback: the same objects as paging page by page while devices
// check in, the fall-backs when Graph refuses or ignores the filter, and throttling storms.
class TestPartitionedLoader : public QObject
{
    Q_OBJECT

    struct Tenant
    {
        std::unique_ptr<DemoFixture> demo;
        std::unique_ptr<DemoGraphClient> graph;
    };

    static Tenant tenant(int devices, const std::function<void(DemoServerOptions &)> &adjust = {})
    {
        DemoServerOptions options = DemoFixture::smallTenant(devices, qMax(100, devices / 20));
        options.throttling = false;
        if (adjust)
            adjust(options);
        Tenant t;
        t.demo = std::make_unique<DemoFixture>(options);
        if (t.demo->isReady())
            t.graph = std::make_unique<DemoGraphClient>(*t.demo);
        return t;
    }

    static QUrl devicesUrl(GraphClient &client, int top)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,deviceName,lastSyncDateTime"));
        query.addQueryItem(QStringLiteral("$top"), QString::number(top));
        query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
        return client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query);
    }

    static void delayPages(Tenant &t, int milliseconds)
    {
        FaultPlan slowPages;
        slowPages.pageLatencyMs = milliseconds;
        t.demo->server()->setFaultPlan(slowPages);
    }

    // Loads the collection and returns the ids handed out (each id once, however often it came).
    static QSet<QString> load(PartitionedLoader &loader, const QUrl &url, int *handedOut = nullptr)
    {
        loader.setConverter(PageIds::converter);
        QSet<QString> ids;
        int rows = 0;
        const auto connection
            = connect(&loader, &CollectionLoader::rowsReady, &loader, [&](const std::shared_ptr<void> &converted) {
                  for (const QString &id : PageIds::of(converted)) {
                      ids.insert(id);
                      ++rows;
                  }
              });
        QSignalSpy finished(&loader, &CollectionLoader::finished);
        QSignalSpy failed(&loader, &CollectionLoader::failed);
        loader.start(url);
        if (!finished.wait(240000) || !failed.isEmpty())
            qWarning() << "the load did not finish:" << failed;
        disconnect(connection);
        if (handedOut)
            *handedOut = rows;
        return ids;
    }

    static QSet<QString> deviceIds(DemoFixture &demo)
    {
        QSet<QString> ids;
        demo.server()->configure([&ids](DemoServer &server) {
            for (const DemoDevice &device : server.tenant().devices()) {
                if (!device.removed)
                    ids.insert(device.id);
            }
        });
        return ids;
    }

    static int checkIns(DemoFixture &demo)
    {
        int count = 0;
        demo.server()->configure([&count](DemoServer &server) { count = server.tenant().checkIns(); });
        return count;
    }

    // The $filter of every managed-devices request in the log, in order (empty for the unfiltered ones).
    static QStringList filtersAsked(DemoFixture &demo)
    {
        QStringList filters;
        for (const QJsonObject &entry : demo.server()->requestLog()) {
            const QString path = entry.value(QStringLiteral("path")).toString();
            if (!path.endsWith(QLatin1String("/deviceManagement/managedDevices")))
                continue;
            const QUrlQuery query(entry.value(QStringLiteral("query")).toString());
            filters.append(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded));
        }
        return filters;
    }

private slots:
    void splitPointsAreWholeSecondsInsideTheRangeAndStrictlyIncreasing()
    {
        const qint64 day = 86400000;
        QList<qint64> sample;
        for (int i = 0; i < 1000; ++i)
            sample.append(1700000000000 + qint64(i % 250) * day / 7 + 123); // repeats, and milliseconds
        PartitionedLoader::Range range;
        range.from = 1700000000000 + 10 * day;
        range.to = 1700000000000 + 30 * day;
        const QList<qint64> points = PartitionedLoader::splitPoints(sample, 8, range);
        QVERIFY(points.size() >= 4);
        QVERIFY(points.size() <= 7);
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(points.at(i) % 1000, 0);
            QVERIFY(points.at(i) > range.from);
            QVERIFY(points.at(i) < range.to);
            if (i > 0)
                QVERIFY(points.at(i) > points.at(i - 1));
        }
        QVERIFY(PartitionedLoader::splitPoints({}, 8, range).isEmpty());
    }

    void aRangeBecomesGraphsFilterWithOpenEndsLeftOut()
    {
        PartitionedLoader::Range range;
        QCOMPARE(PartitionedLoader::rangeFilter(QStringLiteral("lastSyncDateTime"), range), QString());
        range.to = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(PartitionedLoader::rangeFilter(QStringLiteral("lastSyncDateTime"), range),
            QStringLiteral("lastSyncDateTime lt 2026-11-20T08:00:00Z"));
        range.from = QDateTime(QDate(2026, 11, 19), QTime(0, 0, 1), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(PartitionedLoader::rangeFilter(QStringLiteral("lastSyncDateTime"), range),
            QStringLiteral("lastSyncDateTime ge 2026-11-19T00:00:01Z and lastSyncDateTime lt 2026-11-20T08:00:00Z"));
    }

    // The completeness rule tested for real: 100,000 devices, of which more than 2,000 check in while the slices are
    // read (after every page the demo serves), moving from the range they were in to the last one.
    void slicesGiveTheSameDevicesAsPagingWhileDevicesCheckIn()
    {
        Tenant t = tenant(100000, [](DemoServerOptions &o) { o.tenant.checkInsPerPage = 20; });
        QVERIFY(t.graph);
        const QSet<QString> expected = deviceIds(*t.demo);
        QCOMPARE(expected.size(), 100000);
        const QUrl url = devicesUrl(t.graph->client, 1000);

        PartitionedLoader paging(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        paging.setPartitioning(false);
        QCOMPARE(load(paging, url), expected);
        QCOMPARE(paging.method(), PartitionedLoader::Method::Sequential);

        t.demo->server()->clearRequestLog();
        const int checkInsBefore = checkIns(*t.demo);
        PartitionedLoader slices(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        slices.setMinimumPageWait(0);
        int handedOut = 0;
        QCOMPARE(load(slices, url, &handedOut), expected);
        QCOMPARE(slices.itemsLoaded(), 100000);
        QCOMPARE(slices.method(), PartitionedLoader::Method::Partitioned);
        QVERIFY2(checkIns(*t.demo) - checkInsBefore >= 2000, qPrintable(QString::number(checkIns(*t.demo))));
        QVERIFY(slices.slicesRead() >= 6);
        QVERIFY(slices.mostInFlight() > 1);
        QVERIFY(slices.mostInFlight() <= slices.maxStreams());
        // Devices that checked in were met twice (in their old range and in the last one) or only in the last one.
        QVERIFY(handedOut > 100000);
        const QStringList filters = filtersAsked(*t.demo);
        QVERIFY(filters.first().isEmpty()); // the first page of the whole collection
        QVERIFY(filters.last().contains(QLatin1String("lastSyncDateTime ge")));
        QVERIFY(!filters.last().contains(QLatin1String(" lt ")));
    }

    // The last range is read only after every other range has been read to its end.
    void theLastRangeIsAskedForAfterAllOthers()
    {
        Tenant t = tenant(12000, [](DemoServerOptions &o) { o.tenant.checkInsPerPage = 5; });
        QVERIFY(t.graph);
        PartitionedLoader slices(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        slices.setMinimumPageWait(0);
        QCOMPARE(load(slices, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        const QStringList filters = filtersAsked(*t.demo);
        const auto isLast
            = [](const QString &f) { return f.contains(QLatin1String(" ge ")) && !f.contains(QLatin1String(" lt ")); };
        const int firstOfLast = int(std::find_if(filters.begin(), filters.end(), isLast) - filters.begin());
        QVERIFY(firstOfLast < filters.size());
        for (int i = firstOfLast; i < filters.size(); ++i)
            QVERIFY2(isLast(filters.at(i)), qPrintable(filters.at(i)));
    }

    void aRefusedFilterFallsBackToPagingAndStillLoadsEverything()
    {
        Tenant t = tenant(
            6000, [](DemoServerOptions &o) { o.tenant.syncTimeFilter = DemoTenantOptions::SyncTimeFilter::Refused; });
        QVERIFY(t.graph);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        loader.setMinimumPageWait(0);
        QSignalSpy methodChanged(&loader, &CollectionLoader::methodChanged);
        QCOMPARE(load(loader, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        QCOMPARE(loader.method(), PartitionedLoader::Method::FellBack);
        QVERIFY(loader.methodDescription().contains(QLatin1String("refused to filter on lastSyncDateTime")));
        QVERIFY(!methodChanged.isEmpty());
    }

    // A tenant that lists everything whatever the range: the slices' counts add up to more than the whole.
    void anIgnoredFilterMakesTheCountsDisagreeAndFallsBack()
    {
        Tenant t = tenant(
            6000, [](DemoServerOptions &o) { o.tenant.syncTimeFilter = DemoTenantOptions::SyncTimeFilter::Ignored; });
        QVERIFY(t.graph);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        loader.setMinimumPageWait(0);
        QCOMPARE(load(loader, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        QCOMPARE(loader.method(), PartitionedLoader::Method::FellBack);
        QVERIFY(loader.methodDescription().contains(QLatin1String("counted more objects in the slices")));
        QCOMPARE(loader.itemsLoaded(), 6000);
    }

    void aThrottlingStormHalvesTheStreamsAndLosesNothing()
    {
        Tenant t = tenant(20000);
        QVERIFY(t.graph);
        FaultPlan storm;
        storm.throttleRate = 0.25;
        storm.retryAfterSeconds = 1;
        storm.methods = {QStringLiteral("GET")};
        storm.pathContains = QStringLiteral("/deviceManagement/managedDevices");
        t.demo->server()->setFaultPlan(storm);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        loader.setMinimumPageWait(0);
        QSignalSpy retrying(&loader, &CollectionLoader::retrying);
        QCOMPARE(load(loader, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        QCOMPARE(loader.method(), PartitionedLoader::Method::Partitioned);
        QVERIFY(!retrying.isEmpty());
        QVERIFY2(loader.fewestStreams() < loader.maxStreams(), qPrintable(QString::number(loader.fewestStreams())));
        int throttled = 0;
        for (const QJsonObject &entry : t.demo->server()->requestLog())
            throttled += entry.value(QStringLiteral("status")).toInt() == 429;
        QVERIFY(throttled > 0);
        QCOMPARE(t.graph->liveRequests(), 0);
    }

    // Stopping a load stops every stream: nothing more arrives, nothing is left on its way, and the list still says
    // how many devices it has.
    void cancellingStopsEveryStreamAndKeepsTheCount()
    {
        Tenant t = tenant(20000);
        QVERIFY(t.graph);
        delayPages(t, 150);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        QSet<QString> seen;
        connect(&loader, &CollectionLoader::rowsReady, this, [&](const std::shared_ptr<void> &converted) {
            for (const QString &id : PageIds::of(converted))
                seen.insert(id);
        });
        loader.setConverter(PageIds::converter);
        loader.start(devicesUrl(t.graph->client, 500));
        QTRY_VERIFY_WITH_TIMEOUT(
            loader.method() == PartitionedLoader::Method::Partitioned && seen.size() >= 3000, 30000);
        loader.cancel();
        const int atCancel = int(seen.size());
        QVERIFY(!loader.isRunning());
        QCOMPARE(loader.itemsLoaded(), atCancel);
        QTRY_COMPARE(t.graph->liveRequests(), 0);
        QTest::qWait(400); // longer than a page takes: nothing more may come
        QCOMPARE(seen.size(), atCancel);
        QVERIFY(atCancel < 20000);
    }

    void aSmallCollectionIsReadPageByPage()
    {
        Tenant t = tenant(900);
        QVERIFY(t.graph);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        loader.setMinimumPageWait(0);
        QCOMPARE(load(loader, devicesUrl(t.graph->client, 300)), deviceIds(*t.demo));
        QCOMPARE(loader.method(), PartitionedLoader::Method::Sequential);
        QVERIFY(loader.methodDescription().isEmpty());
        for (const QString &filter : filtersAsked(*t.demo))
            QVERIFY(filter.isEmpty());
    }

    // Pages that wait on the server are read in slices; a server that answers at once is read page by page.
    void onlyPagesThatWaitOnTheServerAreReadInSlices()
    {
        Tenant t = tenant(8000);
        QVERIFY(t.graph);
        delayPages(t, 100);
        PartitionedLoader waiting(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        QCOMPARE(load(waiting, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        QCOMPARE(waiting.method(), PartitionedLoader::Method::Partitioned);

        PartitionedLoader notWaiting(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        notWaiting.setMinimumPageWait(60000);
        QCOMPARE(load(notWaiting, devicesUrl(t.graph->client, 500)), deviceIds(*t.demo));
        QCOMPARE(notWaiting.method(), PartitionedLoader::Method::Sequential);
    }

    void aQueryThatAlreadyFiltersIsReadAsItIs()
    {
        Tenant t = tenant(3000);
        QVERIFY(t.graph);
        PartitionedLoader loader(&t.graph->client, QStringLiteral("lastSyncDateTime"));
        loader.setMinimumPageWait(0);
        QUrl url = devicesUrl(t.graph->client, 100);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("operatingSystem eq 'Windows'"));
        url.setQuery(GraphClient::encodeQuery(query));
        t.demo->server()->clearRequestLog();
        QVERIFY(!load(loader, url).isEmpty());
        QCOMPARE(loader.method(), PartitionedLoader::Method::Sequential);
        for (const QString &filter : filtersAsked(*t.demo))
            QCOMPARE(filter, QStringLiteral("operatingSystem eq 'Windows'"));
    }
};

QTEST_GUILESS_MAIN(TestPartitionedLoader)
#include "tst_partitionedloader.moc"
