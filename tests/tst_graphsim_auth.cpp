#include "tests/support/DemoFixture.h"

#include <QJsonDocument>
#include <QTest>

// Who may do what: 401 without a valid token, 403 without the permission the reference pages list,
// app-only limits, Multi Admin Approval and Intune's request limits.
class TestGraphSimAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString admin;
    QString operatorToken;
    QString app;
    QString device;
    QString user;
    QString partner;
    QString identity;

    QString actionPath(const QString &action) const
    {
        if (action == QLatin1String("retire"))
            return QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(device);
        if (action == QLatin1String("deprovision"))
            return QStringLiteral("/beta/deviceManagement/managedDevices/%1/deprovision").arg(device);
        if (action == QLatin1String("removeAllDevicesFromManagement"))
            return QStringLiteral("/v1.0/users/%1/removeAllDevicesFromManagement").arg(user);
        if (action == QLatin1String("disconnect"))
            return QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners/%1/disconnect").arg(partner);
        return QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/%1/unassignUserFromDevice")
            .arg(identity);
    }
    TestReply act(const QString &action, const QString &token)
    {
        const QByteArray body
            = action == QLatin1String("deprovision") ? QByteArray(R"({"deprovisionReason":"test"})") : QByteArray();
        TestHttp::Headers headers;
        if (!token.isNull())
            headers = TestHttp::bearer(token);
        return demo->http.post(demo->graph(actionPath(action)), body, headers);
    }
    static void addActions()
    {
        QTest::addColumn<QString>("action");
        for (const char *a :
            {"retire", "deprovision", "removeAllDevicesFromManagement", "disconnect", "unassignUserFromDevice"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>();
        QVERIFY(demo->isReady());
        admin = demo->adminToken();
        operatorToken = demo->operatorToken();
        app = demo->appToken();
        QVERIFY(!admin.isEmpty() && !operatorToken.isEmpty() && !app.isEmpty());
        device = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
        user = demo->firstId(QStringLiteral("/v1.0/users"));
        partner = demo->firstId(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners"));
        identity = demo->firstId(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"));
    }

    void actionWithoutTokenIs401WithGraphError_data() { addActions(); }
    void actionWithoutTokenIs401WithGraphError()
    {
        QFETCH(QString, action);
        demo->server()->clearRequestLog();
        const TestReply reply = act(action, QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("innerError"))
                    .toObject()
                    .contains(QStringLiteral("request-id")));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(demo->server()->requestLog().constLast().value(QStringLiteral("status")).toInt(), 401);
    }

    void forgedOrExpiredTokensAre401()
    {
        QString forged = admin;
        forged[forged.size() - 3]
            = forged.at(forged.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(demo->http.get(demo->graph(QStringLiteral("/v1.0/users")), TestHttp::bearer(forged)).status, 401);
        QCOMPARE(
            demo->http.get(demo->graph(QStringLiteral("/v1.0/users")), TestHttp::bearer(QStringLiteral("not-a-jwt")))
                .status,
            401);

        DemoServerOptions shortLived = DemoFixture::smallTenant(20, 10);
        shortLived.accessTokenLifetimeSeconds = 1;
        DemoFixture other(shortLived);
        const QString token = other.adminToken();
        QCOMPARE(other.http.get(other.graph(QStringLiteral("/v1.0/users")), TestHttp::bearer(token)).status, 200);
        TestReply expired;
        QTRY_VERIFY_WITH_TIMEOUT(
            (expired = other.http.get(other.graph(QStringLiteral("/v1.0/users")), TestHttp::bearer(token))).status
                == 401,
            10000);
        QVERIFY(expired.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("expired")));
        // A token of another demo tenant run is signed with another key.
        QCOMPARE(
            demo->http.get(demo->graph(QStringLiteral("/v1.0/users")), TestHttp::bearer(other.adminToken())).status,
            401);
    }

    void readOnlyOperatorIsRefusedWithThePermissionName_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("permission");
        QTest::newRow("retire") << "retire"
                                << "DeviceManagementManagedDevices.PrivilegedOperations.All";
        QTest::newRow("deprovision") << "deprovision"
                                     << "DeviceManagementManagedDevices.ReadWrite.All";
        QTest::newRow("removeAll") << "removeAllDevicesFromManagement"
                                   << "DeviceManagementManagedDevices.PrivilegedOperations.All";
        QTest::newRow("disconnect") << "disconnect"
                                    << "DeviceManagementServiceConfig.ReadWrite.All";
    }
    void readOnlyOperatorIsRefusedWithThePermissionName()
    {
        QFETCH(QString, action);
        QFETCH(QString, permission);
        const TestReply reply = act(action, operatorToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("Forbidden"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(permission));
    }

    void readOnlyOperatorMayUnassignAsTheDocsAllowServiceConfigRead()
    {
        QCOMPARE(act(QStringLiteral("unassignUserFromDevice"), operatorToken).status, 204);
    }

    void appOnlyTokensRunOnlyWhatApplicationPermissionsAllow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::newRow("retire") << "retire" << 204;
        QTest::newRow("unassign") << "unassignUserFromDevice" << 204;
        QTest::newRow("deprovision") << "deprovision" << 403;
        QTest::newRow("removeAll") << "removeAllDevicesFromManagement" << 403;
        QTest::newRow("disconnect") << "disconnect" << 403;
    }
    void appOnlyTokensRunOnlyWhatApplicationPermissionsAllow()
    {
        QFETCH(QString, action);
        QFETCH(int, status);
        QCOMPARE(act(action, app).status, status);
    }

    void readsNeedReadPermissions()
    {
        QCOMPARE(demo->http
                     .get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1")),
                         TestHttp::bearer(operatorToken))
                     .status,
            200);
        QCOMPARE(demo->http.get(demo->graph(QStringLiteral("/v1.0/users?$top=1")), TestHttp::bearer(app)).status, 200);
        // The app registration has no DeviceManagementServiceConfig.ReadWrite.All, but Read.All is enough to list
        // partners.
        QCOMPARE(demo->http
                     .get(demo->graph(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners")),
                         TestHttp::bearer(app))
                     .status,
            200);
    }

    void multiAdminApprovalRefusesTheDirectRequest()
    {
        const QString target = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        demo->server()->configure([](DemoServer &s) { s.graph().setApprovalRequired({QStringLiteral("retire")}); });
        const TestReply reply = demo->http.post(
            demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(target)), {},
            TestHttp::bearer(admin));
        demo->server()->configure([](DemoServer &s) { s.graph().setApprovalRequired({}); });
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Multi Admin Approval")));
        const QJsonObject state
            = demo->http
                  .get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + target),
                      TestHttp::bearer(admin))
                  .json();
        QCOMPARE(state.value(QStringLiteral("managementState")).toString(), QStringLiteral("managed"));
    }

    void intuneRequestLimitsAnswer429WithRetryAfter()
    {
        // Scaled down: 4,000 requests per 20 s becomes 8; writes 400 becomes 1.
        demo->server()->configure([](DemoServer &s) { s.graph().throttle().setScale(0.002); });
        int throttledAt = -1;
        QByteArray retryAfter;
        for (int i = 0; i < 12 && throttledAt < 0; ++i) {
            const TestReply reply = demo->http.get(
                demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1")), TestHttp::bearer(admin));
            if (reply.status == 429) {
                throttledAt = i;
                retryAfter = reply.header("Retry-After");
                QCOMPARE(reply.errorCode(), QStringLiteral("TooManyRequests"));
            }
        }
        // Users are directory objects, not Intune: not counted against Intune's limits.
        const int usersStatus
            = demo->http.get(demo->graph(QStringLiteral("/v1.0/users?$top=1")), TestHttp::bearer(admin)).status;
        demo->server()->configure([](DemoServer &s) {
            s.graph().throttle().setScale(1.0);
            s.graph().throttle().setEnabled(false);
        });
        QVERIFY2(throttledAt >= 0 && throttledAt <= 8, qPrintable(QString::number(throttledAt)));
        QVERIFY(retryAfter.toInt() >= 1 && retryAfter.toInt() <= 20);
        QCOMPARE(usersStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimAuth)
#include "tst_graphsim_auth.moc"
