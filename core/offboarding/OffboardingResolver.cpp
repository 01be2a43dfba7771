#include "core/offboarding/OffboardingResolver.h"

#include "core/graph/GraphReads.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

namespace {

const QString kManagedSelect = QStringLiteral(
    "id,deviceName,serialNumber,userPrincipalName,operatingSystem,managementState,managementAgent,azureADDeviceId");
const QString kEntraSelect = QStringLiteral(
    "id,deviceId,displayName,accountEnabled,onPremisesSyncEnabled,trustType,physicalIds,operatingSystem");
const QString kNoId = QStringLiteral("00000000-0000-0000-0000-000000000000");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool same(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// Intune's own fields; what another part may already have told (serial number, OS, deviceId) is kept.
void addManaged(FoundDevice &d, const QJsonObject &o)
{
    d.managedDeviceId = text(o, "id");
    d.deviceName = text(o, "deviceName");
    d.userPrincipalName = text(o, "userPrincipalName");
    d.managementState = text(o, "managementState");
    d.managementAgent = text(o, "managementAgent");
    if (d.serialNumber.isEmpty())
        d.serialNumber = text(o, "serialNumber");
    if (d.operatingSystem.isEmpty())
        d.operatingSystem = text(o, "operatingSystem");
    if (d.azureADDeviceId.isEmpty() && text(o, "azureADDeviceId") != kNoId)
        d.azureADDeviceId = text(o, "azureADDeviceId");
    d.before.insert(QStringLiteral("managedDevice"), o);
}

FoundDevice fromManaged(const QJsonObject &o)
{
    FoundDevice d;
    addManaged(d, o);
    return d;
}

void addIdentity(FoundDevice &d, const QJsonObject &o)
{
    d.autopilotId = text(o, "id");
    d.autopilotUserPrincipalName = text(o, "userPrincipalName");
    if (d.serialNumber.isEmpty())
        d.serialNumber = text(o, "serialNumber");
    if (d.azureADDeviceId.isEmpty() && text(o, "azureActiveDirectoryDeviceId") != kNoId)
        d.azureADDeviceId = text(o, "azureActiveDirectoryDeviceId");
    d.before.insert(QStringLiteral("autopilotIdentity"), o);
}

void addEntra(FoundDevice &d, const QJsonObject &o)
{
    d.entraObjectId = text(o, "id");
    d.entraDisplayName = text(o, "displayName");
    d.entraEnabled = o.value(QStringLiteral("accountEnabled")).toBool(true);
    d.entraSynced = o.value(QStringLiteral("onPremisesSyncEnabled")).toBool(false);
    if (d.azureADDeviceId.isEmpty())
        d.azureADDeviceId = text(o, "deviceId");
    if (d.operatingSystem.isEmpty())
        d.operatingSystem = text(o, "operatingSystem");
    d.before.insert(QStringLiteral("entraDevice"), o);
}

// Keeps the objects whose property equals the identifier, ignoring case: Graph's eq may be looser or stricter about
// case depending on the service, contains() always is looser.
QList<QJsonObject> equalOnly(const QJsonArray &values, const char *property, const QString &wanted)
{
    QList<QJsonObject> kept;
    for (const QJsonValue &value : values) {
        if (same(text(value.toObject(), property), wanted))
            kept.append(value.toObject());
    }
    return kept;
}

} // namespace

QString FoundDevice::key() const
{
    return !managedDeviceId.isEmpty() ? managedDeviceId : !autopilotId.isEmpty() ? autopilotId : entraObjectId;
}

QString FoundDevice::name() const
{
    return !deviceName.isEmpty() ? deviceName : !entraDisplayName.isEmpty() ? entraDisplayName : serialNumber;
}

OffboardingResolver::OffboardingResolver(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString OffboardingResolver::statusLabel(Resolution::Status status)
{
    switch (status) {
    case Resolution::Status::Pending:
        return tr("Asking Microsoft Graph…");
    case Resolution::Status::Found:
        return tr("Found");
    case Resolution::Status::NotFound:
        return tr("Not found");
    case Resolution::Status::Ambiguous:
        return tr("Several matches: choose");
    case Resolution::Status::Failed:
        break;
    }
    return tr("Could not be checked");
}

void OffboardingResolver::resolve(const QList<InputEntry> &entries)
{
    m_resolutions.clear();
    for (const InputEntry &entry : entries)
        m_resolutions.append({entry});
    m_next = 0;
    m_finished = entries.isEmpty();
    if (m_finished)
        emit finished();
    for (int i = 0; i < Parallel; ++i)
        startNext();
}

void OffboardingResolver::startNext()
{
    if (m_next >= m_resolutions.size())
        return;
    const int index = m_next++;
    ++m_running;
    switch (m_resolutions[index].entry.kind) {
    case InputEntry::Kind::GraphId:
        return resolveGraphId(index);
    case InputEntry::Kind::UserPrincipalName:
        return resolveUser(index, m_resolutions[index].entry.text);
    case InputEntry::Kind::SerialOrName:
        return resolveSerialOrName(index);
    }
}

void OffboardingResolver::finishEntry(int index, Resolution::Status status, const QString &reason)
{
    m_resolutions[index].status = status;
    m_resolutions[index].reason = reason;
    --m_running;
    emit entryResolved(index);
    if (m_next < m_resolutions.size())
        return startNext();
    if (m_running == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

QUrl OffboardingResolver::url(const QString &path, const QString &filter, const QString &select) const
{
    return GraphReads::url(m_client, ApiVersion::V1, path, filter, select);
}

// A GUID is asked for as each kind of id in turn, most likely first: an Intune id, an Entra deviceId (what Intune
// calls azureADDeviceId), an Entra object id, an Autopilot id, a user's id.
void OffboardingResolver::resolveGraphId(int index)
{
    tryNextGraphIdQuery(index, 0);
}

void OffboardingResolver::tryNextGraphIdQuery(int index, int step)
{
    const QString id = m_resolutions[index].entry.text;
    const QString segment = GraphClient::pathSegment(id);
    auto orNext = [this, index, step](const GraphError &error) {
        if (error.httpStatus != 404 && error.isError())
            return finishEntry(index, Resolution::Status::Failed, error.summary());
        tryNextGraphIdQuery(index, step + 1);
    };
    switch (step) {
    case 0:
        return GraphReads::item(m_client,
            url(QStringLiteral("/deviceManagement/managedDevices/") + segment, {}, kManagedSelect), this,
            [=, this](const QJsonObject &o, const GraphError &error) {
                if (error.isError())
                    return orNext(error);
                linkDevices(index, {fromManaged(o)}, false);
            });
    case 1:
        return GraphReads::list(m_client,
            url(QStringLiteral("/deviceManagement/managedDevices"),
                QStringLiteral("azureADDeviceId eq ") + GraphReads::literal(id), kManagedSelect),
            this, [=, this](const QJsonArray &values, const GraphError &error) {
                const QList<QJsonObject> matches = equalOnly(values, "azureADDeviceId", id);
                if (error.isError() || matches.isEmpty())
                    return orNext(error);
                QList<FoundDevice> devices;
                for (const QJsonObject &o : matches)
                    devices.append(fromManaged(o));
                linkDevices(index, devices, devices.size() > 1);
            });
    case 2:
        return GraphReads::list(m_client,
            url(QStringLiteral("/devices"), QStringLiteral("deviceId eq ") + GraphReads::literal(id), kEntraSelect),
            this, [=, this](const QJsonArray &values, const GraphError &error) {
                const QList<QJsonObject> matches = equalOnly(values, "deviceId", id);
                if (error.isError() || matches.size() != 1)
                    return orNext(error);
                FoundDevice device;
                addEntra(device, matches.first());
                linkDevices(index, {device}, false);
            });
    case 3:
        return GraphReads::item(m_client, url(QStringLiteral("/devices/") + segment, {}, kEntraSelect), this,
            [=, this](const QJsonObject &o, const GraphError &error) {
                if (error.isError())
                    return orNext(error);
                FoundDevice device;
                addEntra(device, o);
                linkDevices(index, {device}, false);
            });
    case 4:
        return GraphReads::item(m_client,
            url(QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities/") + segment), this,
            [=, this](const QJsonObject &o, const GraphError &error) {
                if (error.isError())
                    return orNext(error);
                FoundDevice device;
                addIdentity(device, o);
                linkDevices(index, {device}, false);
            });
    case 5:
        return GraphReads::item(m_client,
            url(QStringLiteral("/users/") + segment, {}, QStringLiteral("id,displayName,userPrincipalName")), this,
            [=, this](const QJsonObject &o, const GraphError &error) {
                if (error.isError())
                    return orNext(error);
                resolveUser(index, text(o, "id"));
            });
    default:
        finishEntry(index, Resolution::Status::NotFound,
            tr("No managed device, Entra device, Autopilot device or user has this id."));
    }
}

// A person: the user, then every managed device Intune lists for them.
void OffboardingResolver::resolveUser(int index, const QString &idOrUpn)
{
    const QString segment = GraphClient::pathSegment(idOrUpn);
    GraphReads::item(m_client,
        url(QStringLiteral("/users/") + segment, {}, QStringLiteral("id,displayName,userPrincipalName")), this,
        [=, this](const QJsonObject &user, const GraphError &error) {
            if (error.httpStatus == 404)
                return finishEntry(index, Resolution::Status::NotFound, tr("No user has this user principal name."));
            if (error.isError())
                return finishEntry(index, Resolution::Status::Failed, error.summary());
            Resolution &r = m_resolutions[index];
            r.userId = text(user, "id");
            r.userPrincipalName = text(user, "userPrincipalName");
            r.userDisplayName = text(user, "displayName");
            GraphReads::list(m_client,
                url(QStringLiteral("/users/%1/managedDevices").arg(GraphClient::pathSegment(r.userId)), {},
                    kManagedSelect),
                this, [=, this](const QJsonArray &values, const GraphError &listError) {
                    if (listError.isError())
                        return finishEntry(index, Resolution::Status::Failed, listError.summary());
                    QList<FoundDevice> devices;
                    for (const QJsonValue &value : values)
                        devices.append(fromManaged(value.toObject()));
                    linkDevices(index, devices, false);
                });
        });
}

// A serial number or a device name: Intune's devices with either equal to it; else Autopilot identities with that
// serial number; else Entra devices with that name. More than one match is ambiguous, never "the first".
void OffboardingResolver::resolveSerialOrName(int index)
{
    const QString value = m_resolutions[index].entry.text;
    const QString managedPath = QStringLiteral("/deviceManagement/managedDevices");
    // Two questions, not one with "or": Intune's $filter on managed devices is documented for single comparisons.
    GraphReads::list(m_client,
        url(managedPath, QStringLiteral("serialNumber eq ") + GraphReads::literal(value), kManagedSelect), this,
        [=, this](const QJsonArray &bySerial, const GraphError &serialError) {
            if (serialError.isError())
                return finishEntry(index, Resolution::Status::Failed, serialError.summary());
            GraphReads::list(m_client,
                url(managedPath, QStringLiteral("deviceName eq ") + GraphReads::literal(value), kManagedSelect), this,
                [=, this](const QJsonArray &byName, const GraphError &nameError) {
                    if (nameError.isError())
                        return finishEntry(index, Resolution::Status::Failed, nameError.summary());
                    QList<FoundDevice> devices;
                    QSet<QString> ids;
                    for (const QJsonObject &o :
                        equalOnly(bySerial, "serialNumber", value) + equalOnly(byName, "deviceName", value)) {
                        if (!ids.contains(text(o, "id").toLower())) {
                            ids.insert(text(o, "id").toLower());
                            devices.append(fromManaged(o));
                        }
                    }
                    resolveFromManagedOrElsewhere(index, devices);
                });
        });
}

void OffboardingResolver::resolveFromManagedOrElsewhere(int index, const QList<FoundDevice> &devices)
{
    if (!devices.isEmpty())
        return linkDevices(index, devices, devices.size() > 1);
    const QString value = m_resolutions[index].entry.text;
    // Autopilot identities serve only contains() in $filter; equality is decided here.
    GraphReads::list(m_client,
        url(QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities"),
            QStringLiteral("contains(serialNumber,%1)").arg(GraphReads::literal(value))),
        this, [=, this](const QJsonArray &identities, const GraphError &error) {
            if (error.isError())
                return finishEntry(index, Resolution::Status::Failed, error.summary());
            QList<FoundDevice> registered;
            for (const QJsonObject &o : equalOnly(identities, "serialNumber", value)) {
                FoundDevice device;
                addIdentity(device, o);
                registered.append(device);
            }
            if (!registered.isEmpty())
                return linkDevices(index, registered, registered.size() > 1);
            resolveEntraByName(index);
        });
}

void OffboardingResolver::resolveEntraByName(int index)
{
    const QString value = m_resolutions[index].entry.text;
    GraphReads::list(m_client,
        url(QStringLiteral("/devices"), QStringLiteral("displayName eq ") + GraphReads::literal(value), kEntraSelect),
        this, [=, this](const QJsonArray &entra, const GraphError &error) {
            if (error.isError())
                return finishEntry(index, Resolution::Status::Failed, error.summary());
            QList<FoundDevice> objects;
            for (const QJsonObject &o : equalOnly(entra, "displayName", value)) {
                FoundDevice device;
                addEntra(device, o);
                objects.append(device);
            }
            if (objects.isEmpty())
                return finishEntry(index, Resolution::Status::NotFound,
                    tr("No managed device, Autopilot device or Entra device has this serial number or name."));
            linkDevices(index, objects, objects.size() > 1);
        });
}

// Completes each device with its other parts, then ends the entry: found, or ambiguous with the candidates.
void OffboardingResolver::linkDevices(int index, QList<FoundDevice> devices, bool asCandidates)
{
    auto linked = std::make_shared<QList<FoundDevice>>(devices);
    auto remaining = std::make_shared<int>(int(devices.size()));
    auto complete = [this, index, linked, asCandidates] {
        Resolution &r = m_resolutions[index];
        if (asCandidates) {
            r.candidates = *linked;
            return finishEntry(index, Resolution::Status::Ambiguous,
                tr("%n objects match: choose which by their ids.", nullptr, int(linked->size())));
        }
        r.devices = *linked;
        finishEntry(index, Resolution::Status::Found,
            r.userId.isEmpty() || !linked->isEmpty() ? QString() : tr("The user has no managed devices."));
    };
    if (devices.isEmpty())
        return complete();
    for (int i = 0; i < devices.size(); ++i) {
        linkOne(devices.at(i), [linked, remaining, i, complete](const FoundDevice &device) {
            (*linked)[i] = device;
            if (--*remaining == 0)
                complete();
        });
    }
}

// Fills in the parts a device was not found by: its Entra device by deviceId, its Autopilot identity by serial
// number, kept only when its ids link it (managedDeviceId or azureActiveDirectoryDeviceId), and Intune's record
// of an Autopilot or Entra device by azureADDeviceId.
void OffboardingResolver::linkOne(FoundDevice device, std::function<void(const FoundDevice &)> done)
{
    auto result = std::make_shared<FoundDevice>(device);
    auto pending = std::make_shared<int>(0);
    auto finishOne = [result, pending, done] {
        if (--*pending == 0)
            done(*result);
    };
    const QString deviceId = device.azureADDeviceId;
    const bool windows = device.operatingSystem.isEmpty()
        || device.operatingSystem.startsWith(QLatin1String("Windows"), Qt::CaseInsensitive);
    *pending = 1; // held until every lookup below has been started
    if (device.entraObjectId.isEmpty() && !deviceId.isEmpty()) {
        ++*pending;
        GraphReads::list(m_client,
            url(QStringLiteral("/devices"), QStringLiteral("deviceId eq ") + GraphReads::literal(deviceId),
                kEntraSelect),
            this, [=, this](const QJsonArray &values, const GraphError &error) {
                const QList<QJsonObject> matches = equalOnly(values, "deviceId", deviceId);
                if (error.isError())
                    result->notes.append(tr("Microsoft Entra ID could not be asked: %1").arg(error.summary()));
                else if (matches.size() == 1)
                    addEntra(*result, matches.first());
                finishOne();
            });
    }
    if (device.managedDeviceId.isEmpty() && !deviceId.isEmpty()) {
        ++*pending;
        GraphReads::list(m_client,
            url(QStringLiteral("/deviceManagement/managedDevices"),
                QStringLiteral("azureADDeviceId eq ") + GraphReads::literal(deviceId), kManagedSelect),
            this, [=, this](const QJsonArray &values, const GraphError &error) {
                const QList<QJsonObject> matches = equalOnly(values, "azureADDeviceId", deviceId);
                if (!error.isError() && matches.size() == 1)
                    addManaged(*result, matches.first());
                finishOne();
            });
    }
    if (device.autopilotId.isEmpty() && windows && !device.serialNumber.isEmpty()) {
        ++*pending;
        const QString serial = device.serialNumber;
        GraphReads::list(m_client,
            url(QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities"),
                QStringLiteral("contains(serialNumber,%1)").arg(GraphReads::literal(serial))),
            this, [=, this](const QJsonArray &values, const GraphError &error) {
                if (error.isError())
                    result->notes.append(tr("Windows Autopilot could not be asked: %1").arg(error.summary()));
                int lookAlikes = 0;
                for (const QJsonObject &o : equalOnly(values, "serialNumber", serial)) {
                    const bool linkedById = same(text(o, "managedDeviceId"), result->managedDeviceId)
                        || same(text(o, "azureActiveDirectoryDeviceId"), deviceId);
                    if (linkedById && result->autopilotId.isEmpty())
                        addIdentity(*result, o);
                    else
                        ++lookAlikes;
                }
                if (lookAlikes > 0)
                    result->notes.append(tr("%n other Autopilot registration(s) have this serial number and are not "
                                            "part of this device.",
                        nullptr, lookAlikes));
                finishOne();
            });
    }
    finishOne();
}

void OffboardingResolver::choose(int index, const QStringList &keys)
{
    Resolution &r = m_resolutions[index];
    r.devices.clear();
    for (const FoundDevice &candidate : std::as_const(r.candidates)) {
        if (keys.contains(candidate.key(), Qt::CaseInsensitive))
            r.devices.append(candidate);
    }
    r.status = r.devices.isEmpty() ? Resolution::Status::Ambiguous : Resolution::Status::Found;
    r.reason = r.devices.isEmpty() ? r.reason : tr("Chosen by id: %1").arg(keys.join(QStringLiteral(", ")));
    emit entryResolved(index);
}
