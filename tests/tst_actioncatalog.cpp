#include "ActionCatalog.h"
#include "DemoFixture.h"

#include <QTest>

// Which of the five actions a sign-in may run, by the reference pages' permission tables.
class TestActionCatalog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    AccessToken admin;
    AccessToken readOnly;
    AccessToken app;

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(10, 5));
        QVERIFY(demo->isReady());
        admin = AccessToken::fromJwt(demo->adminToken());
        readOnly = AccessToken::fromJwt(demo->operatorToken());
        app = AccessToken::fromJwt(demo->appToken());
        QVERIFY(admin.isValid() && readOnly.isValid() && app.isValid());
    }

    void theFiveActionsAreDefinedAsTheSeedsSay()
    {
        QCOMPARE(ActionCatalog::all().size(), 5);
        QCOMPARE(ActionCatalog::find(QStringLiteral("deprovision"))->version, ApiVersion::Beta);
        QVERIFY(ActionCatalog::find(QStringLiteral("deprovision"))->needsBody);
        QCOMPARE(ActionCatalog::find(QStringLiteral("retire"))->path(QStringLiteral("abc")), QStringLiteral("/deviceManagement/managedDevices/abc/retire"));
        QCOMPARE(ActionCatalog::find(QStringLiteral("removeAllDevicesFromManagement"))->path(QStringLiteral("a@b.c")),
                 QStringLiteral("/users/a%40b.c/removeAllDevicesFromManagement"));
        QVERIFY(ActionCatalog::find(QStringLiteral("disconnect"))->applicationPermissions.isEmpty());
    }

    void permissionsFollowTheToken_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("adminMay");
        QTest::addColumn<bool>("operatorMay");
        QTest::addColumn<bool>("appMay");
        QTest::addColumn<QString>("operatorReason");
        QTest::newRow("retire") << "retire" << true << false << true << "DeviceManagementManagedDevices.PrivilegedOperations.All";
        QTest::newRow("deprovision") << "deprovision" << true << false << false << "DeviceManagementManagedDevices.ReadWrite.All";
        QTest::newRow("removeAll") << "removeAllDevicesFromManagement" << true << false << false << "PrivilegedOperations.All";
        QTest::newRow("disconnect") << "disconnect" << true << false << false << "DeviceManagementServiceConfig.ReadWrite.All";
        QTest::newRow("unassign") << "unassignUserFromDevice" << true << true << true << "";
    }

    void permissionsFollowTheToken()
    {
        QFETCH(QString, action);
        QFETCH(bool, adminMay);
        QFETCH(bool, operatorMay);
        QFETCH(bool, appMay);
        QFETCH(QString, operatorReason);
        const ActionDefinition &definition = *ActionCatalog::find(action);
        QCOMPARE(ActionCatalog::check(definition, admin).allowed, adminMay);
        const auto forOperator = ActionCatalog::check(definition, readOnly);
        QCOMPARE(forOperator.allowed, operatorMay);
        QVERIFY(forOperator.reason.contains(operatorReason));
        const auto forApp = ActionCatalog::check(definition, app);
        QCOMPARE(forApp.allowed, appMay);
        if (!appMay)
            QVERIFY(!forApp.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
