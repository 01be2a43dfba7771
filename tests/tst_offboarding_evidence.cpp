#include "core/offboarding/EvidenceFile.h"
#include "core/offboarding/OffboardingPlan.h"
#include "core/offboarding/RecoveryReader.h"
#include "tests/support/OffboardingSamples.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

// Recovery information read from the demo tenant before anything is removed, and the evidence file that keeps it:
// what is read (and audited) and what is not, the sealed secrets, and a file that never shows them in clear.
class TestOffboardingEvidence : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    std::unique_ptr<GraphClient> client;
    QString token;
    OffboardingPlan plan;
    QTemporaryDir dir;

    static PassphraseCipher::Cost cheap() { return {1 << 10, 8, 1}; }

    QList<DeviceRecovery> readRecovery(const QString &withToken)
    {
        client->setTokenProvider([withToken] { return withToken; });
        RecoveryReader reader(client.get());
        QSignalSpy finished(&reader, &RecoveryReader::finished);
        QList<FoundDevice> devices;
        for (const PlanDevice &d : plan.devices)
            devices.append(d.device);
        reader.read(devices);
        if (finished.isEmpty())
            finished.wait(30000);
        client->setTokenProvider([this] { return token; });
        return reader.results();
    }
    static int count(const QList<DeviceRecovery> &recovery, RecoverySecret::Kind kind)
    {
        int n = 0;
        for (const DeviceRecovery &r : recovery)
            n += int(std::count_if(
                r.secrets.begin(), r.secrets.end(), [kind](const RecoverySecret &s) { return s.kind == kind; }));
        return n;
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(400, 80));
        QVERIFY(demo->isReady());
        token = demo->adminToken();
        client = std::make_unique<GraphClient>(&network);
        client->setBaseUrl(demo->graph(QString()));
        client->setTokenProvider([this] { return token; });
        QStringList used;
        QStringList lines = OffboardingSamples::linkedSerials(*demo, token, 10, &used);
        for (const QString &mac : demo->ids(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
                 QStringLiteral("operatingSystem eq 'macOS'"), 4))
            lines.append(mac);
        const QList<Resolution> resolutions = OffboardingSamples::resolve(client.get(), lines);
        plan = OffboardingPlan::build(
            resolutions, OffboardingPlan::Template::ReturnToVendor, AccessToken::fromJwt(token));
        QCOMPARE(plan.devices.size(), 14);
    }

    void everyKeyOfThePlansDevicesIsReadOnceAndAudited()
    {
        const qsizetype auditedBefore = demo->server()->tenant().keyReads().size();
        const QList<DeviceRecovery> recovery = readRecovery(token);
        QCOMPARE(recovery.size(), plan.devices.size());
        const int bitLocker = count(recovery, RecoverySecret::Kind::BitLocker);
        const int laps = count(recovery, RecoverySecret::Kind::Laps);
        const int fileVault = count(recovery, RecoverySecret::Kind::FileVault);
        QVERIFY2(bitLocker >= 6 && fileVault >= 1, qPrintable(QStringLiteral("%1 %2").arg(bitLocker).arg(fileVault)));
        qInfo("read %d BitLocker keys, %d LAPS passwords, %d FileVault keys for %lld devices", bitLocker, laps,
            fileVault, plan.devices.size());
        for (const DeviceRecovery &r : recovery) {
            for (const RecoverySecret &s : r.secrets)
                QVERIFY(!s.secret.isEmpty());
            QVERIFY(!r.secrets.isEmpty() || !r.notes.isEmpty()); // every device says what it has or why not
        }
        // Entra ID audits each key read: exactly one per secret, nothing else.
        QCOMPARE(demo->server()->tenant().keyReads().size() - auditedBefore, qsizetype(bitLocker + laps + fileVault));
    }

    void aSignInThatMayNotReadKeysIsToldOnceAndSendsOneRequestPerKind()
    {
        // The app may not read BitLocker keys at all, and lacks the LAPS permission: the plan can say so beforehand.
        const QStringList appMisses
            = RecoveryReader::missingPermissions(AccessToken::fromJwt(demo->appToken()), true, true);
        QVERIFY2(appMisses.size() >= 2, qPrintable(appMisses.join(u'\n')));
        QVERIFY(RecoveryReader::missingPermissions(AccessToken::fromJwt(token), true, true).isEmpty());
        // The operator's token carries the scopes, but Entra ID wants a role too: only Graph can say no, once per kind.
        const QString operatorToken = demo->operatorToken();
        demo->server()->clearRequestLog();
        const QList<DeviceRecovery> recovery = readRecovery(operatorToken);
        QCOMPARE(count(recovery, RecoverySecret::Kind::BitLocker) + count(recovery, RecoverySecret::Kind::Laps), 0);
        int keyLists = 0;
        for (const QJsonObject &entry : demo->server()->requestLog())
            keyLists += entry.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/recoveryKeys"));
        QVERIFY2(keyLists <= 4, qPrintable(QString::number(keyLists))); // at most the first devices read at once
        QVERIFY(recovery.first().notes.join(u' ').contains(QStringLiteral("may not read")));
    }

    void theEvidenceFileSealsTheSecretsAndShowsEverythingElse()
    {
        const QList<DeviceRecovery> recovery = readRecovery(token);
        const EvidenceFile::Run run {QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"),
            AccessToken::fromJwt(token).tenantId(), QStringLiteral("offboard-demo"), QDateTime::currentDateTimeUtc()};
        const QString path = dir.filePath(QStringLiteral("evidence.json"));
        QString error;
        const auto key = PassphraseCipher::deriveNew(QStringLiteral("Возврат поставщику 2026"), cheap());
        QVERIFY2(EvidenceFile::write(path, EvidenceFile::clearPart(run, plan, recovery),
                     EvidenceFile::secretPart(recovery), key, &error),
            qPrintable(error));
        QCOMPARE(
            QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const DeviceRecovery &r : recovery) {
            for (const RecoverySecret &s : r.secrets)
                QVERIFY2(!text.contains(s.secret.toUtf8()), "a secret in clear");
        }
        QVERIFY(text.contains("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        QVERIFY(text.contains(plan.devices.first().device.managedDeviceId.toLatin1()));

        const auto document = EvidenceFile::read(path, &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->value(QStringLiteral("steps")).toArray().size(), plan.steps.size());
        QVERIFY(!EvidenceFile::openSecrets(*document, QStringLiteral("возврат поставщику 2026"), &error));
        QVERIFY(error.contains(QStringLiteral("passphrase")));
        const auto secrets = EvidenceFile::openSecrets(*document, QStringLiteral("Возврат поставщику 2026"), &error);
        QVERIFY2(secrets, qPrintable(error));
        QCOMPARE(secrets->size(),
            count(recovery, RecoverySecret::Kind::BitLocker) + count(recovery, RecoverySecret::Kind::Laps)
                + count(recovery, RecoverySecret::Kind::FileVault));
        const QJsonObject first = secrets->first().toObject();
        const RecoverySecret &expected = recovery[first.value(QStringLiteral("device")).toInt()].secrets.first();
        QCOMPARE(first.value(QStringLiteral("secret")).toString(), expected.secret);

        // Someone edits who ran it: the seal no longer opens.
        QJsonObject altered = *document;
        altered.insert(QStringLiteral("operator"), QStringLiteral("someone.else@offboard-demo.onmicrosoft.com"));
        QVERIFY(!EvidenceFile::openSecrets(altered, QStringLiteral("Возврат поставщику 2026"), &error));
    }

    void notAnEvidenceFileIsRefusedWithoutACrash()
    {
        const QString path = dir.filePath(QStringLiteral("other.json"));
        for (const QByteArray &content : {QByteArray("{\"format\":\"offboard-plan\"}"), QByteArray("not json"),
                 QByteArray("{\"format\":\"offboard-evidence\",\"version\":1,\"sealed\":{\"kdf\":{\"N\":\"4\"}}}")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            QString error;
            const auto document = EvidenceFile::read(path, &error);
            if (document)
                QVERIFY(!EvidenceFile::openSecrets(*document, QStringLiteral("x"), &error));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestOffboardingEvidence)
#include "tst_offboarding_evidence.moc"
