#include "core/offboarding/OffboardingInput.h"
#include "core/offboarding/OffboardingResolver.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/OffboardingSamples.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// From what the operator pastes or imports to exactly the objects it names: the input reader's edge cases, then
// resolution against the demo tenant over HTTP (found, not found, ambiguous, a person, orphans on each side).
class TestOffboardingResolve : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;

    QJsonArray all(const QString &path, const QString &select)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), select);
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        QJsonArray values;
        QString next = demo->graph(path, query).toString();
        while (!next.isEmpty()) {
            const QJsonObject page = demo->http.get(QUrl(next), TestHttp::bearer(graph->token)).json();
            for (const auto &v : page.value(QStringLiteral("value")).toArray())
                values.append(v);
            next = page.value(QStringLiteral("@odata.nextLink")).toString();
        }
        return values;
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(800, 100));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
    }

    void readsExcelExportsWithBomSemicolonsQuotesAndCrLf()
    {
        const QByteArray excel = "\xEF\xBB\xBF"
                                 "\"Серийный номер\";\"Имя устройства\"\r\n"
                                 "5CG1234XYZ;\"ЕКБ-ноутбук; бухгалтерия\"\r\n"
                                 "\r\n"
                                 "  PF0ABCD  ;\"He said \"\"hi\"\"\"\r\n"
                                 "5cg1234xyz;dup\r\n";
        const OffboardingInput::Table table = OffboardingInput::readTable(OffboardingInput::decode(excel));
        QCOMPARE(table.delimiter, QLatin1Char(';'));
        QVERIFY(OffboardingInput::looksLikeHeader(table.rows.first()));
        const QList<InputEntry> serials = OffboardingInput::entries(table, 0, 1);
        QCOMPARE(serials.size(), 2);
        QCOMPARE(serials.at(0).text, QStringLiteral("5CG1234XYZ"));
        QCOMPARE(serials.at(0).repeats, 1); // "5cg1234xyz" later: the same identifier
        QCOMPARE(serials.at(1).text, QStringLiteral("PF0ABCD"));
        QCOMPARE(serials.at(1).line, 4);
        const QList<InputEntry> names = OffboardingInput::entries(table, 1, 1);
        QCOMPARE(names.at(0).text, QStringLiteral("ЕКБ-ноутбук; бухгалтерия"));
        QCOMPARE(names.at(1).text, QStringLiteral("He said \"hi\""));
    }

    void readsWindows1251AndClassifiesEachLine()
    {
        const QByteArray cp1251 = "\xCD\xEE\xF3\xF2\xE1\xF3\xEA-1,x\n"; // "Ноутбук-1" in Windows-1251
        QCOMPARE(OffboardingInput::readTable(OffboardingInput::decode(cp1251)).rows.first().first(),
            QStringLiteral("Ноутбук-1"));
        const QList<InputEntry> entries = OffboardingInput::fromLines(QStringLiteral(
            "{0F8C4E2A-1B2C-4D5E-8F90-1A2B3C4D5E6F}\n\n anna@contoso.com \n\t\nDESKTOP-01\r\nMSK LT 7\n"));
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).kind, InputEntry::Kind::GraphId);
        QCOMPARE(entries.at(0).text, QStringLiteral("0F8C4E2A-1B2C-4D5E-8F90-1A2B3C4D5E6F"));
        QCOMPARE(entries.at(1).kind, InputEntry::Kind::UserPrincipalName);
        QCOMPARE(entries.at(2).kind, InputEntry::Kind::SerialOrName);
        QCOMPARE(entries.at(3).text, QStringLiteral("MSK LT 7")); // inner spaces are part of a name
    }

    // Each kind of identifier, and what is not there: exact matches only, linked by ids.
    void resolvesEveryKindOfIdentifierExactly()
    {
        const QJsonArray managed = all(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            QStringLiteral("id,deviceName,serialNumber,azureADDeviceId,operatingSystem,userPrincipalName"));
        QHash<QString, int> serials;
        for (const auto &v : managed)
            serials[v[QStringLiteral("serialNumber")].toString().toLower()] += 1;
        QJsonObject windows;
        QString duplicateSerial;
        for (const auto &v : managed) {
            const QJsonObject o = v.toObject();
            const int count = serials.value(o[QStringLiteral("serialNumber")].toString().toLower());
            if (count > 1)
                duplicateSerial = o[QStringLiteral("serialNumber")].toString();
            else if (windows.isEmpty() && o[QStringLiteral("operatingSystem")].toString() == QLatin1String("Windows")
                && !o[QStringLiteral("userPrincipalName")].toString().isEmpty())
                windows = o;
        }
        QVERIFY(!windows.isEmpty() && !duplicateSerial.isEmpty());
        const QString serial = windows[QStringLiteral("serialNumber")].toString();
        const QString upn = windows[QStringLiteral("userPrincipalName")].toString();
        const QList<Resolution> r = OffboardingSamples::resolve(&graph->client,
            {serial.toLower(), windows[QStringLiteral("azureADDeviceId")].toString(), duplicateSerial,
                QStringLiteral("NO-SUCH-DEVICE-000"), upn, serial.left(serial.size() - 2)});
        QCOMPARE(r.size(), 6);

        QCOMPARE(r[0].status, Resolution::Status::Found); // case-insensitive equality
        QCOMPARE(r[0].devices.size(), 1);
        const FoundDevice &device = r[0].devices.first();
        QCOMPARE(device.managedDeviceId, windows[QStringLiteral("id")].toString());
        QVERIFY(!device.entraObjectId.isEmpty()); // linked by deviceId
        QCOMPARE(r[1].status, Resolution::Status::Found); // an Entra deviceId names the same device
        QCOMPARE(r[1].devices.first().managedDeviceId, device.managedDeviceId);
        QCOMPARE(r[2].status, Resolution::Status::Ambiguous); // enrolled twice: never "the first"
        QVERIFY(r[2].devices.isEmpty());
        QVERIFY(r[2].candidates.size() >= 2);
        QCOMPARE(r[3].status, Resolution::Status::NotFound);
        QCOMPARE(r[4].status, Resolution::Status::Found); // a person and all their devices
        QVERIFY(!r[4].userId.isEmpty());
        QVERIFY(!r[4].devices.isEmpty());
        for (const FoundDevice &d : r[4].devices)
            QCOMPARE(d.userPrincipalName.toLower(), upn.toLower());
        QCOMPARE(r[5].status, Resolution::Status::NotFound); // a prefix is not a match
    }

    // An Autopilot identity never enrolled, and an Entra device Intune does not manage, are found on their side.
    void findsOrphansOnEachSide()
    {
        QSet<QString> enrolledSerials;
        for (const auto &v :
            all(QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("id,serialNumber")))
            enrolledSerials.insert(v[QStringLiteral("serialNumber")].toString().toLower());
        QString autopilotOnly; // hardware never enrolled (not a second upload of an enrolled device's hash)
        for (const auto &v : all(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"),
                 QStringLiteral("id,serialNumber,managedDeviceId"))) {
            if (!enrolledSerials.contains(v[QStringLiteral("serialNumber")].toString().toLower()))
                autopilotOnly = v[QStringLiteral("serialNumber")].toString();
        }
        QString entraOnly;
        QHash<QString, int> names;
        const QJsonArray entra = all(QStringLiteral("/v1.0/devices"), QStringLiteral("id,displayName,isManaged"));
        for (const auto &v : entra)
            names[v[QStringLiteral("displayName")].toString()] += 1;
        for (const auto &v : entra) {
            if (!v[QStringLiteral("isManaged")].toBool()
                && names.value(v[QStringLiteral("displayName")].toString()) == 1
                && v[QStringLiteral("displayName")].toString().startsWith(QLatin1String("iPhone")))
                entraOnly = v[QStringLiteral("displayName")].toString();
        }
        QVERIFY(!autopilotOnly.isEmpty() && !entraOnly.isEmpty());
        const QList<Resolution> r = OffboardingSamples::resolve(&graph->client, {autopilotOnly, entraOnly});
        QCOMPARE(r[0].status, Resolution::Status::Found);
        QVERIFY(!r[0].devices.first().autopilotId.isEmpty());
        QVERIFY(r[0].devices.first().managedDeviceId.isEmpty());
        QCOMPARE(r[1].status, Resolution::Status::Found);
        QVERIFY(!r[1].devices.first().entraObjectId.isEmpty());
        QVERIFY(r[1].devices.first().managedDeviceId.isEmpty());
    }

    void anAmbiguousEntryIsSettledOnlyByTheIdsChosen()
    {
        OffboardingResolver resolver(&graph->client);
        QSignalSpy finished(&resolver, &OffboardingResolver::finished);
        const QJsonArray managed
            = all(QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("id,serialNumber"));
        QHash<QString, int> serials;
        QString duplicate;
        for (const auto &v : managed) {
            if (++serials[v[QStringLiteral("serialNumber")].toString()] == 2)
                duplicate = v[QStringLiteral("serialNumber")].toString();
        }
        resolver.resolve(OffboardingInput::fromLines(duplicate));
        QVERIFY(finished.wait(20000));
        QCOMPARE(resolver.resolutions().first().status, Resolution::Status::Ambiguous);
        const QString chosen = resolver.resolutions().first().candidates.at(1).key();
        resolver.choose(0, {chosen});
        QCOMPARE(resolver.resolutions().first().status, Resolution::Status::Found);
        QCOMPARE(resolver.resolutions().first().devices.size(), 1);
        QCOMPARE(resolver.resolutions().first().devices.first().key(), chosen);
        resolver.choose(0, {QStringLiteral("not-a-candidate")});
        QCOMPARE(resolver.resolutions().first().status, Resolution::Status::Ambiguous);
    }
};

QTEST_GUILESS_MAIN(TestOffboardingResolve)
#include "tst_offboarding_resolve.moc"
