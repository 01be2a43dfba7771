#include "core/graph/GraphClient.h"
#include "core/graph/ODataQuery.h"
#include "tests/support/DemoGraphClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// GraphClient against the demo tenant: retries only where Graph says nothing happened, never resends an action
// whose outcome is unknown, never sends the token to another host.
class TestGraphClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    GraphClient *client = nullptr;
    QString token;

    GraphResponse wait(GraphRequest *request)
    {
        QSignalSpy finished(request, &GraphRequest::finished);
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<GraphResponse>();
    }
    QList<QJsonObject> logFor(const QString &pathPart) const
    {
        QList<QJsonObject> entries;
        for (const auto &e : demo->server()->requestLog()) {
            if (e.value(QStringLiteral("path")).toString().contains(pathPart))
                entries.append(e);
        }
        return entries;
    }
    QString managedDevice()
    {
        return demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
    }
    QUrl retireUrl(const QString &id) const
    {
        return client->resourceUrl(
            ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices/%1/retire").arg(id));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<GraphResponse>();
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(400, 80));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        client = &graph->client;
        token = graph->token;
    }
    void init() { demo->server()->clearRequestLog(); }
    void cleanup() { demo->server()->setFaultPlan({}); }

    void everyRequestCarriesItsOwnClientRequestId()
    {
        wait(client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/users"))));
        wait(client->get(client->resourceUrl(ApiVersion::Beta, QStringLiteral("/users"))));
        const auto log = demo->server()->requestLog();
        QCOMPARE(log.size(), 2);
        QVERIFY(!log[0].value(QStringLiteral("clientRequestId")).toString().isEmpty());
        QVERIFY(log[0].value(QStringLiteral("clientRequestId")) != log[1].value(QStringLiteral("clientRequestId")));
        QCOMPARE(log[1].value(QStringLiteral("path")).toString(), QStringLiteral("/beta/users"));
    }

    void retryAfterIsHonoured()
    {
        FaultPlan plan;
        plan.throttleRate = 1.0;
        plan.retryAfterSeconds = 2;
        demo->server()->setFaultPlan(plan);
        GraphRequest *request = client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/users")));
        QSignalSpy retrying(request, &GraphRequest::retrying);
        QElapsedTimer timer;
        timer.start();
        connect(request, &GraphRequest::retrying, this, [this] { demo->server()->setFaultPlan({}); });
        const GraphResponse response = wait(request);
        const qint64 elapsed = timer.elapsed();
        qInfo("Retry-After 2 s: answered after %lld ms", elapsed);
        QVERIFY(response.ok());
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().first().toInt(), 2);
        QVERIFY(elapsed >= 2000);
        QVERIFY(elapsed < 4500);
        QCOMPARE(demo->server()->requestLog().size(), 2);
        QCOMPARE(demo->server()->requestLog().first().value(QStringLiteral("status")).toInt(), 429);
    }

    void aGetIsRetriedAfterAnInterruptedAnswer()
    {
        FaultPlan plan;
        plan.truncateRate = 1.0;
        demo->server()->setFaultPlan(plan);
        GraphRequest *request = client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/users")));
        connect(request, &GraphRequest::retrying, this, [this] { demo->server()->setFaultPlan({}); });
        QVERIFY(wait(request).ok());
    }

    void anActionIsNeverResentAfterADroppedConnection()
    {
        wait(client->get(
            client->resourceUrl(ApiVersion::V1, QStringLiteral("/users")))); // a keep-alive connection to reuse
        const QString id = managedDevice();
        FaultPlan plan;
        plan.dropRate = 1.0;
        plan.methods = {QStringLiteral("POST")};
        demo->server()->setFaultPlan(plan);
        demo->server()->clearRequestLog();
        const GraphResponse response = wait(client->post(retireUrl(id), {}));
        QVERIFY(!response.ok());
        QVERIFY(response.error.outcomeUnknown);
        QCOMPARE(logFor(QStringLiteral("/retire")).size(), 1);
        // It did happen: only a fresh read can tell.
        demo->server()->setFaultPlan({});
        const GraphResponse device = wait(
            client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices/") + id)));
        QCOMPARE(QJsonDocument::fromJson(device.body).object().value(QStringLiteral("managementState")).toString(),
            QStringLiteral("retirePending"));
    }

    void aGatewayTimeoutOnAnActionIsOutcomeUnknown()
    {
        FaultPlan plan;
        plan.gatewayTimeoutRate = 1.0;
        plan.methods = {QStringLiteral("POST")};
        demo->server()->setFaultPlan(plan);
        const GraphResponse response = wait(client->post(retireUrl(managedDevice()), {}));
        QCOMPARE(response.httpStatus, 504);
        QVERIFY(response.error.outcomeUnknown);
        QCOMPARE(logFor(QStringLiteral("/retire")).size(), 1);
    }

    void aThrottledActionIsSentAgainBecauseGraphDidNothing()
    {
        const QString id = managedDevice();
        FaultPlan plan;
        plan.throttleRate = 1.0;
        plan.methods = {QStringLiteral("POST")};
        demo->server()->setFaultPlan(plan);
        GraphRequest *request = client->post(retireUrl(id), {});
        connect(request, &GraphRequest::retrying, this, [this] { demo->server()->setFaultPlan({}); });
        const GraphResponse response = wait(request);
        QCOMPARE(response.httpStatus, 204);
        const auto posts = logFor(QStringLiteral("/retire"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].value(QStringLiteral("status")).toInt(), 429);
        QCOMPARE(posts[1].value(QStringLiteral("status")).toInt(), 204);
    }

    void graphErrorsKeepGraphsMessageAndIds()
    {
        const GraphResponse response
            = wait(client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/users/nobody"))));
        QCOMPARE(response.httpStatus, 404);
        QCOMPARE(response.error.code, QStringLiteral("Request_ResourceNotFound"));
        QVERIFY(response.error.message.contains(QStringLiteral("nobody")));
        QCOMPARE(response.error.requestId,
            demo->server()->requestLog().constLast().value(QStringLiteral("requestId")).toString());
        QCOMPARE(response.error.clientRequestId,
            demo->server()->requestLog().constLast().value(QStringLiteral("clientRequestId")).toString());
        QVERIFY(!response.error.date.isEmpty());
        QVERIFY(response.error.details().contains(response.error.requestId));
    }

    void theTokenIsNeverSentToAnotherHost()
    {
        const GraphResponse response = wait(
            client->get(QUrl(QStringLiteral("http://127.0.0.2:%1/v1.0/users").arg(demo->graph(QString()).port()))));
        QVERIFY(!response.ok());
        QCOMPARE(response.httpStatus, 0);
        QVERIFY(demo->server()->requestLog().isEmpty());
        QVERIFY(!GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://graph.microsoft.com/v1.0/users"))));
        QVERIFY(GraphClient::isAcceptableScheme(QUrl(QStringLiteral("https://graph.microsoft.us/v1.0/users"))));
        QVERIFY(GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://127.0.0.1:8080/v1.0/users"))));
        QVERIFY(GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://localhost:8080/v1.0/users"))));
        QVERIFY(GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://[::1]:8080/v1.0/users"))));
        // Names that merely look like loopback are other hosts: plain HTTP there would expose the token.
        QVERIFY(!GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://127.0.0.1.nip.io/v1.0/users"))));
        QVERIFY(!GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://127.attacker.example/v1.0/users"))));
        QVERIFY(!GraphClient::isAcceptableScheme(QUrl(QStringLiteral("http://localhost.attacker.example/v1.0/users"))));
    }

    // After sign-out, a request waiting to be sent again must not go out with the next person's token.
    void aRequestOfAnEndedSessionIsNeverSentAgain()
    {
        FaultPlan plan;
        plan.serviceUnavailableRate = 1.0;
        plan.retryAfterSeconds = 1;
        demo->server()->setFaultPlan(plan);
        GraphRequest *request = graph->client.get(demo->graph(QStringLiteral("/v1.0/users?$top=1")));
        QSignalSpy retrying(request, &GraphRequest::retrying);
        QSignalSpy finished(request, &GraphRequest::finished);
        QVERIFY(retrying.wait(10000));
        graph->client.endSession();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<GraphResponse>().error.isError());
        QCOMPARE(demo->server()->requestLog().size(), 1);
    }

    void odataQueryEscapesApostrophesCyrillicAndPlus()
    {
        QCOMPARE(ODataQuery::literal(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
        const QUrl url = client->resourceUrl(ApiVersion::V1, QStringLiteral("/users"),
            ODataQuery()
                .filter(ODataQuery::startsWith(QStringLiteral("displayName"), QStringLiteral("Ив"))
                    + QStringLiteral(" or ") + ODataQuery::equals(QStringLiteral("surname"), QStringLiteral("O'Brien"))
                    + QStringLiteral(" or ")
                    + ODataQuery::equals(QStringLiteral("mobilePhone"), QStringLiteral("+44 7000")))
                .select({QStringLiteral("displayName"), QStringLiteral("surname")})
                .toUrlQuery());
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("%2B44")));
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("%D0%98%D0%B2")));
        const GraphResponse response = wait(client->get(url));
        QVERIFY2(response.ok(), qPrintable(response.error.details()));
        const QString filter
            = QUrlQuery(demo->server()->requestLog().constLast().value(QStringLiteral("query")).toString())
                  .queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
        QVERIFY2(filter.contains(QStringLiteral("'+44 7000'")), qPrintable(filter));
        for (const auto &u : QJsonDocument::fromJson(response.body).object().value(QStringLiteral("value")).toArray()) {
            const QJsonObject user = u.toObject();
            QVERIFY(user.value(QStringLiteral("displayName")).toString().startsWith(QStringLiteral("Ив"))
                || user.value(QStringLiteral("surname")).toString() == QLatin1String("O'Brien"));
        }
    }

    void countOnDirectoryObjectsSendsEventualConsistencyAndIntuneCountsWithout()
    {
        ODataQuery users;
        users.filter(ODataQuery::startsWith(QStringLiteral("userPrincipalName"), QStringLiteral("helpdesk.admin")))
            .count()
            .onDirectoryObjects();
        QVERIFY(users.needsEventualConsistency());
        const GraphResponse counted = wait(client->get(
            client->resourceUrl(ApiVersion::V1, QStringLiteral("/users"), users.toUrlQuery()), users.headers()));
        QVERIFY2(counted.ok(), qPrintable(counted.error.details()));
        QCOMPARE(QJsonDocument::fromJson(counted.body).object().value(QStringLiteral("@odata.count")).toInt(), 1);

        ODataQuery devices;
        devices.top(5).count();
        QVERIFY(!devices.needsEventualConsistency());
        QVERIFY(devices.headers().isEmpty());
        const GraphResponse intune
            = wait(client->get(client->resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"),
                                   devices.toUrlQuery()),
                devices.headers()));
        QVERIFY2(intune.ok(), qPrintable(intune.error.details()));
        QVERIFY(QJsonDocument::fromJson(intune.body).object().value(QStringLiteral("@odata.count")).toInt() > 5);
    }
};

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
