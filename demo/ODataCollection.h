#pragma once

#include "demo/DemoTenant.h"
#include "demo/GraphContext.h"
#include "demo/SimHttp.h"

#include <QVector>

#include <functional>

// Graph's OData on the demo tenant's collections: $select, $filter (checked against the contract), $search and
// $count with ConsistencyLevel on directory objects, $orderby, $top, opaque $skiptoken paging with
// @odata.nextLink; and one item with $select (collection-only options refused).
class ODataCollection
{
public:
    explicit ODataCollection(DemoTenant &tenant)
        : m_tenant(tenant)
    {
    }

    // scope: the rows of a narrower collection (a user's devices), or empty for all; at() is nullptr for rows hidden
    // from this collection (removed, another user's, not co-managed).
    template<typename T>
    SimResponse list(const GraphContext &ctx, const QString &entityType, const QString &contextPath,
        const QVector<int> &scope, const std::function<const T *(int)> &at);
    template<typename T>
    SimResponse item(const GraphContext &ctx, const QString &entityType, const QString &contextPath, const T &entity);

private:
    DemoTenant &m_tenant;
    struct SortCache
    {
        QString key;
        quint64 generation = 0;
        QVector<int> order;
    } m_sortCache;
};
