#include "demo/ODataCollection.h"

#include "demo/EntityJson.h"
#include "demo/GraphContract.h"
#include "demo/GraphErrors.h"
#include "demo/ODataFilter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace GraphErrors;

namespace {

// The token carries the count of the first page, so that later pages of a $count=true query repeat it instead of
// counting a large collection again for every page (the count is the collection's size when the query began).
QByteArray encodeSkipToken(int position, const QString &scopeKey, int count)
{
    QJsonObject token {{QStringLiteral("p"), position}, {QStringLiteral("s"), scopeKey}};
    if (count >= 0)
        token.insert(QStringLiteral("c"), count);
    return QJsonDocument(token)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeSkipToken(const QString &token, const QString &scopeKey, int *position, int *count)
{
    const auto raw = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*raw).object();
    if (!object.value(QStringLiteral("p")).isDouble() || object.value(QStringLiteral("s")).toString() != scopeKey)
        return false;
    *position = object.value(QStringLiteral("p")).toInt();
    *count = object.value(QStringLiteral("c")).toInt(-1);
    return *position >= 0;
}

struct SearchClause
{
    QString property;
    QString term;
};

// $search="displayName:term" clauses joined by AND or OR, as directory objects accept them.
bool parseSearch(const QString &search, QList<SearchClause> *clauses, bool *all, QString *message)
{
    *all = false;
    QString rest = search.trimmed();
    bool sawOr = false;
    bool sawAnd = false;
    while (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1Char('"'))) {
            *message = QStringLiteral("Syntax error: character '%1' is not valid at position 0 in '%2'.")
                           .arg(rest.at(0))
                           .arg(search);
            return false;
        }
        const int end = rest.indexOf(QLatin1Char('"'), 1);
        if (end < 0) {
            *message = QStringLiteral("Unterminated string in $search '%1'.").arg(search);
            return false;
        }
        const QString clause = rest.mid(1, end - 1);
        const int colon = clause.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *message = QStringLiteral("Invalid search clause '%1': use \"property:value\".").arg(clause);
            return false;
        }
        clauses->append({clause.left(colon), clause.mid(colon + 1)});
        rest = rest.mid(end + 1).trimmed();
        if (rest.startsWith(QLatin1String("OR "))) {
            sawOr = true;
            rest = rest.mid(3).trimmed();
        } else if (rest.startsWith(QLatin1String("AND "))) {
            sawAnd = true;
            rest = rest.mid(4).trimmed();
        } else if (!rest.isEmpty()) {
            *message = QStringLiteral("Invalid $search '%1': clauses are joined by AND or OR.").arg(search);
            return false;
        }
    }
    if (clauses->isEmpty()) {
        *message = QStringLiteral("The $search query is empty.");
        return false;
    }
    *all = sawAnd && !sawOr;
    return true;
}

bool searchMatches(const QString &value, const QString &term)
{
    if (value.startsWith(term, Qt::CaseInsensitive))
        return true;
    static const QRegularExpression separators(QStringLiteral("[\\s.@_\\-]+"));
    const QStringList words = value.split(separators, Qt::SkipEmptyParts);
    return std::any_of(
        words.begin(), words.end(), [&](const QString &w) { return w.startsWith(term, Qt::CaseInsensitive); });
}

} // namespace

