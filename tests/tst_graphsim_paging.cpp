#include "tests/support/DemoFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

// Paging through a big tenant with @odata.nextLink: every object exactly once, none missing.
class TestGraphSimPaging : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString token;

    QStringList pageThrough(QUrl url, int *pages, int expectedPageSize, const TestHttp::Headers &extra = {})
    {
        QStringList ids;
        *pages = 0;
        TestHttp::Headers headers = TestHttp::bearer(token);
        headers.append(extra);
        while (url.isValid() && !url.isEmpty()) {
            const TestReply reply = demo->http.get(url, headers);
            if (reply.status != 200) {
                qWarning("page %d: HTTP %d %s", *pages, reply.status, reply.body.constData());
                return {};
            }
            const QJsonObject page = reply.json();
            const QJsonArray values = page.value(QStringLiteral("value")).toArray();
            const QString next = page.value(QStringLiteral("@odata.nextLink")).toString();
            if (!next.isEmpty() && values.size() != expectedPageSize)
                qWarning("page %d has %d items", *pages, int(values.size()));
            for (const auto &v : values)
                ids.append(v.toObject().value(QStringLiteral("id")).toString());
            url = QUrl(next, QUrl::StrictMode);
            ++*pages;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(100000, 2000));
        QVERIFY(demo->isReady());
        token = demo->adminToken();
    }

    void pagesAllOneHundredThousandDevicesWithNoneMissingOrRepeated()
    {
        const int expected = demo->description().value(QStringLiteral("devices")).toInt();
        QCOMPARE(expected, 100000);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,deviceName"));
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        const QStringList ids
            = pageThrough(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query), &pages, 1000);
        qInfo("paged %lld devices in %d pages, %lld ms", qlonglong(ids.size()), pages, timer.elapsed());
        QCOMPARE(ids.size(), expected);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), expected);
        QCOMPARE(pages, (expected + 999) / 1000);
    }

    void nextLinkKeepsFilterSelectAndPageSize()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("operatingSystem eq 'macOS'"));
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,operatingSystem"));
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("250"));
        const TestReply first = demo->http.get(
            demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query), TestHttp::bearer(token));
        const QUrl next(first.json().value(QStringLiteral("@odata.nextLink")).toString());
        QCOMPARE(next.host(), demo->graph(QString()).host());
        const QUrlQuery nextQuery(next);
        QCOMPARE(nextQuery.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
            QStringLiteral("operatingSystem eq 'macOS'"));
        QCOMPARE(nextQuery.queryItemValue(QStringLiteral("$top")), QStringLiteral("250"));
        int pages = 0;
        const QStringList ids
            = pageThrough(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query), &pages, 250);
        QVERIFY(ids.size() > 5000);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void sortedPagingIsStableAcrossPages()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("serialNumber"));
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,serialNumber"));
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("startswith(serialNumber,'A')"));
        int pages = 0;
        const QStringList ids
            = pageThrough(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query), &pages, 1000);
        QVERIFY(pages >= 1);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void usersPageByOneHundredByDefault()
    {
        int pages = 0;
        const QStringList ids = pageThrough(demo->graph(QStringLiteral("/v1.0/users")), &pages, 100);
        QCOMPARE(ids.size(), 2002);
        QCOMPARE(pages, 21);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void advancedQueriesKeepWorkingOnNextPages()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$search"), QStringLiteral("\"displayName:a\""));
        query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("50"));
        int pages = 0;
        const QStringList ids = pageThrough(
            demo->graph(QStringLiteral("/v1.0/users"), query), &pages, 50, {{"ConsistencyLevel", "eventual"}});
        QVERIFY(pages > 1);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void aTamperedSkipTokenIsRejected()
    {
        const TestReply reply
            = demo->http.get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$skiptoken=garbage")),
                TestHttp::bearer(token));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
    }

    // What a partitioned load relies on: "lt", "ge … and lt" and "ge" on lastSyncDateTime cut the devices into
    // disjoint ranges whose counts add up to the whole.
    void rangesOfLastSyncDateTimeSplitTheDevicesWithoutOverlap()
    {
        const QStringList filters = {QStringLiteral("lastSyncDateTime lt 2026-10-20T00:00:00Z"),
            QStringLiteral("lastSyncDateTime ge 2026-10-20T00:00:00Z and lastSyncDateTime lt 2026-10-29T12:30:00Z"),
            QStringLiteral("lastSyncDateTime ge 2026-10-29T12:30:00Z")};
        QSet<QString> all;
        int counted = 0;
        for (const QString &filter : filters) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,lastSyncDateTime"));
            query.addQueryItem(QStringLiteral("$filter"), filter);
            query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
            const QUrl url = demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query);
            const TestReply first = demo->http.get(url, TestHttp::bearer(token));
            QCOMPARE(first.status, 200);
            const int count = first.json().value(QStringLiteral("@odata.count")).toInt(-1);
            int pages = 0;
            const QStringList ids = pageThrough(url, &pages, 1000);
            QCOMPARE(ids.size(), count);
            QVERIFY2(count > 1000, qPrintable(filter)); // each range has pages of its own
            for (const QString &id : ids)
                all.insert(id);
            counted += count;
        }
        QCOMPARE(counted, 100000);
        QCOMPARE(all.size(), 100000);
    }

    // The count is the collection's when the query began: later pages repeat it instead of counting again.
    void laterPagesRepeatTheCountOfTheFirst()
    {
        QUrl url = demo->graph(QStringLiteral(
            "/v1.0/deviceManagement/"
            "managedDevices?$select=id&$count=true&$filter=lastSyncDateTime%20ge%202026-10-01T00:00:00Z"));
        QList<int> counts;
        while (!url.isEmpty() && counts.size() < 4) {
            const QJsonObject page = demo->http.get(url, TestHttp::bearer(token)).json();
            counts.append(page.value(QStringLiteral("@odata.count")).toInt(-1));
            url = QUrl(page.value(QStringLiteral("@odata.nextLink")).toString(), QUrl::StrictMode);
        }
        QVERIFY(counts.size() > 1);
        QVERIFY(counts.first() > 0);
        QCOMPARE(counts.count(counts.first()), counts.size());
    }

    // A filtered page is a collection page like any other: the demo's page latency applies to it as well.
    void filteredPagesWaitAsLongAsUnfilteredOnes()
    {
        FaultPlan slowPages;
        slowPages.pageLatencyMs = 300;
        demo->server()->setFaultPlan(slowPages);
        const TestReply plain = demo->http.get(
            demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=id")), TestHttp::bearer(token));
        const TestReply filtered
            = demo->http.get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=id&$filter="
                                                        "lastSyncDateTime%20lt%202026-10-20T00:00:00Z")),
                TestHttp::bearer(token));
        demo->server()->setFaultPlan({});
        QCOMPARE(plain.status, 200);
        QCOMPARE(filtered.status, 200);
        QVERIFY(plain.elapsedMs >= 300);
        QVERIFY(filtered.elapsedMs >= 300);
    }

    void devicesCheckInAfterEachPageOfTheCollection()
    {
        DemoServerOptions options = DemoFixture::smallTenant(2000, 100);
        options.tenant.checkInsPerPage = 7;
        DemoFixture busy(options);
        QVERIFY(busy.isReady());
        const QString busyToken = busy.adminToken();
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        const QUrl recent = busy.graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=id&$count=true"
                                                      "&$filter=lastSyncDateTime%20ge%20")
            + since);
        QCOMPARE(
            busy.http.get(recent, TestHttp::bearer(busyToken)).json().value(QStringLiteral("@odata.count")).toInt(), 0);
        int checkIns = 0;
        busy.server()->configure([&checkIns](DemoServer &server) { checkIns = server.tenant().checkIns(); });
        QCOMPARE(checkIns, 7); // after the page just served
        const int synced
            = busy.http.get(recent, TestHttp::bearer(busyToken)).json().value(QStringLiteral("@odata.count")).toInt();
        QVERIFY(synced >= 1);
        QVERIFY(synced <= 7);
    }

    void aRefusedSyncTimeFilterIsABadRequest()
    {
        DemoServerOptions options = DemoFixture::smallTenant(500, 50);
        options.tenant.syncTimeFilter = DemoTenantOptions::SyncTimeFilter::Refused;
        DemoFixture refusing(options);
        QVERIFY(refusing.isReady());
        const QString refusingToken = refusing.adminToken();
        const TestReply filtered = refusing.http.get(
            refusing.graph(QStringLiteral(
                "/v1.0/deviceManagement/managedDevices?$filter=lastSyncDateTime%20ge%202026-10-01T00:00:00Z")),
            TestHttp::bearer(refusingToken));
        QCOMPARE(filtered.status, 400);
        QCOMPARE(filtered.errorCode(), QStringLiteral("BadRequest"));
        QCOMPARE(refusing.http
                     .get(refusing.graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=id")),
                         TestHttp::bearer(refusingToken))
                     .status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimPaging)
#include "tst_graphsim_paging.moc"
