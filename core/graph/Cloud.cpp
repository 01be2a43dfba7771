#include "core/graph/Cloud.h"

Cloud Cloud::global()
{
    return {Kind::Global, QUrl(QStringLiteral("https://graph.microsoft.com")),
        QUrl(QStringLiteral("https://login.microsoftonline.com"))};
}

Cloud Cloud::usGovernmentL4()
{
    return {Kind::UsGovernmentL4, QUrl(QStringLiteral("https://graph.microsoft.us")),
        QUrl(QStringLiteral("https://login.microsoftonline.us"))};
}

Cloud Cloud::usGovernmentL5()
{
    return {Kind::UsGovernmentL5, QUrl(QStringLiteral("https://dod-graph.microsoft.us")),
        QUrl(QStringLiteral("https://login.microsoftonline.us"))};
}

Cloud Cloud::china()
{
    // The Graph docs and MSAL use login.chinacloudapi.cn; newer Entra docs name login.partner.microsoftonline.cn,
    // which serves the same tenants.
    return {Kind::China, QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn")),
        QUrl(QStringLiteral("https://login.chinacloudapi.cn"))};
}

Cloud Cloud::custom(const QUrl &graphBase, const QUrl &loginBase)
{
    return {Kind::Custom, graphBase, loginBase};
}

QList<Cloud> Cloud::nationalClouds()
{
    return {global(), usGovernmentL4(), usGovernmentL5(), china()};
}

Cloud Cloud::fromId(const QString &id, const QUrl &customGraph, const QUrl &customLogin)
{
    for (const Cloud &cloud : nationalClouds()) {
        if (cloud.id() == id)
            return cloud;
    }
    if (id == QLatin1String("custom") && customGraph.isValid() && customLogin.isValid())
        return custom(customGraph, customLogin);
    return global();
}

QString Cloud::id() const
{
    switch (m_kind) {
    case Kind::Global:
        return QStringLiteral("global");
    case Kind::UsGovernmentL4:
        return QStringLiteral("usgov-l4");
    case Kind::UsGovernmentL5:
        return QStringLiteral("usgov-l5");
    case Kind::China:
        return QStringLiteral("china");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("global");
}

QString Cloud::displayName() const
{
    switch (m_kind) {
    case Kind::Global:
        return tr("Microsoft global cloud");
    case Kind::UsGovernmentL4:
        return tr("US Government L4");
    case Kind::UsGovernmentL5:
        return tr("US Government L5 (DoD)");
    case Kind::China:
        return tr("China (operated by 21Vianet)");
    case Kind::Custom:
        return tr("Custom (%1)").arg(m_graph.host());
    }
    return {};
}

QUrl Cloud::authority(const QString &tenant) const
{
    QUrl url = m_login;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant);
    return url;
}

QString Cloud::graphScopeResource() const
{
    // A custom endpoint (the demo tenant) stands in for the global cloud and accepts its scopes.
    if (m_kind == Kind::Custom)
        return QStringLiteral("https://graph.microsoft.com/");
    return m_graph.toString(QUrl::StripTrailingSlash) + QLatin1Char('/');
}
