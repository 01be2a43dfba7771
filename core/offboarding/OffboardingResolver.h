#pragma once

#include "core/graph/GraphClient.h"
#include "core/graph/GraphError.h"
#include "core/offboarding/OffboardingInput.h"

#include <QJsonObject>
#include <QObject>

// One physical device as Intune, Windows Autopilot and Microsoft Entra ID know it, linked by stable ids only: a
// managed device's azureADDeviceId is the Entra device's deviceId and an Autopilot identity's
// azureActiveDirectoryDeviceId (or its managedDeviceId is the Intune id). Any part may be missing.
struct FoundDevice
{
    QString managedDeviceId;
    QString deviceName;
    QString serialNumber;
    QString userPrincipalName;
    QString operatingSystem;
    QString managementState;
    QString managementAgent;
    QString azureADDeviceId;
    QString autopilotId;
    QString autopilotUserPrincipalName;
    QString entraObjectId;
    QString entraDisplayName;
    bool entraEnabled = true;
    bool entraSynced = false; // onPremisesSyncEnabled: hybrid joined, mastered in on-premises AD
    QStringList notes; // translated: what could not be read, look-alikes not linked
    QJsonObject before; // what Graph said: "managedDevice", "autopilotIdentity", "entraDevice"

    // The id an operator picks it by: Intune's, else Autopilot's, else the Entra object's.
    QString key() const;
    QString name() const;
};

struct Resolution
{
    enum class Status { Pending, Found, NotFound, Ambiguous, Failed };

    InputEntry entry;
    Status status = Status::Pending;
    QString reason; // translated
    QString userId; // a person, for a UPN or a user's id
    QString userPrincipalName;
    QString userDisplayName;
    QList<FoundDevice> devices;
    QList<FoundDevice> candidates; // Ambiguous: every match, for the operator to pick by id
};

// Asks Graph, entry by entry, for exactly what each identifier names: server-side $filter with eq (so it works
// without the lists loaded, on any tenant size), then case-insensitive equality here; never a substring, never the
// first of several. It only reads.
class OffboardingResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int Parallel = 4;

    OffboardingResolver(GraphClient *client, QObject *parent = nullptr);

    void resolve(const QList<InputEntry> &entries);
    const QList<Resolution> &resolutions() const { return m_resolutions; }
    bool isFinished() const { return m_finished; }
    // The operator's choice for an ambiguous entry: the candidates whose key() is in keys become its devices.
    void choose(int index, const QStringList &keys);
    static QString statusLabel(Resolution::Status status);

signals:
    void entryResolved(int index);
    void finished();

private:
    void startNext();
    void resolveGraphId(int index);
    void resolveUser(int index, const QString &idOrUpn);
    void resolveSerialOrName(int index);
    void resolveFromManagedOrElsewhere(int index, const QList<FoundDevice> &devices);
    void resolveEntraByName(int index);
    void finishEntry(int index, Resolution::Status status, const QString &reason = {});
    void linkDevices(int index, QList<FoundDevice> devices, bool asCandidates);
    void linkOne(FoundDevice device, std::function<void(const FoundDevice &)> done);
    void tryNextGraphIdQuery(int index, int step);
    QUrl url(const QString &path, const QString &filter = {}, const QString &select = {}) const;

    GraphClient *m_client;
    QList<Resolution> m_resolutions;
    int m_next = 0;
    int m_running = 0;
    bool m_finished = true;
};
