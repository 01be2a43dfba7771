#include "demo/GraphContract.h"
#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

// The demo tenant's recovery information, as Microsoft documents it: BitLocker recovery keys ("List recoveryKeys",
// "Get bitlockerRecoveryKey"), Windows LAPS passwords ("Get deviceLocalCredentialInfo") and FileVault keys
// ("managedDevice: getFileVaultKey"): permissions, roles, $select, the User-Agent header, audits and deletion.
class TestGraphSimRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString admin;

    TestReply get(const QString &path, const QString &token, TestHttp::Headers extra = {})
    {
        extra.append(TestHttp::bearer(token));
        return demo->http.get(demo->graph(path), extra);
    }
    QByteArray rawGet(const QString &path, const QString &token)
    {
        const QUrl url = demo->graph(path);
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\nHost: " + url.authority().toLatin1() + "\r\nAuthorization: Bearer " + token.toLatin1()
            + "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        auto complete = [&answer] {
            const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
            static const QRegularExpression length(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
            const auto match = length.match(QString::fromLatin1(answer.left(headerEnd)));
            return headerEnd >= 0 && match.hasMatch() && answer.size() >= headerEnd + 4 + match.captured(1).toInt();
        };
        while (!complete() && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    }
    QJsonArray keysOfAllDevices()
    {
        return get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys"), admin)
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    }
    // Entra deviceIds of Windows devices whose LAPS password is backed up: found by asking, device by device.
    QStringList devicesWithLaps()
    {
        QStringList found;
        for (const auto &key : keysOfAllDevices()) {
            const QString deviceId = key.toObject().value(QStringLiteral("deviceId")).toString();
            if (!found.contains(deviceId)
                && get(QStringLiteral("/v1.0/directory/deviceLocalCredentials/") + deviceId, admin).status == 200)
                found.append(deviceId);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(200, 40));
        QVERIFY(demo->isReady());
        admin = demo->adminToken();
    }

    void aDevicesKeysAreListedWithoutTheKeyThenReadOneByOne()
    {
        const QJsonArray all = keysOfAllDevices();
        QVERIFY2(all.size() > 40, qPrintable(QString::number(all.size()))); // most Windows devices
        const QString deviceId = all.first().toObject().value(QStringLiteral("deviceId")).toString();
        const TestReply listed
            = get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=deviceId%20eq%20'%1'")
                      .arg(deviceId),
                admin);
        QCOMPARE(listed.status, 200);
        const QJsonArray keys = listed.json().value(QStringLiteral("value")).toArray();
        QVERIFY(!keys.isEmpty());
        const auto contract
            = GraphContract::instance().properties(SimApiVersion::V1, QStringLiteral("bitlockerRecoveryKey"));
        for (const auto &key : keys) {
            const QJsonObject object = key.toObject();
            QCOMPARE(object.value(QStringLiteral("deviceId")).toString(), deviceId);
            QVERIFY(!object.contains(QStringLiteral("key"))); // never in a list
            for (const QString &name : object.keys()) {
                const bool known
                    = std::any_of(contract.begin(), contract.end(), [&](const auto &p) { return p.name == name; });
                QVERIFY2(known, qPrintable(name));
            }
        }
        const QString keyId = keys.first().toObject().value(QStringLiteral("id")).toString();
        const TestReply withoutKey
            = get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys/") + keyId, admin);
        QCOMPARE(withoutKey.status, 200);
        QVERIFY(!withoutKey.json().contains(QStringLiteral("key")));
        const qsizetype auditedBefore = demo->server()->tenant().keyReads().size();
        const TestReply withKey = get(
            QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys/%1?$select=key").arg(keyId), admin);
        QCOMPARE(withKey.status, 200);
        const QString recovery = withKey.json().value(QStringLiteral("key")).toString();
        static const QRegularExpression format(QStringLiteral("^(\\d{6}-){7}\\d{6}$"));
        QVERIFY2(format.match(recovery).hasMatch(), qPrintable(recovery));
        for (const QString &block : recovery.split(u'-'))
            QCOMPARE(block.toInt() % 11, 0); // BitLocker's own check on every block
        QCOMPARE(demo->server()->tenant().keyReads().size(), auditedBefore + 1); // only the read with the key
        QCOMPARE(demo->server()->tenant().keyReads().last(), QStringLiteral("bitlocker:") + keyId);
    }

    void onlyTheDocumentedFilterIsTakenAndKeysAreNeverListed()
    {
        QCOMPARE(get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=volumeType%20eq%20'1'"),
                     admin)
                     .status,
            400);
        QCOMPARE(
            get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys?$select=key"), admin).status, 400);
        QCOMPARE(get(QStringLiteral(
                         "/v1.0/informationProtection/bitlocker/recoveryKeys/00000000-0000-0000-0000-000000000000"),
                     admin)
                     .status,
            404);
    }

    void withoutTheRolePermissionOrUserAgentNothingIsRead()
    {
        const QString keyId = keysOfAllDevices().first().toObject().value(QStringLiteral("id")).toString();
        const QString path
            = QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys/%1?$select=key").arg(keyId);
        const TestReply operatorRead = get(path, demo->operatorToken()); // no Entra role, no BitLocker permission
        QCOMPARE(operatorRead.status, 403);
        QCOMPARE(operatorRead.errorCode(), QStringLiteral("Authorization_RequestDenied"));
        QCOMPARE(get(path, demo->appToken()).status, 403); // application permissions are not supported
        // Qt always sends a User-Agent of its own; a request without one needs a plain socket.
        const QByteArray answer = rawGet(path, admin);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
        QVERIFY(answer.contains("User-Agent"));
    }

    void aLapsPasswordComesOnlyWithSelectCredentials()
    {
        const QString deviceId = devicesWithLaps().value(0);
        QVERIFY(!deviceId.isEmpty());
        const TestReply basic = get(QStringLiteral("/v1.0/directory/deviceLocalCredentials/") + deviceId, admin);
        QCOMPARE(basic.json().value(QStringLiteral("id")).toString(), deviceId);
        QVERIFY(!basic.json().contains(QStringLiteral("credentials")));
        const TestReply full
            = get(QStringLiteral("/v1.0/directory/deviceLocalCredentials/%1?$select=credentials").arg(deviceId), admin);
        QCOMPARE(full.status, 200);
        const QJsonObject credential = full.json().value(QStringLiteral("credentials")).toArray().first().toObject();
        const QByteArray utf16
            = QByteArray::fromBase64(credential.value(QStringLiteral("passwordBase64")).toString().toLatin1());
        const QString password
            = QString::fromUtf16(reinterpret_cast<const char16_t *>(utf16.constData()), utf16.size() / 2);
        QCOMPARE(password.size(), 16);
        QVERIFY(credential.value(QStringLiteral("accountSid")).toString().startsWith(QStringLiteral("S-1-5-21-")));
        QCOMPARE(demo->server()->tenant().keyReads().last(), QStringLiteral("laps:") + deviceId);
        QCOMPARE(get(QStringLiteral("/v1.0/directory/deviceLocalCredentials/%1?$select=credentials").arg(deviceId),
                     demo->operatorToken())
                     .status,
            403);
    }

    void aMacsFileVaultKeyIsABetaFunction()
    {
        const QString mac = demo->firstId(
            QStringLiteral("/beta/deviceManagement/managedDevices"), QStringLiteral("operatingSystem eq 'macOS'"));
        QVERIFY(!mac.isEmpty());
        QString withKey;
        for (const QString &id : demo->ids(QStringLiteral("/beta/deviceManagement/managedDevices"),
                 QStringLiteral("operatingSystem eq 'macOS'"), 10)) {
            if (get(QStringLiteral("/beta/deviceManagement/managedDevices/%1/getFileVaultKey").arg(id), admin).status
                == 200) {
                withKey = id;
                break;
            }
        }
        QVERIFY(!withKey.isEmpty());
        const TestReply reply
            = get(QStringLiteral("/beta/deviceManagement/managedDevices/%1/getFileVaultKey").arg(withKey), admin);
        static const QRegularExpression format(QStringLiteral("^([A-Z0-9]{4}-){5}[A-Z0-9]{4}$"));
        QVERIFY(format.match(reply.json().value(QStringLiteral("value")).toString()).hasMatch());
        QCOMPARE(demo->server()->tenant().keyReads().last(), QStringLiteral("filevault:") + withKey);
        QCOMPARE(
            get(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/getFileVaultKey").arg(withKey), admin).status,
            400);
        QCOMPARE(get(QStringLiteral("/beta/deviceManagement/managedDevices/%1/getFileVaultKey").arg(withKey),
                     demo->operatorToken())
                     .status,
            403);
    }

    // Deleting the Entra device deletes its BitLocker keys and LAPS password: why an offboarding reads them first.
    void deletingTheEntraDeviceTakesItsKeysAndPasswordAlong()
    {
        // Entra ID refuses while Windows Autopilot still registers a device; the first one it lets go is used.
        QString deleted;
        for (const QString &deviceId : devicesWithLaps()) {
            const QString objectId
                = demo->firstId(QStringLiteral("/v1.0/devices"), QStringLiteral("deviceId eq '%1'").arg(deviceId));
            const TestReply reply = demo->http.send(
                "DELETE", demo->graph(QStringLiteral("/v1.0/devices/") + objectId), {}, TestHttp::bearer(admin));
            if (reply.status == 204) {
                deleted = deviceId;
                break;
            }
            QCOMPARE(reply.status, 400);
        }
        QVERIFY(!deleted.isEmpty());
        QCOMPARE(get(QStringLiteral("/v1.0/directory/deviceLocalCredentials/") + deleted, admin).status, 404);
        const TestReply listed
            = get(QStringLiteral("/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=deviceId%20eq%20'%1'")
                      .arg(deleted),
                admin);
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.json().value(QStringLiteral("value")).toArray().isEmpty());
    }

    // Intune's daily tenant limits: over them, retire and delete are refused and the answer names the limit;
    // removeAllDevicesFromManagement counts each device it retires.
    void theDailyTenantLimitsRefuseWhatWouldGoOver()
    {
        DemoServerOptions options = DemoFixture::smallTenant(60, 20);
        options.tenant.dailyRetireLimit = 3;
        options.tenant.dailyDeleteLimit = 2;
        DemoFixture limited(options);
        QVERIFY(limited.isReady());
        const TestHttp::Headers auth = TestHttp::bearer(limited.adminToken());
        const QStringList devices = limited.ids(QStringLiteral("/v1.0/deviceManagement/managedDevices"), {}, 6);
        auto retire = [&](const QString &id) {
            return limited.http.post(
                limited.graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(id)), {}, auth);
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(retire(devices[i]).status, 204);
        const TestReply over = retire(devices[3]);
        QCOMPARE(over.status, 403);
        QVERIFY(over.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("daily limit of 3 retire")));
        auto remove = [&](const QString &id) {
            return limited.http.send(
                "DELETE", limited.graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + id), {}, auth);
        };
        QCOMPARE(remove(devices[3]).status, 204);
        QCOMPARE(remove(devices[4]).status, 204);
        QCOMPARE(remove(devices[5]).status, 403);
        // A person's devices all count: over the limit already, removeAll is refused as a whole.
        QString user;
        for (const auto &device :
            limited.http
                .get(
                    limited.graph(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=userId&$top=20")), auth)
                .json()
                .value(QStringLiteral("value"))
                .toArray()) {
            if (user.isEmpty())
                user = device.toObject().value(QStringLiteral("userId")).toString();
        }
        QVERIFY(!user.isEmpty());
        const TestReply all = limited.http.post(
            limited.graph(QStringLiteral("/v1.0/users/%1/removeAllDevicesFromManagement").arg(user)), {}, auth);
        QCOMPARE(all.status, 403);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimRecovery)
#include "tst_graphsim_recovery.moc"
