// Recovery information an offboarding reads before anything is deleted: BitLocker recovery keys and Windows LAPS
// passwords (Microsoft Entra ID) and FileVault keys (Intune). Each rule cites its Microsoft Graph page.
#include "demo/GraphActionRules.h"
#include "demo/GraphErrors.h"
#include "demo/GraphSimulator.h"
#include "demo/SimHttp.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace GraphActionRules;
using namespace GraphErrors;
using namespace SimHttp;

namespace {

// "Get bitlockerRecoveryKey" and "List recoveryKeys": delegated BitLockerKey.ReadBasic.All or BitLockerKey.Read.All;
// application permissions are not supported. The key itself ($select=key) needs BitLockerKey.Read.All.
const QStringList kBitLockerBasic
    = {QStringLiteral("BitLockerKey.ReadBasic.All"), QStringLiteral("BitLockerKey.Read.All")};
const QStringList kBitLockerKey = {QStringLiteral("BitLockerKey.Read.All")};
// The same pages: the signed-in person must hold one of these Microsoft Entra roles (or own the device).
const QStringList kBitLockerRoles = {QStringLiteral("Cloud Device Administrator"),
    QStringLiteral("Helpdesk Administrator"), QStringLiteral("Intune Administrator"),
    QStringLiteral("Security Administrator"), QStringLiteral("Security Reader"), QStringLiteral("Global Reader")};
// "Get deviceLocalCredentialInfo": DeviceLocalCredential.ReadBasic.All or .Read.All, delegated or application;
// the passwords ($select=credentials) need DeviceLocalCredential.Read.All and, for a person, one of two roles.
const QStringList kLapsBasic
    = {QStringLiteral("DeviceLocalCredential.ReadBasic.All"), QStringLiteral("DeviceLocalCredential.Read.All")};
const QStringList kLapsPassword = {QStringLiteral("DeviceLocalCredential.Read.All")};
const QStringList kLapsBasicRoles = kBitLockerRoles;
const QStringList kLapsPasswordRoles
    = {QStringLiteral("Cloud Device Administrator"), QStringLiteral("Intune Administrator")};

// Both pages list User-Agent as "Required" among the request headers; where Graph's answer to its absence is not
// documented, the demo is the stricter and refuses.
std::optional<SimResponse> requireUserAgent(const GraphContext &ctx)
{
    if (!ctx.request->header("user-agent").trimmed().isEmpty())
        return std::nullopt;
    return error(ctx, 400, QStringLiteral("BadRequest"),
        QStringLiteral("The User-Agent request header is required for this request."));
}

SimResponse insufficientPrivileges(const GraphContext &ctx)
{
    return error(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
        QStringLiteral("Insufficient privileges to complete the operation."));
}

QJsonObject bitLockerJson(const DemoBitLockerKey &key, bool withKey)
{
    QJsonObject object {{QStringLiteral("id"), key.id},
        {QStringLiteral("createdDateTime"), isoUtc(key.createdDateTime)},
        {QStringLiteral("volumeType"), key.volumeType}, {QStringLiteral("deviceId"), key.deviceId}};
    if (withKey)
        object.insert(QStringLiteral("key"), key.key);
    return object;
}

} // namespace

SimResponse GraphSimulator::informationProtection(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    if (s.value(1) != QLatin1String("bitlocker"))
        return s.size() < 2 ? notServed(ctx) : badSegment(ctx, s.value(1));
    if (s.value(2) != QLatin1String("recoveryKeys") || s.size() > 4)
        return s.size() < 3 ? notServed(ctx) : badSegment(ctx, s.value(qMin(3, int(s.size()) - 1)));
    if (ctx.request->method != "GET")
        return methodNotAllowed(ctx, "GET");
    if (auto refused = requireUserAgent(ctx))
        return *refused;
    if (ctx.caller.appOnly || !ctx.caller.allows(kBitLockerBasic) || !ctx.caller.holdsDirectoryRole(kBitLockerRoles))
        return insufficientPrivileges(ctx);
    return s.size() == 3 ? bitLockerKeys(ctx) : bitLockerKey(ctx, s.value(3));
}

