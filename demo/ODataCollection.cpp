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

QByteArray encodeSkipToken(int position, const QString &scopeKey)
{
    const QJsonObject token {{QStringLiteral("p"), position}, {QStringLiteral("s"), scopeKey}};
    return QJsonDocument(token)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeSkipToken(const QString &token, const QString &scopeKey, int *position)
{
    const auto raw = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*raw).object();
    if (!object.value(QStringLiteral("p")).isDouble() || object.value(QStringLiteral("s")).toString() != scopeKey)
        return false;
    *position = object.value(QStringLiteral("p")).toInt();
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
    const QString selectText = ctx.request->queryValue(QStringLiteral("$select"));
    for (const auto &name : selectText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
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

template<typename T>
SimResponse ODataCollection::list(const GraphContext &ctx, const QString &entityType, const QString &contextPath,
    const QVector<int> &scope, const std::function<const T *(int)> &at)
{
    const SimRequest &request = *ctx.request;
    const bool directory = entityType == EntityJson::User;
    const GraphContract &contract = GraphContract::instance();
    auto bad = [&](const QString &message) { return error(ctx, 400, QStringLiteral("BadRequest"), message); };
    auto unsupported = [&](const QString &message) {
        return error(
            ctx, 400, directory ? QStringLiteral("Request_UnsupportedQuery") : QStringLiteral("BadRequest"), message);
    };

    static const QStringList knownOptions
        = {QStringLiteral("$select"), QStringLiteral("$filter"), QStringLiteral("$top"), QStringLiteral("$skiptoken"),
            QStringLiteral("$orderby"), QStringLiteral("$count"), QStringLiteral("$search"), QStringLiteral("$format")};
    for (const auto &pair : request.query.queryItems(QUrl::FullyDecoded)) {
        // Directory objects: "'$skip' is not supported by the service." (https://learn.microsoft.com/graph/paging:
        // some APIs, such as users, do not support $skip).
        if (directory && pair.first == QLatin1String("$skip"))
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("'$skip' is not supported by the service."));
        if (pair.first.startsWith(QLatin1Char('$')) && !knownOptions.contains(pair.first))
            return bad(QStringLiteral("Query option '%1' is not supported on this collection.").arg(pair.first));
    }

    QStringList select;
    for (const auto &name : request.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!contract.property(ctx.version, entityType, trimmed))
            return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                           .arg(trimmed, entityType));
        select.append(trimmed);
    }
    if (select.isEmpty() && directory)
        select = EntityJson::defaultUserProperties();

    const int maxTop = directory ? 999 : 1000;
    int pageSize = directory ? 100 : 1000;
    if (request.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        const QString text = request.queryValue(QStringLiteral("$top"));
        const int top = text.toInt(&ok);
        if (!ok || top < 0)
            return bad(
                QStringLiteral("Invalid value '%1' for $top query option found. The $top query option requires a "
                               "non-negative integer value.")
                    .arg(text));
        if (directory && (top < 1 || top > maxTop))
            return bad(
                QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.").arg(top));
        pageSize = qBound(1, top, maxTop);
    }

    const QString countText = request.queryValue(QStringLiteral("$count"));
    if (request.hasQuery(QStringLiteral("$count")) && countText != QLatin1String("true")
        && countText != QLatin1String("false"))
        return bad(
            QStringLiteral("Invalid value '%1' for $count query option found. Valid values are 'true' and 'false'.")
                .arg(countText));
    // https://learn.microsoft.com/graph/aad-advanced-queries: on directory objects, $count=true without
    // ConsistencyLevel: eventual is not an error; Graph answers 200 and leaves @odata.count out.
    const bool wantCount = countText == QLatin1String("true") && (!directory || ctx.eventual());

    auto lookupFor = [&](const T &entity) {
        return [&entity, &ctx](const QString &property) { return EntityJson::value(entity, ctx.version, property); };
    };

    ODataFilter filter;
    if (request.hasQuery(QStringLiteral("$filter"))) {
        QString parseError;
        filter = ODataFilter::parse(request.queryValue(QStringLiteral("$filter")), &parseError);
        if (!filter.isValid())
            return bad(QStringLiteral("Invalid filter clause: %1").arg(parseError));
        const QString message = filter.validate([&](const QString &property, const QJsonValue &literal) -> QString {
            const ContractProperty *p = contract.property(ctx.version, entityType, property);
            if (!p)
                return QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                    .arg(property, entityType);
            if (p->collection || p->kind == QLatin1String("complex"))
                return QStringLiteral("Invalid filter clause: filtering on '%1' is not supported.").arg(property);
            if (p->kind == QLatin1String("enum") && literal.isString()
                && !contract.enumMembers(ctx.version, p->type).contains(literal.toString()))
                return QStringLiteral("The string '%1' is not a valid enumeration type constant.")
                    .arg(literal.toString());
            const bool stringLike = p->type == QLatin1String("Edm.String") || p->kind == QLatin1String("enum");
            if (stringLike && !literal.isString() && !literal.isNull())
                return QStringLiteral("Invalid filter clause: a value of type '%1' cannot be compared with '%2'.")
                    .arg(p->type, property);
            return {};
        });
        if (!message.isEmpty())
            return bad(message);
        if (directory && filter.usesFunction(QStringLiteral("endswith")) && !(ctx.eventual() && wantCount))
            return unsupported(QStringLiteral("Unsupported Query."));
        // Autopilot identities refuse eq and the other comparisons, even on serialNumber or id, with 400
        // (msgraph-sdk-powershell#1260, microsoft-graph-docs-contrib#3693); Microsoft's answer is
        // contains(serialNumber,'…') (microsoft-graph-docs#9357). Only contains() is served here.
        if (entityType == EntityJson::AutopilotIdentity && !filter.comparesOnlyWith(QStringLiteral("contains")))
            return error(ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("An error has occurred") + intuneDiagnostics(ctx));
    }

    QList<SearchClause> search;
    bool searchAll = false;
    if (request.hasQuery(QStringLiteral("$search"))) {
        if (!directory)
            return bad(QStringLiteral("Query option '$search' is not supported on this collection."));
        if (!ctx.eventual())
            return unsupported(
                QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                               "request header: 'ConsistencyLevel: eventual'"));
        QString message;
        if (!parseSearch(request.queryValue(QStringLiteral("$search")), &search, &searchAll, &message))
            return bad(message);
        for (const auto &clause : search) {
            if (!contract.property(ctx.version, entityType, clause.property))
                return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                               .arg(clause.property, entityType));
        }
    }

    struct SortKey
    {
        QString property;
        bool descending;
    };
    QList<SortKey> sortKeys;
    const QString orderBy = request.queryValue(QStringLiteral("$orderby")).trimmed();
    for (const auto &part : orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString direction = words.value(1, QStringLiteral("asc"));
        if (words.isEmpty() || words.size() > 2
            || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
            return bad(QStringLiteral("Invalid $orderby clause '%1'.").arg(part));
        const ContractProperty *p = contract.property(ctx.version, entityType, words.first());
        if (!p)
            return bad(QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                           .arg(words.first(), entityType));
        if (p->collection || p->kind == QLatin1String("complex"))
            return bad(QStringLiteral("The $orderby expression must evaluate to a single value of primitive type."));
        if (directory) {
            const bool sortable
                = words.first() == QLatin1String("displayName") || words.first() == QLatin1String("userPrincipalName");
            const bool advanced = ctx.eventual() && wantCount;
            if (!sortable || ((filter.isValid() || !search.isEmpty()) && !advanced))
                return unsupported(QStringLiteral("Sorting not supported for current query."));
        }
        sortKeys.append({words.first(), direction == QLatin1String("desc")});
    }

    // A scope (a user's devices) lists candidate indexes; inScope() still decides, so an empty one lists nothing.
    const int baseCount = scope.isEmpty() ? [&] {
        if constexpr (std::is_same_v<T, DemoDevice>)
            return int(m_tenant.devices().size());
        else if constexpr (std::is_same_v<T, DemoAutopilotIdentity>)
            return int(m_tenant.autopilotIdentities().size());
        else if constexpr (std::is_same_v<T, DemoUser>)
            return int(m_tenant.users().size());
        else
            return int(m_tenant.partners().size());
    }() : int(scope.size());
    auto baseIndex = [&](int position) { return scope.isEmpty() ? position : scope.at(position); };

    // Ordering: natural order, or a sorted order cached while the tenant does not change.
    QVector<int> sorted;
    const QVector<int> *order = nullptr;
    if (!sortKeys.isEmpty()) {
        const QString cacheKey = entityType + QLatin1Char('|') + orderBy + QLatin1Char('|') + contextPath
            + QLatin1Char('|') + simApiVersionSegment(ctx.version);
        if (m_sortCache.key != cacheKey || m_sortCache.generation != m_tenant.generation()) {
            sorted.resize(baseCount);
            for (int i = 0; i < baseCount; ++i)
                sorted[i] = baseIndex(i);
            QVector<QVector<QJsonValue>> keys(baseCount);
            QHash<int, int> slot;
            for (int i = 0; i < baseCount; ++i) {
                slot.insert(sorted[i], i);
                if (const T *entity = at(sorted[i])) {
                    for (const auto &key : sortKeys)
                        keys[i].append(EntityJson::value(*entity, ctx.version, key.property));
                }
            }
            std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                const auto &ka = keys[slot.value(a)];
                const auto &kb = keys[slot.value(b)];
                for (int k = 0; k < sortKeys.size() && k < ka.size() && k < kb.size(); ++k) {
                    const QJsonValue &va = ka[k];
                    const QJsonValue &vb = kb[k];
                    int c = 0;
                    if (va.isDouble() && vb.isDouble())
                        c = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
                    else if (va.isBool() && vb.isBool())
                        c = int(va.toBool()) - int(vb.toBool());
                    else
                        c = va.toString().compare(vb.toString(), Qt::CaseInsensitive);
                    if (c != 0)
                        return sortKeys[k].descending ? c > 0 : c < 0;
                }
                return false;
            });
            m_sortCache = {cacheKey, m_tenant.generation(), sorted};
        }
        order = &m_sortCache.order;
    }
    auto indexAt = [&](int position) { return order ? order->at(position) : baseIndex(position); };

    auto matches = [&](const T &entity) {
        const auto lookup = lookupFor(entity);
        if (filter.isValid() && !filter.matches(lookup))
            return false;
        if (search.isEmpty())
            return true;
        bool any = false;
        bool every = true;
        for (const auto &clause : search) {
            const bool hit = searchMatches(lookup(clause.property).toString(), clause.term);
            any |= hit;
            every &= hit;
        }
        return searchAll ? every : any;
    };

    const QString scopeKey = QString::fromLatin1(
        QCryptographicHash::hash((contextPath + simApiVersionSegment(ctx.version)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    int position = 0;
    if (request.hasQuery(QStringLiteral("$skiptoken"))
        && !decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")), scopeKey, &position))
        return bad(QStringLiteral("The $skiptoken is not valid for this request."));

    QJsonArray values;
    int cursor = position;
    for (; cursor < baseCount && values.size() < pageSize; ++cursor) {
        const T *entity = at(indexAt(cursor));
        if (entity && matches(*entity))
            values.append(EntityJson::render(*entity, ctx.version, entityType, select));
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
            + (request.hasQuery(QStringLiteral("$select")) ? QStringLiteral("(%1)").arg(select.join(QLatin1Char(',')))
                                                           : QString())));
    if (wantCount) {
        int count = 0;
        for (int i = 0; i < baseCount; ++i) {
            const T *entity = at(indexAt(i));
            if (entity && matches(*entity))
                ++count;
        }
        body.insert(QStringLiteral("@odata.count"), count);
    }
    body.insert(QStringLiteral("value"), values);
    if (cursor < baseCount) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::fromLatin1(encodeSkipToken(cursor, scopeKey)));
        QStringList encodedSegments;
        for (const auto &segment : request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            encodedSegments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment, "$()'=,@:")));
        body.insert(QStringLiteral("@odata.nextLink"),
            QString(request.baseUrl() + QLatin1Char('/') + encodedSegments.join(QLatin1Char('/')) + QLatin1Char('?')
                + encodeGraphQuery(next)));
    }
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
template SimResponse ODataCollection::item<DemoPartner>(
    const GraphContext &, const QString &, const QString &, const DemoPartner &);
