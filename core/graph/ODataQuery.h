#pragma once

#include "core/graph/GraphClient.h"

#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Builds the OData query options Graph understands, with string literals quoted as OData requires.
class ODataQuery
{
public:
    ODataQuery &select(const QStringList &properties);
    ODataQuery &filter(const QString &expression);
    ODataQuery &top(int pageSize);
    ODataQuery &orderBy(const QString &expression);
    ODataQuery &count(bool enabled = true);
    // Directory $search, e.g. search("displayName", "Иван") -> $search="displayName:Иван".
    ODataQuery &search(const QString &property, const QString &term);

    QUrlQuery toUrlQuery() const;
    // $count and $search on directory objects are advanced queries: every page needs ConsistencyLevel: eventual.
    bool needsEventualConsistency() const { return m_count || !m_search.isEmpty(); }
    RequestHeaders headers() const;

    // 'text' with every ' doubled, as an OData string literal.
    static QString literal(const QString &text);
    static QString equals(const QString &property, const QString &value);
    static QString startsWith(const QString &property, const QString &prefix);
    static QString contains(const QString &property, const QString &part);

private:
    QStringList m_select;
    QString m_filter;
    int m_top = 0;
    QString m_orderBy;
    bool m_count = false;
    QString m_search;
};
