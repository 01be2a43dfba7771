#include "core/actions/ActionCatalog.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

// Which of the five actions a sign-in may run, by the reference pages' permission tables.
class TestActionCatalog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoFixture> readConsent;
    AccessToken admin;
    AccessToken readOnly;
    AccessToken app;

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(10, 5));
        QVERIFY(demo->isReady());
        admin = AccessToken::fromJwt(demo->adminToken());
        // A token without write scopes: from a tenant that consented only the reads (Entra gives every consented
        // scope).
        readConsent = std::make_unique<DemoFixture>(DemoFixture::readConsentOnly(DemoFixture::smallTenant(10, 5)));
        QVERIFY(readConsent->isReady());
        readOnly = AccessToken::fromJwt(readConsent->operatorToken());
        app = AccessToken::fromJwt(demo->appToken());
        QVERIFY(admin.isValid() && readOnly.isValid() && app.isValid());
    }

    void theFiveActionsAreDefinedAsTheSeedsSay()
    {
        QCOMPARE(ActionCatalog::all().size(), 5);
        QCOMPARE(ActionCatalog::find(QStringLiteral("deprovision"))->version, ApiVersion::Beta);
        QVERIFY(ActionCatalog::find(QStringLiteral("deprovision"))->needsBody);
        QCOMPARE(ActionCatalog::find(QStringLiteral("retire"))->path(QStringLiteral("abc")),
            QStringLiteral("/deviceManagement/managedDevices/abc/retire"));
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
        QTest::newRow("retire") << "retire" << true << false << true
                                << "DeviceManagementManagedDevices.PrivilegedOperations.All";
        QTest::newRow("deprovision") << "deprovision" << true << false << false
                                     << "DeviceManagementManagedDevices.ReadWrite.All";
        QTest::newRow("removeAll") << "removeAllDevicesFromManagement" << true << false << false
                                   << "PrivilegedOperations.All";
        QTest::newRow("disconnect") << "disconnect" << true << false << false
                                    << "DeviceManagementServiceConfig.ReadWrite.All";
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

    void aReadOnlySignInRunsNoActionWhateverItsTokenAllows()
    {
        for (const ActionDefinition &action : ActionCatalog::all()) {
            QVERIFY(ActionCatalog::check(action, admin).allowed);
            const ActionCatalog::Permission permission = ActionCatalog::check(action, admin, true);
            QVERIFY(!permission.allowed);
            QVERIFY(permission.reason.contains(QStringLiteral("read-only")));
        }
    }

    void everyActionSaysWhatHappensInBothLanguages()
    {
        Translator translator;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QVERIFY(translator.setLanguage(language));
            for (const ActionDefinition &action : ActionCatalog::all()) {
                QVERIFY(!ActionCatalog::title(action).isEmpty());
                QVERIFY(ActionCatalog::consequence(action).size() > 80);
            }
        }
        QVERIFY(ActionCatalog::consequence(*ActionCatalog::find(QStringLiteral("retire")))
                    .contains(QStringLiteral("нельзя отменить")));
        QCOMPARE(ActionCatalog::title(*ActionCatalog::find(QStringLiteral("retire"))),
            QStringLiteral("Прекратить использование"));
        translator.setLanguage(QStringLiteral("en"));
        QVERIFY(ActionCatalog::consequence(*ActionCatalog::find(QStringLiteral("retire")))
                    .contains(QStringLiteral("cannot be undone")));
        QCOMPARE(ActionCatalog::commonDeprovisionReasons().size(), 5);
    }

    void onlyDeprovisionCarriesABodyAndItsReasonIsEscaped()
    {
        QVERIFY(ActionCatalog::body(*ActionCatalog::find(QStringLiteral("retire"))).isEmpty());
        const QByteArray body = ActionCatalog::body(
            *ActionCatalog::find(QStringLiteral("deprovision")), QStringLiteral(" Уволен \"по собственному\" "));
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("deprovisionReason")).toString(),
            QStringLiteral("Уволен \"по собственному\""));
    }

    void theDemoTenantAcceptsTheBodiesTheCatalogBuilds()
    {
        const QString device = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        const ActionDefinition &deprovision = *ActionCatalog::find(QStringLiteral("deprovision"));
        const TestReply reply = demo->http.post(demo->graph(QStringLiteral("/beta") + deprovision.path(device)),
            ActionCatalog::body(deprovision, ActionCatalog::commonDeprovisionReasons().first()),
            TestHttp::bearer(admin.raw()));
        QCOMPARE(reply.status, 204);
    }
};

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
