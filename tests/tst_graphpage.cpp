#include "core/graph/GraphPage.h"
#include "core/graph/PageLoader.h"
#include "core/model/ListModels.h"
#include "demo/DemoTenant.h"
#include "demo/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// GraphPage reads the loaders' pages with simdjson; typed rows read themselves from its properties. What the list
// shows must not depend on which way an object came: in a page, or alone as a QJsonObject.
class TestGraphPage : public QObject
{
    Q_OBJECT

    DemoTenant tenant {[] {
        DemoTenantOptions o;
        o.devices = 1500;
        o.users = 200;
        o.reference = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return o;
    }()};

    template<typename T> static QJsonArray rendered(const QVector<T> &objects, const QString &type)
    {
        QJsonArray values;
        for (const T &object : objects)
            values.append(EntityJson::render(object, SimApiVersion::V1, type, {}));
        return values;
    }

    static QByteArray pageBody(const QJsonArray &values)
    {
        return QJsonDocument(QJsonObject {{QStringLiteral("@odata.count"), int(values.size())},
                                 {QStringLiteral("@odata.nextLink"),
                                     QStringLiteral("https://graph.microsoft.com/v1.0/x?$skiptoken=a&$top=5")},
                                 {QStringLiteral("value"), values}})
            .toJson(QJsonDocument::Compact);
    }

    // Every cell, tooltip, id and search key of two models, compared row by row.
    static void compareModels(const EntityTableModelBase &fromPage, const EntityTableModelBase &fromObjects)
    {
        QCOMPARE(fromPage.rowCount(), fromObjects.rowCount());
        for (int row = 0; row < fromPage.rowCount(); ++row) {
            QCOMPARE(fromPage.idAt(row), fromObjects.idAt(row));
            QCOMPARE(fromPage.searchKey(row), fromObjects.searchKey(row));
            for (int column = 0; column < fromPage.columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(EntityTableModelBase::SortRole),
                         int(EntityTableModelBase::RawValueRole)}) {
                    QCOMPARE(fromPage.data(fromPage.index(row, column), role),
                        fromObjects.data(fromObjects.index(row, column), role));
                }
            }
        }
    }

    static void compareBothWays(
        EntityTableModelBase &fromPage, EntityTableModelBase &fromObjects, const QJsonArray &values)
    {
        const GraphPage page(pageBody(values));
        QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
        fromPage.appendConverted(fromPage.convert(page));
        fromObjects.appendConverted(fromObjects.convert(values));
        QVERIFY(fromPage.rowCount() > 0);
        compareModels(fromPage, fromObjects);
    }

    static ManagedDevice deviceFrom(const QByteArray &body)
    {
        const GraphPage page(body);
        if (!page.error().isEmpty() || page.size() != 1)
            qWarning() << "not a page of one object:" << page.error();
        return page.size() == 1 ? GraphValues::readPage<ManagedDevice>(page).first() : ManagedDevice();
    }

