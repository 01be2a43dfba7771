#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

struct DemoDevice
{
    QString id;
    QString deviceName;
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString operatingSystem;
    QString osVersion;
    QString azureADDeviceId;
    QString userId;
    QString userPrincipalName;
    QString userDisplayName;
    QString emailAddress;
    QString complianceState;
    QString managementState;
    QString ownerType;
    QString enrollmentType;
    QString managementAgent;
    QString registrationState;
    QString imei;
    QString phoneNumber;
    QString subscriberCarrier;
    QString wiFiMacAddress;
    QString ethernetMacAddress;
    QString androidSecurityPatchLevel;
    QString enrollmentProfileName;
    QString deviceCategoryDisplayName;
    QDateTime enrolledDateTime;
    QDateTime lastSyncDateTime;
    QDateTime retireRequestedAt;
    QString fileVaultKey; // a Mac's FileVault personal recovery key escrowed with Intune, or empty
    qint64 totalStorageBytes = 0;
    qint64 freeStorageBytes = 0;
    qint64 physicalMemoryBytes = 0;
    bool isEncrypted = false;
    bool isSupervised = false;
    bool azureADRegistered = false;
    bool autopilotEnrolled = false;
    bool removed = false;
};

struct DemoAutopilotIdentity
{
    QString id;
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString managedDeviceId;
    QString azureActiveDirectoryDeviceId;
    QString userPrincipalName;
    QString addressableUserName;
    QString displayName;
    QString groupTag;
    QString purchaseOrderIdentifier;
    QString productKey;
    QString skuNumber;
    QString systemFamily;
    QString enrollmentState;
    QDateTime lastContactedDateTime;
    QDateTime profileAssignedDateTime;
    QDateTime deletionRequestedAt; // deregistration asked for; the identity stays until it completes
    bool removed = false;
};

// A Microsoft Entra device object (/devices). deviceId is what a managed device calls azureADDeviceId and an
// Autopilot identity azureActiveDirectoryDeviceId; id is the directory object's own id.
struct DemoEntraDevice
{
    QString id;
    QString deviceId;
    QString displayName;
    QString operatingSystem;
    QString operatingSystemVersion;
    QString manufacturer;
    QString model;
    QString trustType; // AzureAd (joined), ServerAd (hybrid joined, synced from on-premises), Workplace (registered)
    QString profileType; // RegisteredDevice
    QString deviceOwnership; // Company, Personal
    QStringList physicalIds; // "[ZTDID]:…" while registered in Windows Autopilot
    QDateTime registrationDateTime;
    QDateTime approximateLastSignInDateTime;
    QDateTime onPremisesLastSyncDateTime;
    bool accountEnabled = true;
    bool isManaged = false;
    bool isCompliant = false;
    bool onPremisesSyncEnabled = false;
    bool removed = false;
};

// A BitLocker recovery key a Windows device backed up to Microsoft Entra ID ("bitlockerRecoveryKey"). It goes with
// the Entra device: deleting the device deletes its keys (Microsoft: "Delete a device in Microsoft Entra ID").
struct DemoBitLockerKey
{
    QString id;
    QString deviceId; // the Entra deviceId
    QString volumeType; // operatingSystemVolume, fixedDataVolume
    QString key; // 48 digits in eight groups of six
    QDateTime createdDateTime;
    bool removed = false;
};

// The local administrator password Windows LAPS backed up to Microsoft Entra ID ("deviceLocalCredentialInfo").
struct DemoLocalCredential
{
    QString deviceId;
    QString deviceName;
    QString accountName;
    QString accountSid;
    QString password;
    QDateTime backupDateTime;
    QDateTime refreshDateTime;
    bool removed = false;
};

struct DemoUser
{
    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName;
    QString mail;
    QString jobTitle;
    QString department;
    QString officeLocation;
    QString city;
    QString country;
    QString usageLocation;
    QString preferredLanguage;
    QString mobilePhone;
    QString employeeId;
    bool accountEnabled = true;
    QDateTime createdDateTime;
    QList<int> deviceIndexes;
};

struct DemoPartner
{
    QString id;
    QString displayName;
    QString onboardingUrl;
    QString onboardingStatus;
    QDateTime lastConnectionDateTime;
};