template<typename T>
SimResponse ODataCollection::item(
    const GraphContext &ctx, const QString &entityType, const QString &contextPath, const T &entity)
{
    // OData (https://learn.microsoft.com/graph/query-parameters): $top, $skip, $filter, $orderby and $count apply to
    // collections only; Graph refuses them on a single item with 400.
    for (const char *option : {"$top", "$skip", "$filter", "$orderby", "$count"}) {
        if (ctx.request->hasQuery(QLatin1String(option)))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "The query specified in the URI is not valid. The requested resource is not a collection. "
                    "Query options $filter, $orderby, $count, $skip, and $top can be applied only on collections."));
    }
    QStringList select;
    for (const QString &trimmed : ctx.selected()) {
        if (!GraphContract::instance().property(ctx.version, entityType, trimmed))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                    .arg(trimmed, entityType));
        select.append(trimmed);
    }
    if (select.isEmpty() && entityType == EntityJson::User)
        select = EntityJson::defaultUserProperties();
    QJsonObject object = EntityJson::render(entity, ctx.version, entityType, select);
    object.insert(
        QStringLiteral("@odata.context"), QString(ctx.metadataBase() + contextPath + QStringLiteral("/$entity")));
    return SimResponse::json(200, object);
}

namespace {

// The query options of one collection request, read and checked against the contract before anything is listed.
struct QueryOptions
{
    bool directory = false; // users: directory objects, with their own rules for $count, $search and $orderby
    QStringList select;
    int pageSize = 1000;
    bool wantCount = false;
    ODataFilter filter;
    QList<SearchClause> search;
    bool searchAll = false;
    struct SortKey
    {
        QString property;
        bool descending;
    };
    QList<SortKey> sortKeys;
    QString orderBy;
};

using Refusal = std::optional<SimResponse>;

SimResponse badRequest(const GraphContext &ctx, const QString &message)
{
    return error(ctx, 400, QStringLiteral("BadRequest"), message);
}

// Directory objects call a query they cannot run "Request_UnsupportedQuery"; Intune says BadRequest.
SimResponse unsupportedQuery(const GraphContext &ctx, const QueryOptions &o, const QString &message)
{
    return error(
        ctx, 400, o.directory ? QStringLiteral("Request_UnsupportedQuery") : QStringLiteral("BadRequest"), message);
}

SimResponse unknownProperty(const GraphContext &ctx, const QString &property, const QString &entityType)
{
    return badRequest(ctx,
        QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.").arg(property, entityType));
}

Refusal checkOptionNames(const GraphContext &ctx, const QueryOptions &o)
{
    static const QStringList knownOptions
        = {QStringLiteral("$select"), QStringLiteral("$filter"), QStringLiteral("$top"), QStringLiteral("$skiptoken"),
            QStringLiteral("$orderby"), QStringLiteral("$count"), QStringLiteral("$search"), QStringLiteral("$format")};
    for (const auto &pair : ctx.request->query.queryItems(QUrl::FullyDecoded)) {
        // Directory objects: "'$skip' is not supported by the service." (https://learn.microsoft.com/graph/paging:
        // some APIs, such as users, do not support $skip).
        if (o.directory && pair.first == QLatin1String("$skip"))
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("'$skip' is not supported by the service."));
        if (pair.first.startsWith(QLatin1Char('$')) && !knownOptions.contains(pair.first))
            return badRequest(
                ctx, QStringLiteral("Query option '%1' is not supported on this collection.").arg(pair.first));
    }
    return std::nullopt;
}

Refusal readSelect(const GraphContext &ctx, const QString &entityType, QueryOptions *o)
{
    for (const QString &trimmed : ctx.selected()) {
        if (!GraphContract::instance().property(ctx.version, entityType, trimmed))
            return unknownProperty(ctx, trimmed, entityType);
        o->select.append(trimmed);
    }
    if (o->select.isEmpty() && entityType == EntityJson::User)
        o->select = EntityJson::defaultUserProperties();
    return std::nullopt;
}

Refusal readTop(const GraphContext &ctx, QueryOptions *o)
{
    const int maxTop = o->directory ? 999 : 1000;
    o->pageSize = o->directory ? 100 : 1000;
    if (!ctx.request->hasQuery(QStringLiteral("$top")))
        return std::nullopt;
    bool ok = false;
    const QString text = ctx.request->queryValue(QStringLiteral("$top"));
    const int top = text.toInt(&ok);
    if (!ok || top < 0)
        return badRequest(ctx,
            QStringLiteral("Invalid value '%1' for $top query option found. The $top query option requires a "
                           "non-negative integer value.")
                .arg(text));
    if (o->directory && (top < 1 || top > maxTop))
        return badRequest(
            ctx, QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.").arg(top));
    o->pageSize = qBound(1, top, maxTop);
    return std::nullopt;
}

Refusal readCount(const GraphContext &ctx, QueryOptions *o)
{
    const QString countText = ctx.request->queryValue(QStringLiteral("$count"));
    if (ctx.request->hasQuery(QStringLiteral("$count")) && countText != QLatin1String("true")
        && countText != QLatin1String("false"))
        return badRequest(ctx,
            QStringLiteral("Invalid value '%1' for $count query option found. Valid values are 'true' and 'false'.")
                .arg(countText));
    // https://learn.microsoft.com/graph/aad-advanced-queries: on directory objects, $count=true without
    // ConsistencyLevel: eventual is not an error; Graph answers 200 and leaves @odata.count out.
    o->wantCount = countText == QLatin1String("true") && (!o->directory || ctx.eventual());
    return std::nullopt;
}

// Why a comparison in $filter cannot be run on this type, as Graph words it; empty when it can.
QString filterProblem(
    const GraphContext &ctx, const QString &entityType, const QString &property, const QJsonValue &literal)
{
    const GraphContract &contract = GraphContract::instance();
    const ContractProperty *p = contract.property(ctx.version, entityType, property);
    if (!p)
        return QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
            .arg(property, entityType);
    if (p->collection || p->kind == QLatin1String("complex"))
        return QStringLiteral("Invalid filter clause: filtering on '%1' is not supported.").arg(property);
    if (p->kind == QLatin1String("enum") && literal.isString()
        && !contract.enumMembers(ctx.version, p->type).contains(literal.toString()))
        return QStringLiteral("The string '%1' is not a valid enumeration type constant.").arg(literal.toString());
    const bool stringLike = p->type == QLatin1String("Edm.String") || p->kind == QLatin1String("enum");
    if (stringLike && !literal.isString() && !literal.isNull())
        return QStringLiteral("Invalid filter clause: a value of type '%1' cannot be compared with '%2'.")
            .arg(p->type, property);
    return {};
}

Refusal readFilter(const GraphContext &ctx, const QString &entityType, QueryOptions *o)
{
    if (!ctx.request->hasQuery(QStringLiteral("$filter")))
        return std::nullopt;
    QString parseError;
    o->filter = ODataFilter::parse(ctx.request->queryValue(QStringLiteral("$filter")), &parseError);
    if (!o->filter.isValid())
        return badRequest(ctx, QStringLiteral("Invalid filter clause: %1").arg(parseError));
    const QString message = o->filter.validate([&](const QString &property, const QJsonValue &literal) {
        return filterProblem(ctx, entityType, property, literal);
    });
    if (!message.isEmpty())
        return badRequest(ctx, message);
    if (o->directory && o->filter.usesFunction(QStringLiteral("endswith")) && !(ctx.eventual() && o->wantCount))
        return unsupportedQuery(ctx, *o, QStringLiteral("Unsupported Query."));
    // Autopilot identities refuse eq and the other comparisons, even on serialNumber or id, with 400
    // (msgraph-sdk-powershell#1260, microsoft-graph-docs-contrib#3693); Microsoft's answer is
    // contains(serialNumber,'…') (microsoft-graph-docs#9357). Only contains() is served here.
    if (entityType == EntityJson::AutopilotIdentity && !o->filter.comparesOnlyWith(QStringLiteral("contains")))
        return error(
            ctx, 400, QStringLiteral("BadRequest"), QStringLiteral("An error has occurred") + intuneDiagnostics(ctx));
    return std::nullopt;
}

Refusal readSearch(const GraphContext &ctx, const QString &entityType, QueryOptions *o)
{
    if (!ctx.request->hasQuery(QStringLiteral("$search")))
        return std::nullopt;
    if (!o->directory)
        return badRequest(ctx, QStringLiteral("Query option '$search' is not supported on this collection."));
    if (!ctx.eventual())
        return unsupportedQuery(ctx, *o,
            QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                           "request header: 'ConsistencyLevel: eventual'"));
    QString message;
    if (!parseSearch(ctx.request->queryValue(QStringLiteral("$search")), &o->search, &o->searchAll, &message))
        return badRequest(ctx, message);
    for (const auto &clause : std::as_const(o->search)) {
        if (!GraphContract::instance().property(ctx.version, entityType, clause.property))
            return unknownProperty(ctx, clause.property, entityType);
    }
    return std::nullopt;
}

Refusal readOrderBy(const GraphContext &ctx, const QString &entityType, QueryOptions *o)
{
    o->orderBy = ctx.request->queryValue(QStringLiteral("$orderby")).trimmed();
    for (const auto &part : o->orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString direction = words.value(1, QStringLiteral("asc"));
        if (words.isEmpty() || words.size() > 2
            || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
            return badRequest(ctx, QStringLiteral("Invalid $orderby clause '%1'.").arg(part));
        const ContractProperty *p = GraphContract::instance().property(ctx.version, entityType, words.first());
        if (!p)
            return unknownProperty(ctx, words.first(), entityType);
        if (p->collection || p->kind == QLatin1String("complex"))
            return badRequest(
                ctx, QStringLiteral("The $orderby expression must evaluate to a single value of primitive type."));
        if (o->directory) {
            const bool sortable
                = words.first() == QLatin1String("displayName") || words.first() == QLatin1String("userPrincipalName");
            const bool advanced = ctx.eventual() && o->wantCount;
            if (!sortable || ((o->filter.isValid() || !o->search.isEmpty()) && !advanced))
                return unsupportedQuery(ctx, *o, QStringLiteral("Sorting not supported for current query."));
        }
        o->sortKeys.append({words.first(), direction == QLatin1String("desc")});
    }
    return std::nullopt;
}

// Every option, in the order Graph checks them; the first that cannot be run is the answer.
Refusal readQueryOptions(const GraphContext &ctx, const QString &entityType, QueryOptions *o)
{
    // Directory objects (users, Entra devices) page and count as Microsoft Entra ID does, not as Intune.
    o->directory = entityType == EntityJson::User || entityType == EntityJson::EntraDevice;
    if (auto refused = checkOptionNames(ctx, *o))
        return refused;
    if (auto refused = readSelect(ctx, entityType, o))
        return refused;
    if (auto refused = readTop(ctx, o))
        return refused;
    if (auto refused = readCount(ctx, o))
        return refused;
    if (auto refused = readFilter(ctx, entityType, o))
        return refused;
    if (auto refused = readSearch(ctx, entityType, o))
        return refused;
    return readOrderBy(ctx, entityType, o);
}

// The next page's address: this request's, with the position in an opaque $skiptoken.
QString nextLink(const SimRequest &request, int cursor, const QString &scopeKey, int count)
{
    QUrlQuery next = request.query;
    next.removeAllQueryItems(QStringLiteral("$skiptoken"));
    next.addQueryItem(QStringLiteral("$skiptoken"), QString::fromLatin1(encodeSkipToken(cursor, scopeKey, count)));
    QStringList encodedSegments;
    for (const auto &segment : request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        encodedSegments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment, "$()'=,@:")));
    return request.baseUrl() + QLatin1Char('/') + encodedSegments.join(QLatin1Char('/')) + QLatin1Char('?')
        + encodeGraphQuery(next);
}

