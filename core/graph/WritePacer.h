#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

// Intune's write limits for one app, each shared by every write the app sends to that family of endpoints, whoever
// sends it ("Microsoft Intune service limits" and Graph's throttling limits for Intune: per app and 20 seconds, 200
// writes to devices, 100 to enrollment and remote assistance). A write counts when it leaves; one that Graph turned
// away with 429 or 503 before doing anything is given back, since the service did not admit it. When Graph turns
// away everything at once, the limit itself was reached: nothing of that family goes out until Retry-After.
class WritePacer
{
public:
    enum class Family { Devices, EnrollmentAndRemoteAssistance };
    static constexpr int Families = 2;
    static constexpr int WindowSeconds = 20;
    static constexpr int DeviceWrites = 200;
    static constexpr int EnrollmentWrites = 100;

    // Writes per family that one request (or one $batch) carries.
    struct Cost
    {
        std::array<int, Families> writes {};
        int &operator[](Family family) { return writes[size_t(family)]; }
        int total() const { return writes[0] + writes[1]; }
        static Cost of(const QByteArray &method, const QString &path);
        Cost &operator+=(const Cost &other);
    };

    WritePacer();
    // 0 writes turns pacing of that family off.
    void setLimit(Family family, int writes, int windowSeconds = WindowSeconds);

    // How long the writes must wait before all of them fit, in ms; 0 when they may go now.
    qint64 delayFor(const Cost &cost, qint64 nowMs);
    // How many more writes of the family may go now (a large number when its pacing is off).
    int room(Family family, qint64 nowMs);
    void spend(const Cost &cost, qint64 nowMs);
    void giveBack(const Cost &cost);
    void holdUntil(const Cost &turnedAway, qint64 retryAtMs);

private:
    struct Bucket
    {
        int limit = 0;
        qint64 windowMs = WindowSeconds * 1000;
        QList<qint64> sentAt; // one entry per write, oldest first
        qint64 heldUntil = 0;
        void forgetBefore(qint64 nowMs);
        qint64 delayFor(int count, qint64 nowMs);
    };
    std::array<Bucket, Families> m_buckets;
};
