#pragma once

#include "core/auth/AccessToken.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphError.h"
#include "core/offboarding/OffboardingResolver.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

// One secret that opens a device after it leaves the tenant: a BitLocker recovery key, a Windows LAPS password or a
// FileVault personal recovery key. Lives in memory and in the sealed part of an evidence file only.
struct RecoverySecret
{
    enum class Kind { BitLocker, Laps, FileVault };
    Kind kind = Kind::BitLocker;
    QString label; // the volume (BitLocker), the account (LAPS); empty for FileVault
    QString sourceId; // Graph's id of what was read: the key's id, the Entra deviceId, the managed device's id
    QDateTime backedUp;
    QString secret;

    static QString kindId(Kind kind); // "bitlocker", "laps", "filevault"
};

struct DeviceRecovery
{
    QList<RecoverySecret> secrets;
    QStringList notes; // translated: nothing backed up, not permitted, what could not be read
};

// Reads the recovery information of the devices an offboarding is about to retire or delete, before it does: Graph's
// "List recoveryKeys" by the Entra deviceId and "Get bitlockerRecoveryKey" with $select=key for each key, "Get
// deviceLocalCredentialInfo" with $select=credentials, and for Macs "getFileVaultKey" (beta). Entra ID audits every
// key read, so only these devices' are read, each once.
class RecoveryReader : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryReader(GraphClient *client, QObject *parent = nullptr);

    // What Microsoft keeps for a device: BitLocker keys and a LAPS password for Windows with an Entra device (by its
    // deviceId), a FileVault key for a Mac Intune manages.
    static bool keepsWindowsRecovery(const FoundDevice &device);
    static bool keepsMacRecovery(const FoundDevice &device);
    // Translated: what this sign-in lacks to read them (empty when nothing), for the plan to say before it runs.
    static QStringList missingPermissions(const AccessToken &token, bool windows, bool macs);

    void read(const QList<FoundDevice> &devices);
    const QList<DeviceRecovery> &results() const { return m_results; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void readNext();
    void readBitLocker(int device);
    void readKey(int device, const QString &keyId);
    void readLaps(int device);
    void readFileVault(int device);
    void deviceDone(int device);
    // A 403 stops reading that kind for the rest of the devices: one note each instead of a request each.
    bool refused(RecoverySecret::Kind kind, int device, const GraphError &error);
    // A read that failed: "nothing backed up" for a 404 where that is what it means, a refusal of its kind, or
    // couldNotRead with Graph's summary; the device's part is then done. False when the read succeeded.
    bool failed(RecoverySecret::Kind kind, int device, const GraphError &error, const QString &couldNotRead,
        const QString &nothingBackedUp = {});

    GraphClient *m_client;
    QList<FoundDevice> m_devices;
    QList<DeviceRecovery> m_results;
    QList<int> m_pendingParts; // per device: reads still on their way
    QSet<RecoverySecret::Kind> m_refusedKinds;
    int m_next = 0;
    int m_done = 0;
};
