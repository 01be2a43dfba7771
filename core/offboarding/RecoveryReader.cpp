#include "core/offboarding/RecoveryReader.h"

#include "core/graph/GraphReads.h"

#include <QCoreApplication>

namespace {

constexpr int kDevicesAtOnce = 4;

// "Get bitlockerRecoveryKey" and "Get deviceLocalCredentialInfo": ocp-client-name and -version are optional headers
// "used for debugging purposes"; Offboard names itself so Microsoft's support can tell its reads apart.
RequestHeaders clientHeaders()
{
    return {{"ocp-client-name", "Offboard"}, {"ocp-client-version", QCoreApplication::applicationVersion().toLatin1()}};
}

} // namespace

QString RecoverySecret::kindId(Kind kind)
{
    switch (kind) {
    case Kind::BitLocker:
        return QStringLiteral("bitlocker");
    case Kind::Laps:
        return QStringLiteral("laps");
    case Kind::FileVault:
        break;
    }
    return QStringLiteral("filevault");
}

bool RecoveryReader::keepsWindowsRecovery(const FoundDevice &d)
{
    return d.operatingSystem.startsWith(QLatin1String("Windows"), Qt::CaseInsensitive) && !d.azureADDeviceId.isEmpty();
}

bool RecoveryReader::keepsMacRecovery(const FoundDevice &d)
{
    return d.operatingSystem.compare(QLatin1String("macOS"), Qt::CaseInsensitive) == 0 && !d.managedDeviceId.isEmpty();
}

