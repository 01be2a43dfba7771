#include "demo/GraphContext.h"

#include <algorithm>

QString encodeGraphQuery(const QUrlQuery &query)
{
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    return encoded;
}

bool GraphCaller::allows(const QStringList &anyOf) const
{
    return std::any_of(anyOf.begin(), anyOf.end(), [&](const QString &p) { return permissions.contains(p); });
}

bool GraphCaller::roleAllows(const QStringList &anyOf) const
{
    return !role || std::any_of(anyOf.begin(), anyOf.end(), [&](const QString &p) { return role->contains(p); });
}

bool GraphCaller::holdsDirectoryRole(const QStringList &anyOf) const
{
    return !directoryRoles
        || std::any_of(anyOf.begin(), anyOf.end(), [&](const QString &r) { return directoryRoles->contains(r); });
}

QStringList GraphContext::selected() const
{
    QStringList names;
    for (const QString &name :
        request->queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

QString GraphContext::url() const
{
    return request->baseUrl() + request->path
        + (request->query.isEmpty() ? QString() : QLatin1Char('?') + encodeGraphQuery(request->query));
}

QString GraphContext::metadataBase() const
{
    return request->baseUrl() + QLatin1Char('/') + simApiVersionSegment(version) + QStringLiteral("/$metadata#");
}

bool GraphContext::eventual() const
{
    return request->header("consistencylevel").compare("eventual", Qt::CaseInsensitive) == 0;
}
