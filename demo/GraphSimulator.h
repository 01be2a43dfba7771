#pragma once

#include "demo/DemoTenant.h"
#include "demo/DemoTokenService.h"
#include "demo/GraphContext.h"
#include "demo/GraphContract.h"
#include "demo/GraphErrors.h"
#include "demo/IntuneThrottle.h"
#include "demo/ODataCollection.h"
#include "demo/SimHttp.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

// Microsoft Graph for the demo tenant: /v1.0 and /beta, the four collections Offboard reads and Entra devices, the
// five actions and the deletions a whole offboarding makes, with
// their documented permissions and state changes, OData paging and query options, $batch, Graph's error format,
// Intune's throttling and Multi Admin Approval. Built from the Graph docs and metadata, not from Offboard's client.
class GraphSimulator
{
public:
    GraphSimulator(DemoTenant &tenant, const DemoTokenService &tokens);

    SimResponse handle(const SimRequest &request);

    IntuneThrottle &throttle() { return m_throttle; }
    // Actions ("retire", "deprovision", ...) that an Intune Multi Admin Approval access policy protects.
    void setApprovalRequired(const QSet<QString> &actions) { m_approvalRequired = actions; }
    QSet<QString> approvalRequired() const { return m_approvalRequired; }

    // Asked for every request inside a $batch: seconds of Retry-After if a fault plan throttles it.
    using ItemFault = std::function<std::optional<int>(const QByteArray &method, const QString &path)>;
    void setItemFault(ItemFault fault) { m_itemFault = std::move(fault); }
    // Told about every request inside a $batch, for the request log.
    using ItemLog
        = std::function<void(const QByteArray &method, const QString &url, int status, const QString &batchRequestId)>;
    void setItemLog(ItemLog log) { m_itemLog = std::move(log); }

    static const QStringList &actionNames();

    using Caller = GraphCaller;
    using Context = GraphContext;

private:
    SimResponse dispatch(const Context &ctx);
    SimResponse handleBatch(const SimRequest &request, SimApiVersion version, const Caller &caller);
    std::optional<SimResponse> authenticate(const SimRequest &request, Caller *caller) const;

    SimResponse deviceManagement(const Context &ctx);
    SimResponse devices(const Context &ctx, int firstSegment, int userIndex, bool comanagedOnly);
    template<typename T>
    SimResponse intuneCollection(const Context &ctx, const QString &entityType, const QVector<T> &all, int index,
        const QString &servedAction, const std::function<SimResponse(int)> &act);
    SimResponse identities(const Context &ctx);
    SimResponse partners(const Context &ctx);
    SimResponse users(const Context &ctx);
    SimResponse entraDevices(const Context &ctx);
    SimResponse deleteManagedDevice(const Context &ctx, int deviceIndex);
    SimResponse deregisterIdentity(const Context &ctx);
    SimResponse updateEntraDevice(const Context &ctx, int index);
    SimResponse deleteEntraDevice(const Context &ctx, int index);
    SimResponse informationProtection(const Context &ctx);
    SimResponse bitLockerKeys(const Context &ctx);
    SimResponse bitLockerKey(const Context &ctx, const QString &id);
    SimResponse directory(const Context &ctx);
    SimResponse fileVaultKey(const Context &ctx, int deviceIndex);
    std::optional<SimResponse> checkEntraWrite(const Context &ctx, int index);
    std::optional<SimResponse> checkIntuneWrite(const Context &ctx, const QStringList &needed);
    // Refuses when the tenant would go over Intune's daily limit for this kind of device action; else counts them.
    std::optional<SimResponse> spendDailyLimit(const Context &ctx, const QString &kind, int count);

    SimResponse retire(const Context &ctx, int deviceIndex);
    SimResponse deprovision(const Context &ctx, int deviceIndex);
    SimResponse removeAllDevices(const Context &ctx, int userIndex);
    SimResponse disconnect(const Context &ctx, int partnerIndex);
    SimResponse unassignUser(const Context &ctx, int identityIndex);

    std::optional<SimResponse> checkActionAllowed(const Context &ctx, const QString &action);
    std::optional<SimResponse> checkBody(
        const Context &ctx, const QString &entityType, const QString &action, QJsonObject *body);
    std::optional<SimResponse> requireRead(const Context &ctx, const QStringList &anyOf, bool directory);
    std::optional<SimResponse> checkThrottle(const Context &ctx);

    DemoTenant &m_tenant;
    const DemoTokenService &m_tokens;
    IntuneThrottle m_throttle;
    QSet<QString> m_approvalRequired;
    ItemFault m_itemFault;
    ItemLog m_itemLog;
    QString m_batchRequestId;
    ODataCollection m_odata;
};
