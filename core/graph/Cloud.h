#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// A Microsoft cloud: where Graph is and where its users sign in. Custom is for the demo tenant and tests.
class Cloud
{
    Q_DECLARE_TR_FUNCTIONS(Cloud)

public:
    enum class Kind { Global, UsGovernmentL4, UsGovernmentL5, China, Custom };

    Cloud() = default;
    static Cloud global();
    static Cloud usGovernmentL4();
    static Cloud usGovernmentL5();
    static Cloud china();
    static Cloud custom(const QUrl &graphBase, const QUrl &loginBase);
    static QList<Cloud> nationalClouds();
    // From the id stored in a profile ("global", "usgov-l4", "usgov-l5", "china", "custom").
    static Cloud fromId(const QString &id, const QUrl &customGraph = {}, const QUrl &customLogin = {});

    Kind kind() const { return m_kind; }
    QString id() const;
    QString displayName() const;
    QUrl graphBase() const { return m_graph; }
    QUrl loginBase() const { return m_login; }
    // The authority for a tenant (id, domain, "organizations"): loginBase/tenant.
    QUrl authority(const QString &tenant) const;
    // The resource a Graph scope is written against, e.g. https://graph.microsoft.us/ for "…/.default".
    QString graphScopeResource() const;
    QString scope(const QString &permission) const { return graphScopeResource() + permission; }

private:
    Cloud(Kind kind, const QUrl &graph, const QUrl &login)
        : m_kind(kind)
        , m_graph(graph)
        , m_login(login)
    {
    }
    Kind m_kind = Kind::Global;
    QUrl m_graph;
    QUrl m_login;
};