// A person who can sign in to the demo tenant. permissions stands for their Intune role (role-based access control):
// what Graph lets them do, whatever scopes their token carries.
struct DemoAccount
{
    QString userPrincipalName;
    QString password;
    QString role;
    QString displayName;
    QString userId;
    QStringList permissions;
    QStringList directoryRoles; // Microsoft Entra roles, e.g. "Cloud Device Administrator"
};

// The app registration that can sign in on its own (client credentials), with its application permissions.
struct DemoAppClient
{
    QString clientId;
    QString clientSecret;
    QString displayName;
    QStringList roles;
};

struct DemoTenantOptions
{
    quint32 seed = 20261123;
    int devices = 2500;
    int users = 1000;
    int partners = 4;
    static constexpr int MaxPartners = 50;
    QDateTime reference; // "now" of the generated data; invalid means the start of today (UTC)
    int retireCompletionSeconds = 300;
    // Autopilot deregistration is asynchronous: the identity is still listed this long after DELETE answered, and
    // every fifth identity takes four times as long (one slow deregistration in any plan of a few devices).
    int autopilotDeletionSeconds = 20;
    // What the organisation has consented for the public client. ReadOnly: an administrator consented only the read
    // permissions and people may not consent themselves, so asking for a write scope cannot succeed.
    enum class Consent { Full, ReadOnly };
    Consent consent = Consent::Full;
    // Intune's device actions page, "Daily tenant limits" (2026-09): per tenant and day, counted across the admin
    // center, bulk actions and Graph. Configurable so tests can reach them.
    int dailyRetireLimit = 1000;
    int dailyDeleteLimit = 1000;
    int dailyWipeLimit = 500;
    // Devices that check in while a list is read: after each page of /deviceManagement/managedDevices, this many
    // devices (drawn from a generator seeded by `seed`) sync, so their lastSyncDateTime becomes the current time.
    int checkInsPerPage = 0;
    // How Intune treats $filter on managed devices' lastSyncDateTime. Microsoft's own samples filter on it
    // (powershell-intune-samples, CheckStatus/Check_lastSyncDateTime.ps1: "lastSyncDateTime le …"; microsoft/
    // zerotrustassessment#1121: "lastSyncDateTime ge …"), but no reference page lists it as filterable, and
    // powershell-intune-samples#11 reports a tenant where such a filter was ignored. Refused: 400, as Intune answers
    // a filter it does not serve; Ignored: every device is listed, whatever the range.
    enum class SyncTimeFilter { Served, Refused, Ignored };
    SyncTimeFilter syncTimeFilter = SyncTimeFilter::Served;
};

class DemoRng;

// A deterministic Intune + Entra ID tenant: the same options always give the same objects.
// Not thread-safe: owned and used by the thread that serves it.
class DemoTenant
{
public:
    explicit DemoTenant(const DemoTenantOptions &options = {});
    ~DemoTenant();

    static constexpr auto TenantId = "3f6f0c53-7d9e-4a11-9b5e-0ffb0a2d0001";
    static constexpr auto TenantDomain = "offboard-demo.onmicrosoft.com";
    static constexpr auto PublicClientId = "6a1e5f0b-4c8a-4d2e-8f3b-0ffb0a2d00c1";
    static constexpr auto PublicClientName = "Offboard";

    const DemoTenantOptions &options() const { return m_options; }
    const QList<DemoAccount> &accounts() const { return m_accounts; }
    const DemoAppClient &appClient() const { return m_appClient; }
    const DemoAccount *account(const QString &userPrincipalName) const;
    // The delegated Graph permissions consented tenant-wide for the public client.
    const QStringList &consentedScopes() const { return m_consentedScopes; }

    int deviceCount() const { return int(m_devices.size()); }
    // Also finishes retirements whose time has come, so a removed device is gone from every later read.
    const QVector<DemoDevice> &devices();
    // Also finishes Autopilot deregistrations whose time has come; deregistered identities stay with removed set.
    const QVector<DemoAutopilotIdentity> &autopilotIdentities();
    const QVector<DemoUser> &users() const { return m_users; }
    const QVector<DemoPartner> &partners() const { return m_partners; }
    // Also finishes Autopilot deregistrations whose time has come.
    const QVector<DemoEntraDevice> &entraDevices();

