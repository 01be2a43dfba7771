#include "core/graph/WritePacer.h"

#include <QTest>

// WritePacer on its own, with a clock the test moves: which writes count where, and when they may go.
class TestWritePacer : public QObject
{
    Q_OBJECT

    using Family = WritePacer::Family;

    static WritePacer::Cost devices(int n)
    {
        WritePacer::Cost cost;
        cost[Family::Devices] = n;
        return cost;
    }

private slots:
    void writesCountInTheFamilyGraphThrottlesThemIn()
    {
        const auto of = [](const char *method, const char *path) {
            return WritePacer::Cost::of(method, QString::fromLatin1(path)).writes;
        };
        using Writes = std::array<int, WritePacer::Families>;
        QCOMPARE(of("POST", "/v1.0/deviceManagement/managedDevices/1/retire"), (Writes {1, 0}));
        QCOMPARE(of("POST", "/beta/deviceManagement/managedDevices/1/deprovision"), (Writes {1, 0}));
        QCOMPARE(of("POST", "/v1.0/users/u/removeAllDevicesFromManagement"), (Writes {1, 0}));
        QCOMPARE(of("DELETE", "/v1.0/deviceManagement/managedDevices/1"), (Writes {1, 0}));
        QCOMPARE(of("POST", "/v1.0/deviceManagement/remoteAssistancePartners/p/disconnect"), (Writes {0, 1}));
        QCOMPARE(of("POST", "/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/a/unassignUserFromDevice"),
            (Writes {0, 1}));
        QCOMPARE(of("GET", "/v1.0/deviceManagement/managedDevices/1"), (Writes {0, 0}));
        QCOMPARE(of("DELETE", "/v1.0/devices/d"), (Writes {0, 0})); // Entra ID, not Intune
    }

    void theWholeLimitGoesAtOnceThenTheNextWriteWaitsForTheOldestToLeaveTheWindow()
    {
        WritePacer pacer;
        const qint64 t0 = 1'000'000;
        QCOMPARE(pacer.room(Family::Devices, t0), 200);
        QCOMPARE(pacer.delayFor(devices(200), t0), 0);
        pacer.spend(devices(120), t0);
        pacer.spend(devices(80), t0 + 3000);
        QCOMPARE(pacer.room(Family::Devices, t0 + 3000), 0);
        // One more must wait for the first 120 to leave; 121 more for the next 80 as well.
        QCOMPARE(pacer.delayFor(devices(1), t0 + 3000), 17'050);
        QCOMPARE(pacer.delayFor(devices(121), t0 + 3000), 20'050);
        QCOMPARE(pacer.room(Family::Devices, t0 + 20'001), 120);
        QCOMPARE(pacer.delayFor(devices(20), t0 + 20'001), 0);
        // The other family has its own limit.
        QCOMPARE(pacer.room(Family::EnrollmentAndRemoteAssistance, t0 + 3000), 100);
    }

    void writesGraphTurnedAwayAreGivenBackAndALimitReachedHoldsTheFamily()
    {
        WritePacer pacer;
        const qint64 t0 = 5'000'000;
        pacer.spend(devices(200), t0);
        pacer.giveBack(devices(15));
        QCOMPARE(pacer.room(Family::Devices, t0 + 100), 15);
        pacer.holdUntil(devices(1), t0 + 4000);
        QCOMPARE(pacer.room(Family::Devices, t0 + 100), 0);
        QCOMPARE(pacer.delayFor(devices(1), t0 + 1000), 3000);
        QCOMPARE(pacer.room(Family::EnrollmentAndRemoteAssistance, t0 + 100), 100);
        QCOMPARE(pacer.room(Family::Devices, t0 + 4000), 15);
    }

    void aLimitOfZeroTurnsPacingOff()
    {
        WritePacer pacer;
        pacer.setLimit(Family::Devices, 0);
        pacer.spend(devices(5000), 0);
        QCOMPARE(pacer.delayFor(devices(5000), 1), 0);
        QVERIFY(pacer.room(Family::Devices, 1) > 1'000'000);
    }
};

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_writepacer.moc"
