#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

// Every Graph route of the demo tenant, over real HTTP, with Graph's answers and errors.
class TestGraphSimRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString token;

    TestReply get(const QString &path, const QUrlQuery &query = {}, TestHttp::Headers headers = {})
    {
        headers.append(TestHttp::bearer(token));
        return demo->http.get(demo->graph(path, query), headers);
    }
    TestReply post(const QString &path, const QByteArray &body = {})
    {
        return demo->http.post(demo->graph(path), body, TestHttp::bearer(token));
    }
    static QUrlQuery q(std::initializer_list<std::pair<const char *, QString>> items)
    {
        QUrlQuery query;
        for (const auto &item : items)
            query.addQueryItem(QLatin1String(item.first), item.second);
        return query;
    }
    static QJsonArray values(const TestReply &reply) { return reply.json().value(QStringLiteral("value")).toArray(); }

    static void verifyGraphError(const TestReply &reply, int status, const QString &code)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
        QCOMPARE(inner.value(QStringLiteral("request-id")).toString(), QString::fromLatin1(reply.header("request-id")));
        QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());
        QVERIFY(!inner.value(QStringLiteral("client-request-id")).toString().isEmpty());
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(400, 80);
        options.tenant.retireCompletionSeconds = 2;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        token = demo->adminToken();
        QVERIFY(!token.isEmpty());
    }

    void collectionsAnswerInBothVersions_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *version : {"/v1.0", "/beta"}) {
            for (const char *collection :
                {"/deviceManagement/managedDevices", "/deviceManagement/windowsAutopilotDeviceIdentities", "/users",
                    "/deviceManagement/remoteAssistancePartners"})
                QTest::newRow(qPrintable(QLatin1String(version) + QLatin1String(collection)))
                    << QLatin1String(version) + QLatin1String(collection);
        }
    }

    void collectionsAnswerInBothVersions()
    {
        QFETCH(QString, path);
        const TestReply reply = get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("@odata.context")).toString().contains(QStringLiteral("$metadata#")));
        QVERIFY(!values(reply).isEmpty());
        QVERIFY(!reply.header("request-id").isEmpty());
    }

    void singleItemsAnswerAndUnknownIdsAre404()
    {
        const QString device = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
        TestReply reply = get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + device);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), device);
        QVERIFY(reply.json().value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("/$entity")));
        verifyGraphError(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevices/00000000-0000-0000-0000-00000000abcd")), 404,
            QStringLiteral("ResourceNotFound"));
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/nope")), 404,
            QStringLiteral("ResourceNotFound"));
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners/nope")), 404,
            QStringLiteral("ResourceNotFound"));
        verifyGraphError(
            get(QStringLiteral("/v1.0/users/nobody@example.com")), 404, QStringLiteral("Request_ResourceNotFound"));
    }

    void usersCanBeAddressedByUpnAndListTheirDevices()
    {
        const TestReply users = get(QStringLiteral("/v1.0/users"),
            q({{"$select", QStringLiteral("id,userPrincipalName")}, {"$top", QStringLiteral("50")}}));
        QString userWithDevices;
        QString upn;
        for (const auto &u : values(users)) {
            const QString id = u.toObject().value(QStringLiteral("id")).toString();
            if (!values(get(QStringLiteral("/v1.0/users/%1/managedDevices").arg(id))).isEmpty()) {
                userWithDevices = id;
                upn = u.toObject().value(QStringLiteral("userPrincipalName")).toString();
                break;
            }
        }
        QVERIFY(!userWithDevices.isEmpty());
        QCOMPARE(
            get(QStringLiteral("/v1.0/users/") + upn).json().value(QStringLiteral("id")).toString(), userWithDevices);
        const QJsonArray devices = values(get(QStringLiteral("/v1.0/users/%1/managedDevices").arg(userWithDevices)));
        for (const auto &d : devices)
            QCOMPARE(d.toObject().value(QStringLiteral("userId")).toString(), userWithDevices);
    }

    void defaultUserPropertiesAreGraphsDefaultSet()
    {
        const QJsonObject user = values(get(QStringLiteral("/v1.0/users"))).at(0).toObject();
        QVERIFY(user.contains(QStringLiteral("displayName")) && user.contains(QStringLiteral("userPrincipalName")));
        QVERIFY(!user.contains(QStringLiteral("accountEnabled")));
        QCOMPARE(values(get(QStringLiteral("/v1.0/users"))).size(), 82); // 80 + 2 demo accounts < default page of 100
    }

    void unknownSegmentsAndWrongMethodsAreRefused()
    {
        verifyGraphError(get(QStringLiteral("/v1.0/nonsense")), 400, QStringLiteral("BadRequest"));
        verifyGraphError(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevicez")), 400, QStringLiteral("BadRequest"));
        const QString device = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
        verifyGraphError(post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/deprovision").arg(device),
                             R"({"deprovisionReason":"x"})"),
            400, QStringLiteral("BadRequest"));
        verifyGraphError(post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/explode").arg(device)), 400,
            QStringLiteral("BadRequest"));
        const TestReply wrongMethod
            = get(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(device));
        verifyGraphError(wrongMethod, 405, QStringLiteral("BadRequest"));
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
        verifyGraphError(
            post(QStringLiteral("/v1.0/deviceManagement/managedDevices")), 405, QStringLiteral("BadRequest"));
        verifyGraphError(get(QStringLiteral("/v2.0/users")), 400, QStringLiteral("BadRequest"));
    }

    void selectReturnsOnlyTheNamedPropertiesAndRejectsUnknownOnes()
    {
        const QJsonObject device = values(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                                              q({{"$select", QStringLiteral("deviceName,serialNumber")}})))
                                       .at(0)
                                       .toObject();
        QCOMPARE(device.keys(),
            (QStringList {QStringLiteral("deviceName"), QStringLiteral("id"), QStringLiteral("serialNumber")}));
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                             q({{"$select", QStringLiteral("deviceName,bogus")}})),
            400, QStringLiteral("BadRequest"));
        // joinType exists only in beta.
        QCOMPARE(
            get(QStringLiteral("/beta/deviceManagement/managedDevices"), q({{"$select", QStringLiteral("joinType")}}))
                .status,
            200);
        QCOMPARE(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), q({{"$select", QStringLiteral("joinType")}}))
                .status,
            400);
    }

    void topFollowsGraphsPageSizeLimits()
    {
        const TestReply five
            = get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), q({{"$top", QStringLiteral("5")}}));
        QCOMPARE(values(five).size(), 5);
        QVERIFY(five.json().contains(QStringLiteral("@odata.nextLink")));
        QCOMPARE(
            values(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), q({{"$top", QStringLiteral("5000")}})))
                .size(),
            demo->description().value(QStringLiteral("devices")).toInt());
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$top", QStringLiteral("1000")}})), 400,
            QStringLiteral("BadRequest"));
        verifyGraphError(
            get(QStringLiteral("/v1.0/users"), q({{"$top", QStringLiteral("0")}})), 400, QStringLiteral("BadRequest"));
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$top", QStringLiteral("ten")}})), 400,
            QStringLiteral("BadRequest"));
        QCOMPARE(values(get(QStringLiteral("/v1.0/users"), q({{"$top", QStringLiteral("999")}}))).size(), 82);
    }

    void filterSupportsEqStartswithAndOr()
    {
        const QJsonArray all = values(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), q({{"$top", QStringLiteral("1000")}})));
        const QJsonObject sample = all.at(7).toObject();
        const QString serial = sample.value(QStringLiteral("serialNumber")).toString();
        const QString name = sample.value(QStringLiteral("deviceName")).toString();
        auto filtered = [&](const QString &filter) {
            return values(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                q({{"$filter", filter}, {"$top", QStringLiteral("1000")}})));
        };
        for (const auto &d : filtered(QStringLiteral("serialNumber eq '%1'").arg(serial)))
            QCOMPARE(d.toObject().value(QStringLiteral("serialNumber")).toString(), serial);
        QVERIFY(!filtered(QStringLiteral("serialNumber eq '%1'").arg(serial)).isEmpty());
        QVERIFY(!filtered(QStringLiteral("startswith(deviceName,'%1')").arg(name.left(3))).isEmpty());
        for (const auto &d :
            filtered(QStringLiteral("operatingSystem eq 'iOS' and complianceState eq 'noncompliant'"))) {
            QCOMPARE(d.toObject().value(QStringLiteral("operatingSystem")).toString(), QStringLiteral("iOS"));
            QCOMPARE(d.toObject().value(QStringLiteral("complianceState")).toString(), QStringLiteral("noncompliant"));
        }
        int windowsOrMac = 0;
        for (const auto &d : all) {
            const QString os = d.toObject().value(QStringLiteral("operatingSystem")).toString();
            windowsOrMac += os == QLatin1String("Windows") || os == QLatin1String("macOS");
        }
        QCOMPARE(filtered(QStringLiteral("operatingSystem eq 'Windows' or operatingSystem eq 'macOS'")).size(),
            windowsOrMac);
        QVERIFY(!filtered(QStringLiteral("managementState eq 'managed'")).isEmpty());
        QVERIFY(filtered(QStringLiteral("deviceName eq 'no-such-device'")).isEmpty());
    }

    void filterHandlesCyrillicPlusAndApostrophes()
    {
        const QJsonArray users = values(get(QStringLiteral("/v1.0/users"),
            q({{"$top", QStringLiteral("999")},
                {"$select", QStringLiteral("displayName,surname,userPrincipalName")}})));
        const QRegularExpression cyrillic(QStringLiteral("[А-Яа-я]"));
        QString russian;
        for (const auto &u : users) {
            if (u.toObject().value(QStringLiteral("displayName")).toString().contains(cyrillic))
                russian = u.toObject().value(QStringLiteral("displayName")).toString();
        }
        QVERIFY(!russian.isEmpty());
        const QJsonArray found = values(get(QStringLiteral("/v1.0/users"),
            q({{"$filter", QStringLiteral("startswith(displayName,'%1')").arg(russian.left(4))}})));
        QVERIFY(!found.isEmpty());
        for (const auto &u : found)
            QVERIFY(u.toObject().value(QStringLiteral("displayName")).toString().startsWith(russian.left(4)));
        // O'Brien must be written O''Brien; a plus sign must stay a plus sign, not become a space.
        QCOMPARE(
            get(QStringLiteral("/v1.0/users"), q({{"$filter", QStringLiteral("surname eq 'O''Brien'")}})).status, 200);
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$filter", QStringLiteral("surname eq 'O'Brien'")}})),
            400, QStringLiteral("BadRequest"));
        const TestReply plus
            = get(QStringLiteral("/v1.0/users"), q({{"$filter", QStringLiteral("mobilePhone eq '+7 900 000-00-00'")}}));
        QCOMPARE(plus.status, 200);
        const TestReply raw = demo->http.get(
            QUrl(demo->graph(QString()).toString()
                + QStringLiteral(
                    "/v1.0/users?$filter=userPrincipalName+eq+'helpdesk.admin@offboard-demo.onmicrosoft.com'")),
            TestHttp::bearer(token));
        QCOMPARE(values(raw).size(), 1);
    }

    void filterErrorsAreGraphErrors()
    {
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                             q({{"$filter", QStringLiteral("bogus eq 'x'")}})),
            400, QStringLiteral("BadRequest"));
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                             q({{"$filter", QStringLiteral("complianceState eq 'shiny'")}})),
            400, QStringLiteral("BadRequest"));
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                             q({{"$filter", QStringLiteral("deviceName eq")}})),
            400, QStringLiteral("BadRequest"));
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$filter", QStringLiteral("endswith(mail,'.com')")}})),
            400, QStringLiteral("Request_UnsupportedQuery"));
        QCOMPARE(get(QStringLiteral("/v1.0/users"),
                     q({{"$filter", QStringLiteral("endswith(mail,'.com')")}, {"$count", QStringLiteral("true")}}),
                     {{"ConsistencyLevel", "eventual"}})
                     .status,
            200);
    }

    void orderbySortsWhereGraphAllowsIt()
    {
        const QJsonArray sorted = values(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            q({{"$orderby", QStringLiteral("deviceName desc")}, {"$top", QStringLiteral("1000")}})));
        for (int i = 1; i < sorted.size(); ++i)
            QVERIFY(
                sorted[i - 1]
                    .toObject()
                    .value(QStringLiteral("deviceName"))
                    .toString()
                    .compare(sorted[i].toObject().value(QStringLiteral("deviceName")).toString(), Qt::CaseInsensitive)
                >= 0);
        QCOMPARE(get(QStringLiteral("/v1.0/users"), q({{"$orderby", QStringLiteral("displayName")}})).status, 200);
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$orderby", QStringLiteral("jobTitle")}})), 400,
            QStringLiteral("Request_UnsupportedQuery"));
        verifyGraphError(get(QStringLiteral("/v1.0/users"),
                             q({{"$orderby", QStringLiteral("displayName")},
                                 {"$filter", QStringLiteral("startswith(displayName,'A')")}})),
            400, QStringLiteral("Request_UnsupportedQuery"));
        QCOMPARE(
            get(QStringLiteral("/v1.0/users"),
                q({{"$orderby", QStringLiteral("displayName")},
                    {"$filter", QStringLiteral("startswith(displayName,'A')")}, {"$count", QStringLiteral("true")}}),
                {{"ConsistencyLevel", "eventual"}})
                .status,
            200);
    }

    void countAndSearchOnUsersNeedEventualConsistencyAndCountWithoutItIsLeftOut()
    {
        const TestReply uncounted = get(QStringLiteral("/v1.0/users"), q({{"$count", QStringLiteral("true")}}));
        QCOMPARE(uncounted.status, 200); // aad-advanced-queries: no ConsistencyLevel, no count, but no error either
        QVERIFY(!uncounted.json().contains(QStringLiteral("@odata.count")));
        QVERIFY(!values(uncounted).isEmpty());
        const TestReply counted = get(
            QStringLiteral("/v1.0/users"), q({{"$count", QStringLiteral("true")}}), {{"ConsistencyLevel", "eventual"}});
        QCOMPARE(counted.json().value(QStringLiteral("@odata.count")).toInt(), 82);
        QCOMPARE(
            get(QStringLiteral("/v1.0/users/$count"), {}, {{"ConsistencyLevel", "eventual"}}).body, QByteArray("82"));
        QCOMPARE(get(QStringLiteral("/v1.0/users/$count")).status, 400);
        verifyGraphError(get(QStringLiteral("/v1.0/users"), q({{"$search", QStringLiteral("\"displayName:admin\"")}})),
            400, QStringLiteral("Request_UnsupportedQuery"));
        const QJsonArray found = values(get(QStringLiteral("/v1.0/users"),
            q({{"$search", QStringLiteral("\"displayName:admin\"")}}), {{"ConsistencyLevel", "eventual"}}));
        QCOMPARE(found.size(), 1);
        verifyGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                             q({{"$search", QStringLiteral("\"deviceName:x\"")}})),
            400, QStringLiteral("BadRequest"));
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                     q({{"$count", QStringLiteral("true")}, {"$top", QStringLiteral("3")}}))
                     .json()
                     .value(QStringLiteral("@odata.count"))
                     .toInt(),
            demo->description().value(QStringLiteral("devices")).toInt());
    }

    void retireMovesTheDeviceToRetirePendingAndThenRemovesIt()
    {
        const QString id = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        const TestReply reply = post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id)
                     .json()
                     .value(QStringLiteral("managementState"))
                     .toString(),
            QStringLiteral("retirePending"));
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id).status, 404, 8000);
        verifyGraphError(post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id)), 404,
            QStringLiteral("ResourceNotFound"));
    }

    void retireWorksThroughTheUsersPathAndRejectsBadBodies()
    {
        const QString id = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            QStringLiteral("managementState eq 'managed' and userId ne ''"));
        const QString user = get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id)
                                 .json()
                                 .value(QStringLiteral("userId"))
                                 .toString();
        verifyGraphError(post(QStringLiteral("/v1.0/users/%1/managedDevices/%2/retire").arg(user, id), "{not json"),
            400, QStringLiteral("BadRequest"));
        verifyGraphError(
            post(QStringLiteral("/v1.0/users/%1/managedDevices/%2/retire").arg(user, id), R"({"force":true})"), 400,
            QStringLiteral("BadRequest"));
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id)
                     .json()
                     .value(QStringLiteral("managementState"))
                     .toString(),
            QStringLiteral("managed"));
        QCOMPARE(post(QStringLiteral("/v1.0/users/%1/managedDevices/%2/retire").arg(user, id), "{}").status, 204);
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id)
                     .json()
                     .value(QStringLiteral("managementState"))
                     .toString(),
            QStringLiteral("retirePending"));
    }

    void deprovisionNeedsBetaAndAReason()
    {
        const QString id = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        const QString path = QStringLiteral("/beta/deviceManagement/managedDevices/%1/deprovision").arg(id);
        verifyGraphError(post(path), 400, QStringLiteral("BadRequest"));
        verifyGraphError(post(path, R"({"deprovisionReason":""})"), 400, QStringLiteral("BadRequest"));
        verifyGraphError(post(path, R"({"deprovisionReason":42})"), 400, QStringLiteral("BadRequest"));
        QCOMPARE(post(path, R"({"deprovisionReason":"Сотрудник уволен"})").status, 204);
        QCOMPARE(get(QStringLiteral("/beta/deviceManagement/managedDevices/") + id)
                     .json()
                     .value(QStringLiteral("managementState"))
                     .toString(),
            QStringLiteral("retirePending"));
    }

    void removeAllDevicesFromManagementRetiresEveryDeviceOfTheUser()
    {
        QString user;
        for (const auto &u : values(get(QStringLiteral("/v1.0/users"),
                 q({{"$select", QStringLiteral("id")}, {"$top", QStringLiteral("999")}})))) {
            const QString id = u.toObject().value(QStringLiteral("id")).toString();
            if (values(get(QStringLiteral("/v1.0/users/%1/managedDevices").arg(id))).size() >= 2) {
                user = id;
                break;
            }
        }
        QVERIFY(!user.isEmpty());
        QCOMPARE(post(QStringLiteral("/v1.0/users/%1/removeAllDevicesFromManagement").arg(user)).status, 204);
        for (const auto &d : values(get(QStringLiteral("/v1.0/users/%1/managedDevices").arg(user))))
            QCOMPARE(d.toObject().value(QStringLiteral("managementState")).toString(), QStringLiteral("retirePending"));
        verifyGraphError(post(QStringLiteral("/v1.0/users/nobody@nowhere/removeAllDevicesFromManagement")), 404,
            QStringLiteral("Request_ResourceNotFound"));
    }

    void disconnectSetsThePartnerToNotOnboarded()
    {
        const QString id = demo->firstId(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners"),
            QStringLiteral("onboardingStatus eq 'onboarded'"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            post(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners/%1/disconnect").arg(id)).status, 204);
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/remoteAssistancePartners/") + id)
                     .json()
                     .value(QStringLiteral("onboardingStatus"))
                     .toString(),
            QStringLiteral("notOnboarded"));
    }

    void unassignUserFromDeviceClearsTheAssignedUser()
    {
        const QString id = demo->firstId(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"),
            QStringLiteral("contains(userPrincipalName,'@')"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            post(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/%1/unassignUserFromDevice")
                     .arg(id))
                .status,
            204);
        const QJsonObject identity
            = get(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/") + id).json();
        QCOMPARE(identity.value(QStringLiteral("userPrincipalName")).toString(), QString());
        QCOMPARE(identity.value(QStringLiteral("addressableUserName")).toString(), QString());
        verifyGraphError(
            post(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/nope/unassignUserFromDevice")),
            404, QStringLiteral("ResourceNotFound"));
    }

    // Reported: eq on Autopilot identities is refused with 400 even on serialNumber (msgraph-sdk-powershell#1260,
    // microsoft-graph-docs-contrib#3693); contains(serialNumber,'…') is what Microsoft recommends
    // (microsoft-graph-docs#9357).
    void autopilotIdentitiesFilterWithContainsButRefuseEq()
    {
        const QString path = QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities");
        const QJsonObject first = values(get(path, q({{"$top", QStringLiteral("1")}}))).first().toObject();
        const QString serial = first.value(QStringLiteral("serialNumber")).toString();
        QVERIFY(!serial.isEmpty());
        QCOMPARE(get(path, q({{"$filter", QStringLiteral("serialNumber eq '%1'").arg(serial)}})).status, 400);
        QCOMPARE(
            get(path, q({{"$filter", QStringLiteral("id eq '%1'").arg(first.value(QStringLiteral("id")).toString())}}))
                .status,
            400);
        QCOMPARE(get(path, q({{"$filter", QStringLiteral("startswith(serialNumber,'%1')").arg(serial)}})).status, 400);
        const QJsonArray found
            = values(get(path, q({{"$filter", QStringLiteral("contains(serialNumber,'%1')").arg(serial.mid(1))}})));
        QVERIFY(!found.isEmpty());
        for (const auto &identity : found)
            QVERIFY(identity.toObject()
                        .value(QStringLiteral("serialNumber"))
                        .toString()
                        .contains(serial.mid(1), Qt::CaseInsensitive));
    }

    // paging: users do not support $skip, and Graph says so in its own words.
    void usersRefuseSkip()
    {
        const TestReply reply = get(QStringLiteral("/v1.0/users"), q({{"$skip", QStringLiteral("10")}}));
        verifyGraphError(reply, 400, QStringLiteral("Request_BadRequest"));
        QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("'$skip' is not supported by the service."));
    }

    // OData: $top and the other collection options do not apply to a single item.
    void collectionOptionsOnASingleItemAreRefused()
    {
        const QString device = demo->firstId(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
        verifyGraphError(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + device, q({{"$top", QStringLiteral("1")}})),
            400, QStringLiteral("BadRequest"));
        QCOMPARE(get(QStringLiteral("/v1.0/users/") + demo->firstId(QStringLiteral("/v1.0/users")),
                     q({{"$top", QStringLiteral("1")}}))
                     .status,
            400);
        QCOMPARE(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + device,
                     q({{"$select", QStringLiteral("id")}}))
                     .status,
            200);
    }

    void qualifiedActionNamesAreAccepted()
    {
        const QString id = demo->firstId(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"));
        QCOMPARE(
            post(
                QStringLiteral(
                    "/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/%1/microsoft.graph.unassignUserFromDevice")
                    .arg(id))
                .status,
            204);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimRoutes)
#include "tst_graphsim_routes.moc"
