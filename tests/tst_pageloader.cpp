#include "core/graph/GraphClient.h"
#include "core/graph/PageLoader.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/PageIds.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

// PageLoader against the demo tenant over loopback: every page, cancel, throttling, and a foreign nextLink.
class TestPageLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    GraphClient *client = nullptr;
    QString token;

    QUrl devicesUrl(int top = 100) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,deviceName"));
        query.addQueryItem(QStringLiteral("$top"), QString::number(top));
        query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
        return client->resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query);
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(2000, 100));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        client = &graph->client;
        token = graph->token;
    }
    void cleanup() { demo->server()->setFaultPlan({}); }

    void loadsEveryPageToTheEnd()
    {
        PageLoader loader(client);
        QSignalSpy finished(&loader, &PageLoader::finished);
        QSet<QString> ids;
        int pages = 0;
        PageIds::collect(loader, [&](const QStringList &pageIds) {
            ++pages;
            for (const QString &id : pageIds)
                ids.insert(id);
        });
        loader.start(devicesUrl());
        QVERIFY(finished.wait(30000));
        const int expected = demo->description().value(QStringLiteral("devices")).toInt();
        QCOMPARE(ids.size(), expected);
        QCOMPARE(loader.itemsLoaded(), expected);
        QCOMPARE(loader.totalCount(), expected);
        QCOMPARE(pages, (expected + 99) / 100);
    }

    // On a slow link a page takes long to arrive; its next link is in the first bytes, so the next page is asked for
    // while the rest of this one is still coming, and pages are still handed out in order.
    void theNextPageIsAskedForWhileThisOneIsStillArriving()
    {
        FaultPlan slowLink;
        slowLink.slowBodyMs = 600;
        demo->server()->setFaultPlan(slowLink);
        demo->server()->clearRequestLog();
        PageLoader loader(client);
        QSignalSpy finished(&loader, &PageLoader::finished);
        QStringList order;
        PageIds::collect(loader, [&](const QStringList &pageIds) { order += pageIds; });
        loader.start(devicesUrl(500));
        QVERIFY(finished.wait(30000));
        QCOMPARE(order.size(), demo->description().value(QStringLiteral("devices")).toInt());
        QList<QDateTime> answered;
        for (const QJsonObject &entry : demo->server()->requestLog())
            answered.append(QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs));
        QCOMPARE(answered.size(), 4);
        // Each page's body takes 600 ms to arrive in full; the next request came long before that.
        for (int i = 1; i < answered.size(); ++i)
            QVERIFY2(answered.at(i - 1).msecsTo(answered.at(i)) < 400,
                qPrintable(QString::number(answered.at(i - 1).msecsTo(answered.at(i)))));
        // In Graph's order, without gaps or repeats.
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("$select"), QStringLiteral("id"));
        all.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        demo->server()->setFaultPlan({});
        QStringList expected;
        QUrl url = client->resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), all);
        while (url.isValid() && !url.isEmpty()) {
            const QJsonObject page = demo->http.get(url, TestHttp::bearer(token)).json();
            for (const auto &v : page.value(QStringLiteral("value")).toArray())
                expected.append(v.toObject().value(QStringLiteral("id")).toString());
            url = QUrl(page.value(QStringLiteral("@odata.nextLink")).toString());
        }
        QCOMPARE(order, expected);
    }

    void cancelStopsBeforeTheEnd()
    {
        FaultPlan slow;
        slow.pageLatencyMs = 100;
        demo->server()->setFaultPlan(slow);
        PageLoader loader(client);
        QSignalSpy pages(&loader, &PageLoader::progress);
        QSignalSpy finished(&loader, &PageLoader::finished);
        loader.start(devicesUrl());
        QVERIFY(pages.wait(10000));
        loader.cancel();
        const int seen = int(pages.size());
        // Nothing is left that could deliver a page: no request, no conversion on a worker, no queued event.
        QCOMPARE(graph->liveRequests(), 0);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(pages.size(), seen);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!loader.isRunning());
    }

    void throttledPagesAreRetriedAfterRetryAfter()
    {
        FaultPlan plan;
        plan.throttleRate = 0.5;
        plan.retryAfterSeconds = 1;
        plan.seed = 3;
        demo->server()->setFaultPlan(plan);
        demo->server()->clearRequestLog();
        PageLoader loader(client);
        QSignalSpy finished(&loader, &PageLoader::finished);
        QSignalSpy retrying(&loader, &PageLoader::retrying);
        loader.start(devicesUrl(500));
        QVERIFY(finished.wait(60000));
        QCOMPARE(loader.itemsLoaded(), demo->description().value(QStringLiteral("devices")).toInt());
        QVERIFY(retrying.size() > 0);
    }

    // A page garbled on its way is read again (a GET may be sent twice): garbled twice, the list is still whole.
    void aPageThatCannotBeReadIsReadAgain()
    {
        FaultPlan garbled;
        garbled.malformedRate = 1.0;
        garbled.maxFaults = 2;
        garbled.methods = {QStringLiteral("GET")};
        demo->server()->setFaultPlan(garbled);
        demo->server()->clearRequestLog();
        PageLoader loader(client);
        QSignalSpy finished(&loader, &PageLoader::finished);
        QSignalSpy failed(&loader, &PageLoader::failed);
        QSet<QString> ids;
        PageIds::collect(loader, [&](const QStringList &pageIds) {
            for (const QString &id : pageIds)
                ids.insert(id);
        });
        loader.start(devicesUrl(500));
        QVERIFY(finished.wait(30000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(ids.size(), demo->description().value(QStringLiteral("devices")).toInt());
        int garbledAnswers = 0;
        for (const QJsonObject &entry : demo->server()->requestLog())
            garbledAnswers += entry.value(QStringLiteral("fault")).toString() == QLatin1String("malformed");
        QCOMPARE(garbledAnswers, 2);
    }

    void refusesANextLinkToAnotherHost()
    {
        // A proxy rewrites nextLink to another host: the token must not be sent there, so nothing is requested.
        FaultPlan plan;
        plan.nextLinkBase = QStringLiteral("http://127.0.0.2:%1").arg(demo->graph(QString()).port());
        demo->server()->setFaultPlan(plan);
        demo->server()->clearRequestLog();
        PageLoader loader(client);
        QSignalSpy failed(&loader, &PageLoader::failed);
        QSignalSpy pages(&loader, &PageLoader::progress);
        loader.start(devicesUrl(5));
        QVERIFY(failed.wait(10000));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(demo->server()->requestLog().size(), 1);
        QVERIFY(failed.first().first().value<GraphError>().message.contains(QStringLiteral("127.0.0.2")));
    }
};

QTEST_GUILESS_MAIN(TestPageLoader)
#include "tst_pageloader.moc"