// Compares two sort keys as Graph orders them: numbers and booleans by value, text without regard to case.
int compareSortValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return a.toString().compare(b.toString(), Qt::CaseInsensitive);
}

} // namespace

template<typename T>
SimResponse ODataCollection::list(const GraphContext &ctx, const QString &entityType, const QString &contextPath,
    const QVector<int> &scope, const std::function<const T *(int)> &at)
{
    QueryOptions o;
    if (auto refused = readQueryOptions(ctx, entityType, &o))
        return *refused;
    // DemoTenantOptions::syncTimeFilter: a tenant where Intune refuses or ignores a $filter on lastSyncDateTime.
    if (entityType == EntityJson::ManagedDevice && o.filter.properties().contains(QStringLiteral("lastSyncDateTime"))) {
        switch (m_tenant.options().syncTimeFilter) {
        case DemoTenantOptions::SyncTimeFilter::Refused:
            return error(ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("An error has occurred") + intuneDiagnostics(ctx));
        case DemoTenantOptions::SyncTimeFilter::Ignored:
            o.filter = {};
            break;
        case DemoTenantOptions::SyncTimeFilter::Served:
            break;
        }
    }
    const SimRequest &request = *ctx.request;

    // A scope (a user's devices) lists candidate indexes; at() still decides, so an empty one lists nothing.
    const int baseCount = scope.isEmpty() ? [&] {
        if constexpr (std::is_same_v<T, DemoDevice>)
            return int(m_tenant.devices().size());
        else if constexpr (std::is_same_v<T, DemoAutopilotIdentity>)
            return int(m_tenant.autopilotIdentities().size());
        else if constexpr (std::is_same_v<T, DemoUser>)
            return int(m_tenant.users().size());
        else if constexpr (std::is_same_v<T, DemoEntraDevice>)
            return int(m_tenant.entraDevices().size());
        else
            return int(m_tenant.partners().size());
    }() : int(scope.size());
    auto baseIndex = [&](int position) { return scope.isEmpty() ? position : scope.at(position); };

    // Ordering: natural order, or a sorted order cached while the tenant does not change.
    const QVector<int> *order = nullptr;
    if (!o.sortKeys.isEmpty()) {
        const QString cacheKey = entityType + QLatin1Char('|') + o.orderBy + QLatin1Char('|') + contextPath
            + QLatin1Char('|') + simApiVersionSegment(ctx.version);
        if (m_sortCache.key != cacheKey || m_sortCache.generation != m_tenant.generation()) {
            QVector<int> sorted(baseCount);
            QHash<int, QVector<QJsonValue>> keys;
            for (int i = 0; i < baseCount; ++i) {
                sorted[i] = baseIndex(i);
                if (const T *entity = at(sorted[i])) {
                    for (const auto &key : std::as_const(o.sortKeys))
                        keys[sorted[i]].append(EntityJson::value(*entity, ctx.version, key.property));
                }
            }
            const QVector<QJsonValue> none; // a row hidden from this collection sorts by nothing
            auto keysOf = [&](int index) -> const QVector<QJsonValue> & {
                const auto it = keys.constFind(index);
                return it == keys.constEnd() ? none : *it;
            };
            std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                const QVector<QJsonValue> &ka = keysOf(a);
                const QVector<QJsonValue> &kb = keysOf(b);
                for (int k = 0; k < o.sortKeys.size() && k < ka.size() && k < kb.size(); ++k) {
                    if (const int c = compareSortValues(ka[k], kb[k]); c != 0)
                        return o.sortKeys[k].descending ? c > 0 : c < 0;
                }
                return false;
            });
            m_sortCache = {cacheKey, m_tenant.generation(), sorted};
        }
        order = &m_sortCache.order;
    }
    auto indexAt = [&](int position) { return order ? order->at(position) : baseIndex(position); };

    auto matches = [&](const T &entity) {
        const auto lookup
            = [&entity, &ctx](const QString &property) { return EntityJson::value(entity, ctx.version, property); };
        ODataFilter::InstantLookup instants;
        if constexpr (std::is_same_v<T, DemoDevice>)
            instants = [&entity](const QString &property) { return EntityJson::instant(entity, property); };
        if (o.filter.isValid() && !o.filter.matches(lookup, instants))
            return false;
        if (o.search.isEmpty())
            return true;
        bool any = false;
        bool every = true;
        for (const auto &clause : std::as_const(o.search)) {
            const bool hit = searchMatches(lookup(clause.property).toString(), clause.term);
            any |= hit;
            every &= hit;
        }
        return o.searchAll ? every : any;
    };

    const QString scopeKey = QString::fromLatin1(
        QCryptographicHash::hash((contextPath + simApiVersionSegment(ctx.version)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    int position = 0;
    int count = -1;
    if (request.hasQuery(QStringLiteral("$skiptoken"))
        && !decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")), scopeKey, &position, &count))
        return badRequest(ctx, QStringLiteral("The $skiptoken is not valid for this request."));

    QJsonArray values;
    int cursor = position;
    for (; cursor < baseCount && values.size() < o.pageSize; ++cursor) {
        const T *entity = at(indexAt(cursor));
        if (entity && matches(*entity))
            values.append(EntityJson::render(*entity, ctx.version, entityType, o.select));
    }
    // Look ahead so the last page carries no nextLink.
    while (cursor < baseCount) {
        const T *entity = at(indexAt(cursor));
        if (entity && matches(*entity))
            break;
        ++cursor;
    }

    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
        QString(ctx.metadataBase() + contextPath
            + (request.hasQuery(QStringLiteral("$select")) ? QStringLiteral("(%1)").arg(o.select.join(QLatin1Char(',')))
                                                           : QString())));
    if (o.wantCount && count < 0) {
        count = 0;
        for (int i = 0; i < baseCount; ++i) {
            const T *entity = at(indexAt(i));
            if (entity && matches(*entity))
                ++count;
        }
    }
    if (o.wantCount)
        body.insert(QStringLiteral("@odata.count"), count);
    body.insert(QStringLiteral("value"), values);
    if (cursor < baseCount)
        body.insert(QStringLiteral("@odata.nextLink"), nextLink(request, cursor, scopeKey, o.wantCount ? count : -1));
    SimResponse response = SimResponse::json(200, body);
    response.isCollectionPage = true;
    return response;
}

template SimResponse ODataCollection::list<DemoDevice>(const GraphContext &, const QString &, const QString &,
    const QVector<int> &, const std::function<const DemoDevice *(int)> &);
template SimResponse ODataCollection::list<DemoAutopilotIdentity>(const GraphContext &, const QString &,
    const QString &, const QVector<int> &, const std::function<const DemoAutopilotIdentity *(int)> &);
template SimResponse ODataCollection::list<DemoUser>(const GraphContext &, const QString &, const QString &,
    const QVector<int> &, const std::function<const DemoUser *(int)> &);
template SimResponse ODataCollection::list<DemoPartner>(const GraphContext &, const QString &, const QString &,
    const QVector<int> &, const std::function<const DemoPartner *(int)> &);
template SimResponse ODataCollection::item<DemoDevice>(
    const GraphContext &, const QString &, const QString &, const DemoDevice &);
template SimResponse ODataCollection::item<DemoAutopilotIdentity>(
    const GraphContext &, const QString &, const QString &, const DemoAutopilotIdentity &);
template SimResponse ODataCollection::item<DemoUser>(
    const GraphContext &, const QString &, const QString &, const DemoUser &);
template SimResponse ODataCollection::list<DemoEntraDevice>(const GraphContext &, const QString &, const QString &,
    const QVector<int> &, const std::function<const DemoEntraDevice *(int)> &);
template SimResponse ODataCollection::item<DemoEntraDevice>(
    const GraphContext &, const QString &, const QString &, const DemoEntraDevice &);
template SimResponse ODataCollection::item<DemoPartner>(
    const GraphContext &, const QString &, const QString &, const DemoPartner &);
