#include "demo/DemoTenant.h"
#include "demo/EntityJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestDemoTenant : public QObject
{
    Q_OBJECT

    static DemoTenantOptions options(quint32 seed, int devices = 2500)
    {
        DemoTenantOptions o;
        o.seed = seed;
        o.devices = devices;
        o.users = 1000;
        o.reference = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return o;
    }

    static QByteArray fingerprint(DemoTenant &tenant)
    {
        QByteArray all;
        for (const auto &d : tenant.devices())
            all += QJsonDocument(EntityJson::render(d, SimApiVersion::Beta, EntityJson::ManagedDevice, {}))
                       .toJson(QJsonDocument::Compact);
        for (const auto &i : tenant.autopilotIdentities())
            all += QJsonDocument(EntityJson::render(i, SimApiVersion::Beta, EntityJson::AutopilotIdentity, {}))
                       .toJson(QJsonDocument::Compact);
        for (const auto &u : tenant.users())
            all += QJsonDocument(EntityJson::render(u, SimApiVersion::Beta, EntityJson::User, {}))
                       .toJson(QJsonDocument::Compact);
        for (const auto &p : tenant.partners())
            all += QJsonDocument(EntityJson::render(p, SimApiVersion::Beta, EntityJson::RemoteAssistancePartner, {}))
                       .toJson(QJsonDocument::Compact);
        return all;
    }

private slots:
    void sameSeedGivesTheSameTenant()
    {
        DemoTenant a(options(7));
        DemoTenant b(options(7));
        QCOMPARE(fingerprint(a), fingerprint(b));
    }

    void differentSeedGivesAnotherTenant()
    {
        DemoTenant a(options(7));
        DemoTenant b(options(8));
        QVERIFY(fingerprint(a) != fingerprint(b));
    }

    void defaultSizeHasAllPlatformsAndRealisticStates()
    {
        DemoTenant tenant(options(20261123));
        QCOMPARE(tenant.deviceCount(), 2500);
        QHash<QString, int> platforms;
        QSet<QString> compliance;
        QSet<QString> management;
        QDateTime oldest = QDateTime::currentDateTimeUtc();
        for (const auto &d : tenant.devices()) {
            ++platforms[d.operatingSystem];
            compliance.insert(d.complianceState);
            management.insert(d.managementState);
            oldest = qMin(oldest, d.lastSyncDateTime);
            QVERIFY2(!d.serialNumber.isEmpty() && !d.model.isEmpty() && !d.osVersion.isEmpty(), qPrintable(d.id));
        }
        for (const char *os : {"Windows", "iOS", "Android", "macOS"})
            QVERIFY2(platforms.value(QLatin1String(os)) > 100, os);
        QVERIFY(platforms.value(QStringLiteral("Windows")) > platforms.value(QStringLiteral("iOS")));
        QVERIFY(
            compliance.contains(QStringLiteral("compliant")) && compliance.contains(QStringLiteral("noncompliant")));
        QVERIFY(management.contains(QStringLiteral("managed")) && management.contains(QStringLiteral("retirePending")));
        QVERIFY2(oldest.daysTo(options(1).reference) > 200, "last check-ins spread over most of a year");
    }

    void usersHaveCyrillicAndEnglishNamesAndUniqueUpns()
    {
        DemoTenant tenant(options(20261123));
        QCOMPARE(tenant.users().size(), 1000 + tenant.accounts().size());
        const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
        int russian = 0;
        QSet<QString> upns;
        for (const auto &u : tenant.users()) {
            russian += u.displayName.contains(cyrillic) ? 1 : 0;
            QVERIFY2(!upns.contains(u.userPrincipalName.toLower()), qPrintable(u.userPrincipalName));
            upns.insert(u.userPrincipalName.toLower());
            QVERIFY2(!u.userPrincipalName.contains(cyrillic), qPrintable(u.userPrincipalName));
        }
        QVERIFY(russian > 300 && russian < 700);
    }

    void autopilotHasLinkedOrphanedAndDuplicateIdentities()
    {
        DemoTenant tenant(options(20261123));
        int windows = 0;
        for (const auto &d : tenant.devices())
            windows += d.operatingSystem == QLatin1String("Windows") ? 1 : 0;
        int linked = 0;
        int orphans = 0;
        QHash<QString, int> serials;
        for (const auto &identity : tenant.autopilotIdentities()) {
            ++serials[identity.serialNumber];
            if (identity.managedDeviceId.isEmpty()) {
                ++orphans;
            } else {
                ++linked;
                const int device = tenant.deviceIndex(identity.managedDeviceId);
                QVERIFY(device >= 0);
                QCOMPARE(tenant.devices()[device].serialNumber, identity.serialNumber);
                QCOMPARE(tenant.devices()[device].azureADDeviceId, identity.azureActiveDirectoryDeviceId);
            }
        }
        QVERIFY2(linked > windows * 0.75, "most Windows devices are registered in Autopilot");
        QVERIFY(orphans > 0);
        QVERIFY(std::any_of(serials.begin(), serials.end(), [](int n) { return n > 1; }));
        QHash<QString, int> deviceSerials;
        for (const auto &d : tenant.devices())
            ++deviceSerials[d.serialNumber];
        QVERIFY2(std::any_of(deviceSerials.begin(), deviceSerials.end(), [](int n) { return n > 1; }),
            "some devices were enrolled twice under one serial number");
    }

    void partnersAreInDifferentOnboardingStates()
    {
        DemoTenant tenant(options(20261123));
        QVERIFY(tenant.partners().size() >= 3 && tenant.partners().size() <= 5);
        QSet<QString> states;
        for (const auto &p : tenant.partners())
            states.insert(p.onboardingStatus);
        QCOMPARE(states.size(), 3);
    }

    void generatesOneHundredThousandDevices()
    {
        DemoTenant tenant(options(3, 100000));
        QCOMPARE(tenant.deviceCount(), 100000);
        QSet<QString> ids;
        for (const auto &d : tenant.devices())
            ids.insert(d.id);
        QCOMPARE(ids.size(), tenant.deviceCount());
    }

    void retiredDeviceDisappearsAfterTheCompletionDelay()
    {
        DemoTenantOptions o = options(5, 50);
        o.retireCompletionSeconds = 1;
        DemoTenant tenant(o);
        const QString id = tenant.devices().first().id;
        tenant.retireDevice(0, QDateTime::currentDateTimeUtc());
        QCOMPARE(tenant.devices().first().managementState, QStringLiteral("retirePending"));
        QVERIFY(tenant.deviceIndex(id) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(tenant.deviceIndex(id) < 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestDemoTenant)
#include "tst_demotenant.moc"
