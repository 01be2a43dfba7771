#include "tests/support/DemoFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Each kind of injected fault, and the request log that proves what was sent.
class TestGraphSimFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString token;

    TestReply listDevices()
    {
        return demo->http.get(
            demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=5")), TestHttp::bearer(token));
    }
    FaultPlan only(double FaultPlan::*rate)
    {
        FaultPlan plan;
        plan.*rate = 1.0;
        return plan;
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>();
        QVERIFY(demo->isReady());
        token = demo->adminToken();
    }
    void cleanup() { demo->server()->setFaultPlan({}); }

    void latencyDelaysEveryGraphAnswer()
    {
        FaultPlan plan;
        plan.latencyMs = 300;
        demo->server()->setFaultPlan(plan);
        QVERIFY(listDevices().elapsedMs >= 290);
        QCOMPARE(listDevices().status, 200);
    }

    void slowPagesDelayOnlyCollections()
    {
        FaultPlan plan;
        plan.pageLatencyMs = 400;
        demo->server()->setFaultPlan(plan);
        QVERIFY(listDevices().elapsedMs >= 390);
        const QString id = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
        const TestReply item = demo->http.get(
            demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id), TestHttp::bearer(token));
        QVERIFY(item.elapsedMs < 390);
    }

    void throttlingAnswers429WithRetryAfter()
    {
        FaultPlan plan = only(&FaultPlan::throttleRate);
        plan.retryAfterSeconds = 7;
        demo->server()->setFaultPlan(plan);
        const TestReply reply = listDevices();
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
        QCOMPARE(reply.errorCode(), QStringLiteral("TooManyRequests"));
    }

    void serviceUnavailableAndGatewayTimeout()
    {
        demo->server()->setFaultPlan(only(&FaultPlan::serviceUnavailableRate));
        const TestReply unavailable = listDevices();
        QCOMPARE(unavailable.status, 503);
        QVERIFY(!unavailable.header("Retry-After").isEmpty());
        demo->server()->setFaultPlan(only(&FaultPlan::gatewayTimeoutRate));
        QCOMPARE(listDevices().status, 504);
    }

    void droppedConnectionStillCarriesOutTheAction()
    {
        const QString id = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        FaultPlan plan = only(&FaultPlan::dropRate);
        plan.methods = {QStringLiteral("POST")};
        demo->server()->setFaultPlan(plan);
        demo->server()->clearRequestLog();
        const TestReply reply
            = demo->http.post(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id)),
                {}, TestHttp::bearer(token));
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        // GET is not in the plan's methods, so reading the device back works.
        const QJsonObject device = demo->http
                                       .get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id),
                                           TestHttp::bearer(token))
                                       .json();
        QCOMPARE(device.value(QStringLiteral("managementState")).toString(), QStringLiteral("retirePending"));
        int drops = 0;
        for (const auto &entry : demo->server()->requestLog())
            drops += entry.value(QStringLiteral("fault")).toString() == QLatin1String("drop") ? 1 : 0;
        QVERIFY(drops >= 1);
    }

    void truncatedAnswerIsCutInTheMiddle()
    {
        demo->server()->setFaultPlan(only(&FaultPlan::truncateRate));
        const TestReply reply = listDevices();
        QVERIFY(reply.error != QNetworkReply::NoError || QJsonDocument::fromJson(reply.body).isNull());
    }

    void malformedAnswerIsNotJson()
    {
        demo->server()->setFaultPlan(only(&FaultPlan::malformedRate));
        const TestReply reply = listDevices();
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void ratesApplyToAboutThatShareOfRequests()
    {
        FaultPlan plan;
        plan.throttleRate = 0.3;
        plan.seed = 99;
        demo->server()->setFaultPlan(plan);
        int throttled = 0;
        for (int i = 0; i < 200; ++i)
            throttled += listDevices().status == 429 ? 1 : 0;
        QVERIFY2(throttled > 35 && throttled < 85, qPrintable(QString::number(throttled)));
    }

    void identityEndpointsAreNeverFaulted()
    {
        demo->server()->setFaultPlan(only(&FaultPlan::gatewayTimeoutRate));
        QVERIFY(!demo->adminToken().isEmpty());
    }

    void requestLogHasOneLinePerRequestAndCanBeWrittenToAFile()
    {
        QTemporaryDir dir;
        DemoServerOptions options = DemoFixture::smallTenant(20, 10);
        options.logFile = dir.filePath(QStringLiteral("requests.jsonl"));
        DemoFixture logged(options);
        const QString t = logged.adminToken();
        logged.http.get(logged.graph(QStringLiteral("/v1.0/users?$top=2&$select=displayName")), TestHttp::bearer(t));
        logged.http.post(
            logged.graph(QStringLiteral("/v1.0/users/none/removeAllDevicesFromManagement")), {}, TestHttp::bearer(t));
        const QList<QJsonObject> log = logged.server()->requestLog();
        QCOMPARE(log.size(), 3); // token, GET, POST
        const QJsonObject get = log.at(1);
        QCOMPARE(get.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(get.value(QStringLiteral("path")).toString(), QStringLiteral("/v1.0/users"));
        QVERIFY(get.value(QStringLiteral("query")).toString().contains(QStringLiteral("$top=2")));
        QCOMPARE(get.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(log.at(2).value(QStringLiteral("status")).toInt(), 404);
        QFile file(options.logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QList<QByteArray> lines = content.split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("path")).toString(),
            QStringLiteral("/v1.0/users"));
        QVERIFY(!content.contains("Bearer") && !content.contains(t.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestGraphSimFaults)
#include "tst_graphsim_faults.moc"