    int deviceIndex(const QString &id);
    int identityIndex(const QString &id);
    // The Entra device with this object id (not its deviceId), or -1.
    int entraDeviceIndex(const QString &id) const;
    // The identity, not yet deregistered, that registers this Entra deviceId in Autopilot, or -1.
    int autopilotIdentityOfEntraDevice(const QString &deviceId);
    int userIndex(const QString &idOrUpn) const;
    int partnerIndex(const QString &id) const { return m_partnerById.value(id.toLower(), -1); }

    void retireDevice(int index, const QDateTime &now);
    // Devices that sync now (options().checkInsPerPage of them, drawn at random): their lastSyncDateTime becomes now.
    void checkInDevices(const QDateTime &now);
    int checkIns() const { return m_checkIns; }
    void removeAllDevicesOfUser(int userIndex, const QDateTime &now);
    void disconnectPartner(int index);
    void unassignUserFromIdentity(int index);
    void deleteManagedDevice(int index);
    void deregisterIdentity(int index, const QDateTime &now);
    void setEntraDeviceEnabled(int index, bool enabled);
    void deleteEntraDevice(int index);
    const QVector<DemoBitLockerKey> &bitLockerKeys() const { return m_bitLockerKeys; }
    int bitLockerKeyIndex(const QString &id) const { return m_bitLockerKeyById.value(id.toLower(), -1); }
    // The LAPS credential backed up for this Entra deviceId, or null.
    const DemoLocalCredential *localCredential(const QString &deviceId) const;
    // Entra ID audits every read of a recovery key or password (KeyManagement category): "bitlocker:<key id>",
    // "laps:<deviceId>", "filevault:<managed device id>", in order.
    void auditKeyRead(const QString &what) { m_keyReads.append(what); }
    const QStringList &keyReads() const { return m_keyReads; }

    // Intune's daily tenant limits: the device actions of this kind ("retire", "delete", "wipe") in the 24 hours
    // before now, and their limit. record() counts one.
    int deviceActionsInLastDay(const QString &kind, const QDateTime &now);
    int dailyLimit(const QString &kind) const;
    void recordDeviceActions(const QString &kind, const QDateTime &now, int count = 1);

    // A counter that changes with every state change, so cached orderings can be invalidated.
    quint64 generation() const { return m_generation; }

private:
    void generate();
    void generateUsers(DemoRng &rng);
    void generateDevices(DemoRng &rng);
    void addReEnrolledDevices(DemoRng &rng, int count);
    void generateIdentities(DemoRng &rng);
    void generatePartners(DemoRng &rng);
    void addAccounts();
    void generateEntraDevices();
    void generateRecoveryInformation();
    void finishDueRetirements();
    void finishDueDeregistrations();
    int deletionSeconds(int identityIndex) const;

    DemoTenantOptions m_options;
    QStringList m_consentedScopes;
    QVector<DemoDevice> m_devices;
    QVector<DemoAutopilotIdentity> m_identities;
    QVector<DemoUser> m_users;
    QVector<DemoPartner> m_partners;
    QVector<DemoEntraDevice> m_entraDevices;
    QHash<QString, int> m_entraById;
    QVector<DemoBitLockerKey> m_bitLockerKeys;
    QHash<QString, int> m_bitLockerKeyById;
    QHash<QString, DemoLocalCredential> m_localCredentials; // by lower-case deviceId
    QStringList m_keyReads;
    QHash<QString, QList<QDateTime>> m_deviceActions; // by kind, oldest first
    QList<DemoAccount> m_accounts;
    DemoAppClient m_appClient;
    QHash<QString, int> m_deviceById;
    QHash<QString, int> m_identityById;
    QHash<QString, int> m_userById;
    QHash<QString, int> m_userByUpn;
    QHash<QString, int> m_partnerById;
    QList<int> m_pendingRetirements;
    QList<int> m_pendingDeregistrations;
    quint64 m_generation = 0;
    std::unique_ptr<DemoRng> m_checkInRng;
    int m_checkIns = 0;
};