// "List recoveryKeys": $filter on deviceId (eq) only; the key property is never listed, only read one key at a time.
SimResponse GraphSimulator::bitLockerKeys(const Context &ctx)
{
    const QString filter = ctx.request->queryValue(QStringLiteral("$filter")).trimmed();
    static const QRegularExpression byDevice(QStringLiteral("^deviceId\\s+eq\\s+'([^']*)'$"));
    const QRegularExpressionMatch match = byDevice.match(filter);
    if (!filter.isEmpty() && !match.hasMatch())
        return error(ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Invalid filter clause: only deviceId eq '{deviceId}' is supported."));
    if (ctx.selected().contains(QStringLiteral("key")))
        return error(ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral("The key property can only be selected when a single recovery key is read."));
    QJsonArray value;
    for (const DemoBitLockerKey &key : m_tenant.bitLockerKeys()) {
        if (!key.removed && (!match.hasMatch() || key.deviceId.compare(match.captured(1), Qt::CaseInsensitive) == 0))
            value.append(bitLockerJson(key, false));
    }
    return SimResponse::json(200,
        {{QStringLiteral("@odata.context"),
             QString(ctx.metadataBase() + QStringLiteral("informationProtection/bitlocker/recoveryKeys"))},
            {QStringLiteral("value"), value}});
}

// "Get bitlockerRecoveryKey": the key only with $select=key, which Entra ID audits (KeyManagement).
SimResponse GraphSimulator::bitLockerKey(const Context &ctx, const QString &id)
{
    const int index = m_tenant.bitLockerKeyIndex(id);
    if (index < 0 || m_tenant.bitLockerKeys()[index].removed)
        return error(ctx, 404, QStringLiteral("NotFound"),
            QStringLiteral("The BitLocker recovery key '%1' was not found.").arg(id));
    const bool withKey = ctx.selected().contains(QStringLiteral("key"));
    if (withKey && !ctx.caller.allows(kBitLockerKey))
        return insufficientPrivileges(ctx);
    const DemoBitLockerKey &key = m_tenant.bitLockerKeys()[index];
    if (withKey)
        m_tenant.auditKeyRead(QStringLiteral("bitlocker:") + key.id);
    QJsonObject object = bitLockerJson(key, withKey);
    object.insert(QStringLiteral("@odata.context"),
        QString(ctx.metadataBase() + QStringLiteral("informationProtection/bitlocker/recoveryKeys/$entity")));
    return SimResponse::json(200, object);
}

SimResponse GraphSimulator::directory(const Context &ctx)
{
    const QStringList &s = ctx.segments;
    if (s.value(1) != QLatin1String("deviceLocalCredentials"))
        return s.size() < 2 ? notServed(ctx) : badSegment(ctx, s.value(1));
    if (s.size() != 3)
        return s.size() < 3 ? notServed(ctx) : badSegment(ctx, s.value(3));
    if (ctx.request->method != "GET")
        return methodNotAllowed(ctx, "GET");
    if (auto refused = requireUserAgent(ctx))
        return *refused;
    const bool withPasswords = ctx.selected().contains(QStringLiteral("credentials"));
    const bool allowed = withPasswords
        ? ctx.caller.allows(kLapsPassword) && ctx.caller.holdsDirectoryRole(kLapsPasswordRoles)
        : ctx.caller.allows(kLapsBasic) && ctx.caller.holdsDirectoryRole(kLapsBasicRoles);
    if (!allowed)
        return insufficientPrivileges(ctx);
    const DemoLocalCredential *credential = m_tenant.localCredential(s.value(2));
    if (!credential)
        return error(ctx, 404, QStringLiteral("NotFound"),
            QStringLiteral("No local administrator credential is backed up for the device '%1'.").arg(s.value(2)));
    QJsonObject object {{QStringLiteral("@odata.context"),
                            QString(ctx.metadataBase() + QStringLiteral("directory/deviceLocalCredentials/$entity"))},
        {QStringLiteral("id"), credential->deviceId}, {QStringLiteral("deviceName"), credential->deviceName},
        {QStringLiteral("lastBackupDateTime"), isoUtc(credential->backupDateTime)},
        {QStringLiteral("refreshDateTime"), isoUtc(credential->refreshDateTime)}};
    if (withPasswords) {
        m_tenant.auditKeyRead(QStringLiteral("laps:") + credential->deviceId);
        // deviceLocalCredential.passwordBase64: the password's UTF-16LE bytes in base64, as the page's example shows.
        QByteArray utf16(reinterpret_cast<const char *>(credential->password.utf16()),
            credential->password.size() * qsizetype(sizeof(char16_t)));
        object.insert(QStringLiteral("credentials"),
            QJsonArray {QJsonObject {{QStringLiteral("accountName"), credential->accountName},
                {QStringLiteral("accountSid"), credential->accountSid},
                {QStringLiteral("backupDateTime"), isoUtc(credential->backupDateTime)},
                {QStringLiteral("passwordBase64"), QString::fromLatin1(utf16.toBase64())}}});
    }
    return SimResponse::json(200, object);
}

// "managedDevice: getFileVaultKey" (beta): DeviceManagementManagedDevices.PrivilegedOperations.All and an Intune role
// that allows it; the answer is an Edm.String.
SimResponse GraphSimulator::fileVaultKey(const Context &ctx, int deviceIndex)
{
    if (ctx.request->method != "GET")
        return methodNotAllowed(ctx, "GET");
    if (auto refused = requireRead(ctx, {PrivilegedOperations}, false))
        return *refused;
    if (deviceIndex < 0)
        return intuneNotFound(ctx, ctx.segments.value(1), ctx.segments.value(2));
    const DemoDevice &device = m_tenant.devices()[deviceIndex];
    if (device.fileVaultKey.isEmpty())
        return error(ctx, 404, QStringLiteral("NotFound"),
            QStringLiteral("No FileVault recovery key is escrowed for the device '%1'.").arg(device.id));
    m_tenant.auditKeyRead(QStringLiteral("filevault:") + device.id);
    return SimResponse::json(200,
        {{QStringLiteral("@odata.context"), QString(ctx.metadataBase() + QStringLiteral("Edm.String"))},
            {QStringLiteral("value"), device.fileVaultKey}});
}