private slots:
    void allFourListsShowTheSameRowsWhetherObjectsCameInAPageOrAlone()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        std::unique_ptr<ManagedDeviceModel> devicesAlone(ListModels::managedDevices(nullptr));
        compareBothWays(*devices, *devicesAlone, rendered(tenant.devices(), EntityJson::ManagedDevice));
        std::unique_ptr<AutopilotModel> autopilot(ListModels::autopilotIdentities(nullptr));
        std::unique_ptr<AutopilotModel> autopilotAlone(ListModels::autopilotIdentities(nullptr));
        compareBothWays(
            *autopilot, *autopilotAlone, rendered(tenant.autopilotIdentities(), EntityJson::AutopilotIdentity));
        std::unique_ptr<UserModel> users(ListModels::users(nullptr));
        std::unique_ptr<UserModel> usersAlone(ListModels::users(nullptr));
        compareBothWays(*users, *usersAlone, rendered(tenant.users(), EntityJson::User));
        std::unique_ptr<PartnerModel> partners(ListModels::remoteAssistancePartners(nullptr));
        std::unique_ptr<PartnerModel> partnersAlone(ListModels::remoteAssistancePartners(nullptr));
        compareBothWays(*partners, *partnersAlone, rendered(tenant.partners(), EntityJson::RemoteAssistancePartner));
    }

    void escapedAndNonLatinTextIsReadAsGraphMeantIt()
    {
        const ManagedDevice d = deviceFrom(
            QByteArrayLiteral("{\"value\":[{\"id\":\"a\\u0026b\",\"deviceName\":\"\\u041d\\u043e\\u0443\\u0442 "
                              "\\\"\\u0418\\u0432\\u0430\\u043d\\u043e\\u0432\\u0430\\\"\\n\","
                              "\"userPrincipalName\":\"ivan\\/ov@example.com\",\"model\":\"Latitude ✓ 5440\"}]}"));
        QCOMPARE(d.id, QStringLiteral("a&b"));
        QCOMPARE(d.deviceName, QStringLiteral("Ноут \"Иванова\"\n"));
        QCOMPARE(d.userPrincipalName, QStringLiteral("ivan/ov@example.com"));
        QCOMPARE(d.model, QStringLiteral("Latitude ✓ 5440"));
    }

    void nullMissingOrMistypedPropertiesLeaveTheirFieldsEmpty()
    {
        const ManagedDevice d = deviceFrom(
            QByteArrayLiteral("{\"value\":[{\"id\":\"d1\",\"deviceName\":5,\"serialNumber\":null,\"userId\":\"not-a-"
                              "guid\",\"model\":[\"x\"],"
                              "\"azureADDeviceId\":\"6f1c2a44-1b2c-4d5e-8f90-0123456789ab\",\"lastSyncDateTime\":"
                              "\"0001-01-01T00:00:00Z\","
                              "\"enrolledDateTime\":\"2026-03-04T05:06:07.123Z\",\"unknownProperty\":{\"a\":1}}]}"));
        QCOMPARE(d.id, QStringLiteral("d1"));
        QVERIFY(d.deviceName.isEmpty());
        QVERIFY(d.serialNumber.isEmpty());
        QVERIFY(d.userId.isNull());
        QVERIFY(d.model.isEmpty());
        QCOMPARE(d.azureADDeviceId, QUuid(QStringLiteral("6f1c2a44-1b2c-4d5e-8f90-0123456789ab")));
        QVERIFY(!d.lastSyncDateTime.isValid());
        QCOMPARE(d.enrolledDateTime, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 123), Qt::UTC));
        // A user's account counts as enabled unless Graph says false.
        const GraphPage users(QByteArrayLiteral("{\"value\":[{\"id\":\"u1\"},{\"id\":\"u2\",\"accountEnabled\":false},{"
                                                "\"id\":\"u3\",\"accountEnabled\":\"false\"}]}"));
        const QList<DirectoryUser> read = GraphValues::readPage<DirectoryUser>(users);
        QCOMPARE(read.size(), 3);
        QVERIFY(read.at(0).accountEnabled);
        QVERIFY(!read.at(1).accountEnabled);
        QVERIFY(read.at(2).accountEnabled);
    }

    void aBodyThatIsNoCollectionPageIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArrayLiteral("<html>Service Unavailable</html>");
        QTest::newRow("cut short") << QByteArrayLiteral("{\"value\":[{\"id\":\"a\"},{\"id\":");
        QTest::newRow("an array") << QByteArrayLiteral("[{\"id\":\"a\"}]");
        QTest::newRow("value not an array") << QByteArrayLiteral("{\"value\":{\"id\":\"a\"}}");
        QTest::newRow("no value") << QByteArrayLiteral("{\"error\":{\"code\":\"x\",\"message\":\"y\"}}");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"value\":[{\"id\":\"\xff\xfe\"}]}");
    }

    void aBodyThatIsNoCollectionPageIsRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        const GraphPage page(body);
        QVERIFY(!page.error().isEmpty());
        QCOMPARE(page.size(), 0);
        QVERIFY(!PageLoader::parsePage(body).error.isEmpty());
    }

    void countAndNextLinkAreReadAsGraphWritesThem_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<int>("expected");
        QTest::newRow("integer") << QByteArrayLiteral("100000") << 100000;
        QTest::newRow("zero") << QByteArrayLiteral("0") << 0;
        QTest::newRow("exponent") << QByteArrayLiteral("1e5") << 100000;
        QTest::newRow("fraction") << QByteArrayLiteral("1.5") << -1;
        QTest::newRow("string") << QByteArrayLiteral("\"5\"") << -1;
        QTest::newRow("beyond int") << QByteArrayLiteral("3000000000") << -1;
        QTest::newRow("null") << QByteArrayLiteral("null") << -1;
    }

    void countAndNextLinkAreReadAsGraphWritesThem()
    {
        QFETCH(QByteArray, count);
        QFETCH(int, expected);
        const QByteArray body = "{\"@odata.count\":" + count
            + ",\"@odata.nextLink\":\"https:\\/\\/graph.microsoft.com\\/v1.0\\/"
              "users?$top=5\\u0026$skiptoken=X%2BY\",\"value\":[]}";
        const GraphPage page(body);
        QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
        QCOMPARE(page.count(), expected);
        QCOMPARE(page.size(), 0);
        QCOMPARE(
            page.nextLink(), QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=X%2BY")));
        const GraphPage last(QByteArrayLiteral("{\"value\":[]}"));
        QCOMPARE(last.count(), -1);
        QVERIFY(last.nextLink().isEmpty());
    }

    // As in QJsonDocument, a name given twice counts with its last value.
    void aNameGivenTwiceCountsWithItsLastValue()
    {
        const GraphPage page(QByteArrayLiteral("{\"value\":[{\"id\":\"old\"}],\"value\":[{\"id\":\"d1\",\"deviceName\":"
                                               "\"first\",\"deviceName\":\"second\",\"id\":\"d2\"}]}"));
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.text(0, "id"), QStringLiteral("d2"));
        QCOMPARE(GraphValues::readPage<ManagedDevice>(page).first().deviceName, QStringLiteral("second"));
        QCOMPARE(ManagedDevice::fromJson(page.object(0)).deviceName, QStringLiteral("second"));
    }

    // GraphReads hands out whole objects: nested values, numbers and nulls as QJsonDocument reads them.
    void wholeObjectsAreTheObjectsQtJsonReads()
    {
        const QByteArray body = QByteArrayLiteral(
            "{\"value\":[{\"id\":\"e1\",\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"Zm9v\"}],\"physicalIds\":[],"
            "\"accountEnabled\":true,\"approximateLastSignInDateTime\":null,\"deviceVersion\":1,\"big\":"
            "9007199254740993,"
            "\"ratio\":0.25,\"negative\":-3,\"nested\":{\"a\":{\"b\":[\"c\",null,false]}}},\"not an object\",42]}");
        const GraphPage page(body);
        QCOMPARE(page.size(), 3);
        const QJsonArray expected = QJsonDocument::fromJson(body).object().value(QStringLiteral("value")).toArray();
        QCOMPARE(page.object(0), expected.at(0).toObject());
        QVERIFY(page.object(1).isEmpty());
        QVERIFY(page.object(2).isEmpty());
        QVERIFY(page.text(1, "id").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
