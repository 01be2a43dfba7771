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
    ODataQuery &count(bool enabled = true);
    // The collection holds directory objects (users), where $count is an advanced query.
    ODataQuery &onDirectoryObjects(bool directory = true);

    QUrlQuery toUrlQuery() const;
    // Advanced queries on directory objects need ConsistencyLevel: eventual on every page (Graph's
    // "Advanced query capabilities on Microsoft Entra ID objects"); Intune's collections take no such header.
    bool needsEventualConsistency() const { return m_directory && m_count; }
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
    bool m_count = false;
    bool m_directory = false;
};
