// The demo tenant's side: any request a client could send it, as "METHOD /path?query", header lines, a blank line
// and the body. Graph paths (/v1.0, /beta: OData $filter, $select, $orderby, $search, $skiptoken, $batch bodies,
// the five actions) go to the Graph simulator with a valid token, everything else to the sign-in simulator.
#include "demo/DemoTenant.h"
#include "demo/DemoTokenService.h"
#include "demo/GraphSimulator.h"
#include "demo/IdentitySimulator.h"
#include "demo/ODataFilter.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Demo
{
    DemoTenant tenant {[] {
        DemoTenantOptions options;
        options.devices = 40;
        options.users = 20;
        options.reference = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        options.autopilotDeletionSeconds = 0;
        return options;
    }()};
    DemoTokenService tokens;
    GraphSimulator graph {tenant, tokens};
    IdentitySimulator identity {tenant, tokens};
    QByteArray bearer;

    Demo()
    {
        graph.throttle().setEnabled(false);
        SimRequest signIn;
        signIn.method = "POST";
        signIn.path = QStringLiteral("/%1/oauth2/v2.0/token").arg(QLatin1String(DemoTenant::TenantId));
        signIn.host = QStringLiteral("127.0.0.1:1");
        signIn.headers.insert("content-type", "application/x-www-form-urlencoded");
        signIn.body = "grant_type=client_credentials&client_id=" + tenant.appClient().clientId.toUtf8()
            + "&client_secret=" + QUrl::toPercentEncoding(tenant.appClient().clientSecret)
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default";
        const QJsonObject answer = QJsonDocument::fromJson(identity.handle(signIn).body).object();
        bearer = "Bearer " + answer.value(QStringLiteral("access_token")).toString().toUtf8();
    }
};

SimRequest requestFrom(const QByteArray &input, const QByteArray &bearer)
{
    SimRequest request;
    request.host = QStringLiteral("127.0.0.1:1");
    request.requestId = QStringLiteral("fuzz");
    const qsizetype blank = input.indexOf("\n\n");
    const QList<QByteArray> head = (blank < 0 ? input : input.left(blank)).split('\n');
    request.body = blank < 0 ? QByteArray() : input.mid(blank + 2);
    const QList<QByteArray> requestLine = head.value(0).split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromUtf8(requestLine.value(1)));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    request.headers.insert("authorization", bearer);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype colon = head.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(head.at(i).left(colon).trimmed().toLower(), head.at(i).mid(colon + 1).trimmed());
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Demo demo;
    const QByteArray input = fuzzBytes(data, size);
    QString error;
    const ODataFilter filter = ODataFilter::parse(QString::fromUtf8(input), &error);
    if (filter.isValid())
        (void)filter.matches([](const QString &) { return QJsonValue(QStringLiteral("2026-11-01T00:00:00Z")); });
    const SimRequest request = requestFrom(input, demo.bearer);
    const bool graph
        = request.path.startsWith(QLatin1String("/v1.0")) || request.path.startsWith(QLatin1String("/beta"));
    const SimResponse response = graph ? demo.graph.handle(request) : demo.identity.handle(request);
    if (response.status < 100 || response.status > 599)
        __builtin_trap();
    return 0;
}
