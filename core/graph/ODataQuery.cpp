#include "core/graph/ODataQuery.h"

ODataQuery &ODataQuery::select(const QStringList &properties)
{
    m_select = properties;
    return *this;
}

ODataQuery &ODataQuery::filter(const QString &expression)
{
    m_filter = expression;
    return *this;
}

ODataQuery &ODataQuery::top(int pageSize)
{
    m_top = pageSize;
    return *this;
}

ODataQuery &ODataQuery::count(bool enabled)
{
    m_count = enabled;
    return *this;
}

ODataQuery &ODataQuery::onDirectoryObjects(bool directory)
{
    m_directory = directory;
    return *this;
}

QUrlQuery ODataQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (!m_select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), m_select.join(QLatin1Char(',')));
    if (!m_filter.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), m_filter);
    if (m_top > 0)
        query.addQueryItem(QStringLiteral("$top"), QString::number(m_top));
    if (m_count)
        query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    return query;
}

RequestHeaders ODataQuery::headers() const
{
    if (needsEventualConsistency())
        return {{"ConsistencyLevel", "eventual"}};
    return {};
}

QString ODataQuery::literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ODataQuery::equals(const QString &property, const QString &value)
{
    return property + QStringLiteral(" eq ") + literal(value);
}

QString ODataQuery::startsWith(const QString &property, const QString &prefix)
{
    return QStringLiteral("startswith(%1,%2)").arg(property, literal(prefix));
}

QString ODataQuery::contains(const QString &property, const QString &part)
{
    return QStringLiteral("contains(%1,%2)").arg(property, literal(part));
}
