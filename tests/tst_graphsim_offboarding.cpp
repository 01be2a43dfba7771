#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// What a whole offboarding reads and changes on the demo tenant, over real HTTP: Entra devices linked to managed
// devices and Autopilot identities by deviceId, deleting the Intune record, deregistering from Autopilot (which takes
// a while), and disabling or deleting the Entra device (refused while it is registered in Autopilot).
class TestGraphSimOffboarding : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString admin;

    TestReply send(const QByteArray &verb, const QString &path, const QByteArray &body = {}, QString token = {})
    {
        return demo->http.send(verb, demo->graph(path), body, TestHttp::bearer(token.isEmpty() ? admin : token));
    }
    TestReply get(const QString &path, const QUrlQuery &query = {})
    {
        return demo->http.get(demo->graph(path, query), TestHttp::bearer(admin));
    }
    QJsonArray list(const QString &path, const QString &filter)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"), filter);
        return get(path, query).json().value(QStringLiteral("value")).toArray();
    }
    QJsonObject entraDeviceOf(const QString &deviceId)
    {
        const QJsonArray found
            = list(QStringLiteral("/v1.0/devices"), QStringLiteral("deviceId eq '%1'").arg(deviceId));
        return found.size() == 1 ? found.first().toObject() : QJsonObject();
    }
    // An Autopilot identity of a managed device, with its Entra device.
    struct Linked
    {
        QJsonObject identity;
        QJsonObject managed;
        QJsonObject entra;
    };
    Linked linkedDevice(int skip)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("200"));
        const QJsonArray identities
            = get(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"), query)
                  .json()
                  .value(QStringLiteral("value"))
                  .toArray();
        for (const auto &value : identities) {
            const QJsonObject identity = value.toObject();
            const QString managedId = identity.value(QStringLiteral("managedDeviceId")).toString();
            if (managedId.startsWith(QLatin1String("00000000")) || skip-- > 0)
                continue;
            const TestReply managed = get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + managedId);
            if (managed.status != 200)
                continue;
            return {identity, managed.json(),
                entraDeviceOf(identity.value(QStringLiteral("azureActiveDirectoryDeviceId")).toString())};
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(300, 60);
        options.tenant.autopilotDeletionSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        admin = demo->adminToken();
    }

    // Graph docs, device resource: a managed device's azureADDeviceId and an Autopilot identity's
    // azureActiveDirectoryDeviceId are the Entra device's deviceId; Autopilot registration adds "[ZTDID]:…".
    void entraDevicesLinkByDeviceIdAndCarryTheirAutopilotRegistration()
    {
        const Linked linked = linkedDevice(0);
        QVERIFY(!linked.entra.isEmpty());
        QCOMPARE(linked.entra.value(QStringLiteral("deviceId")).toString(),
            linked.managed.value(QStringLiteral("azureADDeviceId")).toString());
        QCOMPARE(linked.entra.value(QStringLiteral("displayName")).toString(),
            linked.managed.value(QStringLiteral("deviceName")).toString());
        const QJsonArray physicalIds = linked.entra.value(QStringLiteral("physicalIds")).toArray();
        QVERIFY(physicalIds.contains(
            QJsonValue(QStringLiteral("[ZTDID]:") + linked.identity.value(QStringLiteral("id")).toString())));
        QVERIFY(linked.entra.value(QStringLiteral("id")).toString()
            != linked.entra.value(QStringLiteral("deviceId")).toString());
    }

    // Stale objects of re-imaged devices keep their name; Entra ID's eq is case-insensitive, as it is for users.
    void someEntraDevicesShareANameAndSomeHaveNoManagedDevice()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("displayName,isManaged"));
        QHash<QString, int> names;
        int unmanaged = 0;
        QString next = demo->graph(QStringLiteral("/v1.0/devices"), query).toString();
        while (!next.isEmpty()) {
            const QJsonObject page = demo->http.get(QUrl(next), TestHttp::bearer(admin)).json();
            for (const auto &value : page.value(QStringLiteral("value")).toArray()) {
                names[value[QStringLiteral("displayName")].toString()] += 1;
                unmanaged += value[QStringLiteral("isManaged")].toBool() ? 0 : 1;
            }
            next = page.value(QStringLiteral("@odata.nextLink")).toString();
        }
        QVERIFY(unmanaged > 0);
        QString shared;
        for (auto it = names.begin(); it != names.end(); ++it) {
            if (it.value() > 1)
                shared = it.key();
        }
        QVERIFY(!shared.isEmpty());
        QCOMPARE(
            list(QStringLiteral("/v1.0/devices"), QStringLiteral("displayName eq '%1'").arg(shared.toUpper())).size(),
            names.value(shared));
    }

    // "Delete managedDevice": 204 No Content, DeviceManagementManagedDevices.ReadWrite.All.
    void deletingAManagedDeviceRemovesItAtOnceAndNeedsReadWrite()
    {
        const Linked linked = linkedDevice(1);
        const QString path = QStringLiteral("/v1.0/deviceManagement/managedDevices/")
            + linked.managed[QStringLiteral("id")].toString();
        const TestReply refused = send("DELETE", path, {}, demo->operatorToken());
        QCOMPARE(refused.status, 403);
        QCOMPARE(send("DELETE", path).status, 204);
        QCOMPARE(get(path).status, 404);
        QCOMPARE(send("DELETE", path).status, 404);
    }

    // "Delete windowsAutopilotDeviceIdentity" is accepted at once and carried out later; until then the identity is
    // listed and its Entra device can be neither deleted nor disabled.
    void autopilotDeregistrationTakesAWhileAndHoldsTheEntraDeviceUntilDone()
    {
        const Linked linked = linkedDevice(2);
        const QString identityPath = QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/")
            + linked.identity[QStringLiteral("id")].toString();
        const QString entraPath = QStringLiteral("/v1.0/devices/") + linked.entra[QStringLiteral("id")].toString();
        const TestReply early = send("DELETE", entraPath);
        QCOMPARE(early.status, 400);
        QCOMPARE(early.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
            QStringLiteral("Request_BadRequest"));
        QCOMPARE(send("PATCH", entraPath, R"({"accountEnabled":false})").status, 400);

        QCOMPARE(send("DELETE", identityPath).status, 204);
        QCOMPARE(get(identityPath).status, 200); // still there: deregistration is asynchronous
        QTRY_COMPARE_WITH_TIMEOUT(get(identityPath).status, 404, 15000);
        QVERIFY(entraDeviceOf(linked.entra[QStringLiteral("deviceId")].toString())[QStringLiteral("physicalIds")]
                    .toArray()
                    .isEmpty());

        QCOMPARE(send("PATCH", entraPath, R"({"accountEnabled":false})").status, 204);
        QCOMPARE(get(entraPath).json()[QStringLiteral("accountEnabled")].toBool(true), false);
        QCOMPARE(send("DELETE", entraPath).status, 204);
        QCOMPARE(get(entraPath).status, 404);
    }

    // "Update device": only some properties are the caller's; on-premises synced objects are changed on-premises.
    void updatingAnEntraDeviceTakesOnlyItsWritableProperties()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        const QJsonArray all = get(QStringLiteral("/v1.0/devices"), query).json()[QStringLiteral("value")].toArray();
        QString plain;
        QString synced;
        for (const auto &value : all) {
            const QJsonObject device = value.toObject();
            if (!device[QStringLiteral("physicalIds")].toArray().isEmpty())
                continue;
            (device[QStringLiteral("onPremisesSyncEnabled")].toBool() ? synced : plain)
                = device[QStringLiteral("id")].toString();
        }
        QVERIFY(!plain.isEmpty() && !synced.isEmpty());
        QCOMPARE(send("PATCH", QStringLiteral("/v1.0/devices/") + plain, R"({"deviceId":"x"})").status, 400);
        QCOMPARE(send("PATCH", QStringLiteral("/v1.0/devices/") + plain, R"({"noSuchProperty":1})").status, 400);
        QCOMPARE(send("PATCH", QStringLiteral("/v1.0/devices/") + plain, R"({"accountEnabled":"no"})").status, 400);
        QCOMPARE(send("PATCH", QStringLiteral("/v1.0/devices/") + plain, {}).status, 400);
        QCOMPARE(send("PATCH", QStringLiteral("/v1.0/devices/") + synced, R"({"accountEnabled":false})").status, 400);
    }

    // "Delete device": Directory.AccessAsUser.All (delegated) or Device.ReadWrite.All (application), and a person
    // needs an Entra role; the read-only operator and the demo app (Device.Read.All only) are refused.
    void writingEntraDevicesNeedsThePermissionAndARole()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
        const QString id = get(QStringLiteral("/v1.0/devices"), query)
                               .json()[QStringLiteral("value")][0][QStringLiteral("id")]
                               .toString();
        for (const QString &token : {demo->operatorToken(), demo->appToken()}) {
            const TestReply refused = send("DELETE", QStringLiteral("/v1.0/devices/") + id, {}, token);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                QStringLiteral("Authorization_RequestDenied"));
        }
        QCOMPARE(get(QStringLiteral("/v1.0/devices/") + id).status, 200);
    }

    // JSON batching carries DELETE without a body (https://learn.microsoft.com/graph/json-batching).
    void deletionsTravelInABatch()
    {
        const Linked linked = linkedDevice(3);
        QJsonObject request;
        request.insert(QStringLiteral("id"), QStringLiteral("1"));
        request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        request.insert(QStringLiteral("url"),
            QString(
                QStringLiteral("/deviceManagement/managedDevices/") + linked.managed[QStringLiteral("id")].toString()));
        QJsonObject batch;
        batch.insert(QStringLiteral("requests"), QJsonArray {request});
        const TestReply reply
            = send("POST", QStringLiteral("/v1.0/$batch"), QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QStringLiteral("responses")][0][QStringLiteral("status")].toInt(), 204);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimOffboarding)
#include "tst_graphsim_offboarding.moc"
