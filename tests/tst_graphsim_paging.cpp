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
};

QTEST_GUILESS_MAIN(TestGraphSimPaging)
#include "tst_graphsim_paging.moc"