RecoveryReader::RecoveryReader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QStringList RecoveryReader::missingPermissions(const AccessToken &token, bool windows, bool macs)
{
    QStringList missing;
    if (windows && !token.isAppOnly() && !token.hasPermission(QStringLiteral("BitLockerKey.Read.All")))
        missing.append(tr("BitLocker recovery keys need the delegated permission BitLockerKey.Read.All."));
    if (windows && token.isAppOnly())
        missing.append(tr("Microsoft Graph gives BitLocker recovery keys only to a signed-in person, not to an app."));
    if (windows && !token.hasPermission(QStringLiteral("DeviceLocalCredential.Read.All")))
        missing.append(tr("Local administrator (LAPS) passwords need the permission DeviceLocalCredential.Read.All."));
    if (macs && !token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")))
        missing.append(
            tr("FileVault keys need the permission DeviceManagementManagedDevices.PrivilegedOperations.All."));
    return missing;
}

void RecoveryReader::read(const QList<FoundDevice> &devices)
{
    m_devices = devices;
    m_results = QList<DeviceRecovery>(devices.size());
    m_pendingParts = QList<int>(devices.size(), 0);
    m_refusedKinds.clear();
    m_next = 0;
    m_done = 0;
    if (devices.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < kDevicesAtOnce; ++i)
        readNext();
}

void RecoveryReader::readNext()
{
    if (m_next >= m_devices.size())
        return;
    const int device = m_next++;
    const FoundDevice &d = m_devices[device];
    const bool windows = keepsWindowsRecovery(d);
    const bool mac = keepsMacRecovery(d);
    m_pendingParts[device] = (windows ? 2 : 0) + (mac ? 1 : 0);
    if (m_pendingParts[device] == 0) {
        m_results[device].notes.append(tr("Microsoft keeps no recovery key for this kind of device."));
        m_pendingParts[device] = 1;
        return deviceDone(device);
    }
    if (windows) {
        readBitLocker(device);
        readLaps(device);
    }
    if (mac)
        readFileVault(device);
}

bool RecoveryReader::refused(RecoverySecret::Kind kind, int device, const GraphError &error)
{
    if (m_refusedKinds.contains(kind) || error.httpStatus == 403) {
        m_refusedKinds.insert(kind);
        const QString what = kind == RecoverySecret::Kind::BitLocker ? tr("BitLocker recovery keys")
            : kind == RecoverySecret::Kind::Laps                     ? tr("The local administrator password")
                                                                     : tr("The FileVault key");
        m_results[device].notes.append(
            tr("%1: not read, this sign-in may not read them (%2).")
                .arg(what, error.httpStatus == 403 ? error.summary() : tr("refused for an earlier device")));
        return true;
    }
    return false;
}

bool RecoveryReader::failed(RecoverySecret::Kind kind, int device, const GraphError &error, const QString &couldNotRead,
    const QString &nothingBackedUp)
{
    if (!error.isError())
        return false;
    if (error.httpStatus == 404 && !nothingBackedUp.isEmpty())
        m_results[device].notes.append(nothingBackedUp);
    else if (!refused(kind, device, error))
        m_results[device].notes.append(couldNotRead.arg(error.summary()));
    deviceDone(device);
    return true;
}

void RecoveryReader::readBitLocker(int device)
{
    if (refused(RecoverySecret::Kind::BitLocker, device, {}))
        return deviceDone(device);
    const QString filter = QStringLiteral("deviceId eq %1").arg(GraphReads::literal(m_devices[device].azureADDeviceId));
    GraphReads::list(
        m_client,
        GraphReads::url(
            m_client, ApiVersion::V1, QStringLiteral("/informationProtection/bitlocker/recoveryKeys"), filter),
        this,
        [this, device](const QJsonArray &keys, const GraphError &error) {
            if (failed(RecoverySecret::Kind::BitLocker, device, error,
                    tr("BitLocker recovery keys could not be listed: %1")))
                return;
            if (keys.isEmpty()) {
                m_results[device].notes.append(tr("No BitLocker recovery key is backed up in Microsoft Entra ID."));
                return deviceDone(device);
            }
            m_pendingParts[device] += int(keys.size()) - 1;
            for (const auto &key : keys) {
                const QJsonObject k = key.toObject();
                readKey(device, k.value(QStringLiteral("id")).toString());
            }
        },
        clientHeaders());
}

void RecoveryReader::readKey(int device, const QString &keyId)
{
    GraphReads::item(
        m_client,
        GraphReads::url(m_client, ApiVersion::V1,
            QStringLiteral("/informationProtection/bitlocker/recoveryKeys/") + GraphClient::pathSegment(keyId), {},
            QStringLiteral("key")),
        this,
        [this, device, keyId](const QJsonObject &key, const GraphError &error) {
            if (failed(RecoverySecret::Kind::BitLocker, device, error,
                    tr("A BitLocker recovery key could not be read: %1")))
                return;
            RecoverySecret secret;
            secret.kind = RecoverySecret::Kind::BitLocker;
            secret.label = key.value(QStringLiteral("volumeType")).toString();
            secret.sourceId = keyId;
            secret.backedUp
                = QDateTime::fromString(key.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODate);
            secret.secret = key.value(QStringLiteral("key")).toString();
            m_results[device].secrets.append(secret);
            deviceDone(device);
        },
        clientHeaders());
}

void RecoveryReader::readLaps(int device)
{
    if (refused(RecoverySecret::Kind::Laps, device, {}))
        return deviceDone(device);
    const QString deviceId = m_devices[device].azureADDeviceId;
    GraphReads::item(
        m_client,
        GraphReads::url(m_client, ApiVersion::V1,
            QStringLiteral("/directory/deviceLocalCredentials/") + GraphClient::pathSegment(deviceId), {},
            QStringLiteral("credentials")),
        this,
        [this, device, deviceId](const QJsonObject &info, const GraphError &error) {
            if (failed(RecoverySecret::Kind::Laps, device, error,
                    tr("The local administrator password could not be read: %1"),
                    tr("No local administrator password is backed up (Windows LAPS).")))
                return;
            for (const auto &value : info.value(QStringLiteral("credentials")).toArray()) {
                const QJsonObject c = value.toObject();
                // deviceLocalCredential.passwordBase64: the password's UTF-16LE bytes.
                const QByteArray utf16
                    = QByteArray::fromBase64(c.value(QStringLiteral("passwordBase64")).toString().toLatin1());
                RecoverySecret secret;
                secret.kind = RecoverySecret::Kind::Laps;
                secret.label = c.value(QStringLiteral("accountName")).toString();
                secret.sourceId = deviceId;
                secret.backedUp
                    = QDateTime::fromString(c.value(QStringLiteral("backupDateTime")).toString(), Qt::ISODate);
                secret.secret = QString::fromUtf16(
                    reinterpret_cast<const char16_t *>(utf16.constData()), utf16.size() / qsizetype(sizeof(char16_t)));
                m_results[device].secrets.append(secret);
            }
            deviceDone(device);
        },
        clientHeaders());
}

void RecoveryReader::readFileVault(int device)
{
    if (refused(RecoverySecret::Kind::FileVault, device, {}))
        return deviceDone(device);
    const QString id = m_devices[device].managedDeviceId;
    GraphReads::item(m_client,
        GraphReads::url(m_client, ApiVersion::Beta,
            QStringLiteral("/deviceManagement/managedDevices/%1/getFileVaultKey").arg(GraphClient::pathSegment(id))),
        this, [this, device, id](const QJsonObject &answer, const GraphError &error) {
            if (failed(RecoverySecret::Kind::FileVault, device, error, tr("The FileVault key could not be read: %1"),
                    tr("No FileVault key is escrowed with Intune.")))
                return;
            RecoverySecret secret;
            secret.kind = RecoverySecret::Kind::FileVault;
            secret.sourceId = id;
            secret.secret = answer.value(QStringLiteral("value")).toString();
            m_results[device].secrets.append(secret);
            deviceDone(device);
        });
}

void RecoveryReader::deviceDone(int device)
{
    if (--m_pendingParts[device] > 0)
        return;
    emit progress(++m_done, int(m_devices.size()));
    if (m_done == m_devices.size())
        return emit finished();
    readNext();
}
