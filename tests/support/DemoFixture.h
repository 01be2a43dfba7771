#pragma once

#include "demo/DemoTenantHost.h"
#include "tests/support/TestHttp.h"

#include <QJsonObject>
#include <QUrl>

#include <memory>

// A demo tenant in its own thread on a free loopback port, plus the ways a test signs in to it.
class DemoFixture
{
public:
    static DemoServerOptions smallTenant(int devices = 300, int users = 60);
    // A tenant whose administrator consented only Offboard's read permissions, and where nobody else may consent.
    static DemoServerOptions readConsentOnly(DemoServerOptions options)
    {
        options.tenant.consent = DemoTenantOptions::Consent::ReadOnly;
        return options;
    }

    DemoFixture()
        : DemoFixture(smallTenant())
    {
    }
    explicit DemoFixture(const DemoServerOptions &options);
    ~DemoFixture();

    bool isReady() const { return m_host && m_host->isReady(); }
    DemoServer *server() const { return m_host->server(); }
    QUrl graph(const QString &pathAndQuery) const; // e.g. "/v1.0/users?$top=5"
    QUrl identity(const QString &path) const; // relative to the authority, e.g. "/oauth2/v2.0/token"
    QUrl graph(const QString &path, const QUrlQuery &query) const;
    QJsonObject description() const { return m_description; }

    QString adminToken();
    QString operatorToken();
    QString appToken();
    QString passwordToken(const QString &upn, const QString &password);

    // The ids of the first `count` items of a collection (optionally filtered) as Graph lists them.
    QStringList ids(const QString &collectionPath, const QString &filter, int count);
    QString firstId(const QString &collectionPath, const QString &filter = {})
    {
        return ids(collectionPath, filter, 1).value(0);
    }

    TestHttp http;

private:
    std::unique_ptr<DemoTenantHost> m_host;
    QJsonObject m_description;
};
