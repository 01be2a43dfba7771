#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

DemoServerOptions DemoFixture::smallTenant(int devices, int users)
{
    DemoServerOptions options;
    options.tenant.seed = 4242;
    options.tenant.devices = devices;
    options.tenant.users = users;
    options.tenant.reference = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return options;
}

DemoFixture::DemoFixture(const DemoServerOptions &options)
    : m_host(std::make_unique<DemoTenantHost>(options))
{
    QSignalSpy ready(m_host.get(), &DemoTenantHost::ready);
    m_host->start();
    if (!ready.wait(120000))
        qWarning("The demo tenant did not start");
    else
        m_description = m_host->server()->describe();
}

DemoFixture::~DemoFixture() = default;

QUrl DemoFixture::graph(const QString &pathAndQuery) const
{
    return QUrl(m_host->graphUrl().toString() + pathAndQuery);
}

QUrl DemoFixture::graph(const QString &path, const QUrlQuery &query) const
{
    QUrl url = graph(path);
    url.setQuery(QString::fromUtf8(TestHttp::encodeForm(query)), QUrl::StrictMode);
    return url;
}

QUrl DemoFixture::identity(const QString &path) const
{
    return QUrl(m_host->authorityUrl().toString() + path);
}

QString DemoFixture::passwordToken(const QString &upn, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), m_description.value(QStringLiteral("publicClientId")).toString());
    form.addQueryItem(QStringLiteral("username"), upn);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    return http.postForm(identity(QStringLiteral("/oauth2/v2.0/token")), form)
        .json()
        .value(QStringLiteral("access_token"))
        .toString();
}

QString DemoFixture::adminToken()
{
    const QJsonObject account = m_description.value(QStringLiteral("accounts")).toArray().at(0).toObject();
    return passwordToken(
        account.value(QStringLiteral("upn")).toString(), account.value(QStringLiteral("password")).toString());
}

QString DemoFixture::operatorToken()
{
    const QJsonObject account = m_description.value(QStringLiteral("accounts")).toArray().at(1).toObject();
    return passwordToken(
        account.value(QStringLiteral("upn")).toString(), account.value(QStringLiteral("password")).toString());
}

QString DemoFixture::appToken()
{
    const QJsonObject app = m_description.value(QStringLiteral("appClient")).toObject();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), app.value(QStringLiteral("clientId")).toString());
    form.addQueryItem(QStringLiteral("client_secret"), app.value(QStringLiteral("clientSecret")).toString());
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    return http.postForm(identity(QStringLiteral("/oauth2/v2.0/token")), form)
        .json()
        .value(QStringLiteral("access_token"))
        .toString();
}

QStringList DemoFixture::ids(const QString &collectionPath, const QString &filter, int count)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QString::number(count));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id"));
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), filter);
    QStringList result;
    for (const auto &value : http.get(graph(collectionPath, query), TestHttp::bearer(adminToken()))
                                 .json()
                                 .value(QStringLiteral("value"))
                                 .toArray())
        result.append(value.toObject().value(QStringLiteral("id")).toString());
    return result;
}
