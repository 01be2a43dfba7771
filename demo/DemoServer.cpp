#include "demo/DemoServer.h"

#include "demo/DemoClock.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace SimHttp;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

QByteArray httpDate()
{
    return QLocale::c().toString(DemoClock::nowUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

const char *faultName(int fault)
{
    static const char *names[] = {"", "throttle", "serviceUnavailable", "gatewayTimeout", "drop", "truncate",
        "malformed", "badGateway", "serverError"};
    return names[fault];
}

void redirectNextLink(SimResponse *response, const QString &base)
{
    QJsonObject page = QJsonDocument::fromJson(response->body).object();
    const QUrl next(page.value(QStringLiteral("@odata.nextLink")).toString());
    if (next.isEmpty())
        return;
    const QUrl target(base);
    QUrl moved = next;
    moved.setScheme(target.scheme());
    moved.setHost(target.host());
    moved.setPort(target.port());
    page.insert(QStringLiteral("@odata.nextLink"), moved.toString(QUrl::FullyEncoded));
    response->body = QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace

DemoServer::DemoServer(const DemoServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_tenant(std::make_unique<DemoTenant>(options.tenant))
    , m_graph(std::make_unique<GraphSimulator>(*m_tenant, m_tokens))
    , m_identity(std::make_unique<IdentitySimulator>(*m_tenant, m_tokens))
    , m_faults(options.faults)
    , m_faultRandom(options.faults.seed)
{
    DemoClock::setSkewSeconds(options.clockSkewSeconds);
    m_graph->throttle().setEnabled(options.throttling);
    m_graph->throttle().setScale(options.throttleScale);
    m_graph->setApprovalRequired(options.approvalRequired);
    m_graph->setItemFault(
        [this](const QByteArray &method, const QString &path) { return drawItemThrottle(method, path); });
    m_graph->setItemLog([this](const QByteArray &method, const QString &url, int status, const QString &batchId) {
        const int question = url.indexOf(QLatin1Char('?'));
        log({{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), question < 0 ? url : url.left(question)},
            {QStringLiteral("query"), question < 0 ? QString() : url.mid(question + 1)},
            {QStringLiteral("status"), status}, {QStringLiteral("batch"), batchId}});
    });
    m_identity->setAccessTokenLifetime(options.accessTokenLifetimeSeconds);
    m_identity->setDeviceCodeInterval(options.deviceCodeIntervalSeconds);
    if (!options.logFile.isEmpty()) {
        m_logFile.setFileName(options.logFile);
        if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            qWarning("Cannot open the request log %s", qPrintable(options.logFile));
    }
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(const QHostAddress &address, quint16 port)
{
    if (m_options.tls && !setUpTls())
        return false;
    m_port = listen(address, port);
    m_address = address;
    const QString host = address == QHostAddress::LocalHostIPv6 ? QStringLiteral("[::1]") : address.toString();
    m_host = host + QLatin1Char(':') + QString::number(m_port);
    return m_port != 0;
}

bool DemoServer::setUpTls()
{
    if (m_options.certificate.isNull())
        m_options.certificate = DemoCertificate::generate();
    if (m_options.certificate.isNull())
        return false;
    if (m_options.certificatePath.isEmpty()) {
        if (!m_certificateDir.isValid())
            return false;
        QFile file(m_certificateDir.filePath(QStringLiteral("demo-tenant.crt")));
        if (!file.open(QIODevice::WriteOnly) || file.write(m_options.certificate.certificate.toPem()) < 0)
            return false;
        m_options.certificatePath = file.fileName();
    }
    sslSetup(m_options.certificate.certificate, m_options.certificate.privateKey, QSsl::TlsV1_2OrLater);
    return true;
}

void DemoServer::goAway()
{
    for (QTcpServer *server : servers()) {
        server->close();
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

bool DemoServer::comeBack()
{
    const QList<QTcpServer *> all = servers();
    return !all.isEmpty() && all.first()->listen(m_address, m_port);
}

QUrl DemoServer::graphUrl() const
{
    return QUrl(scheme() + QStringLiteral("://") + m_host);
}

QUrl DemoServer::authorityUrl() const
{
    return QUrl(graphUrl().toString() + QLatin1Char('/') + QLatin1String(DemoTenant::TenantId));
}

QJsonObject DemoServer::describe() const
{
    QJsonArray accounts;
    for (const auto &account : m_tenant->accounts())
        accounts.append(QJsonObject {{QStringLiteral("upn"), account.userPrincipalName},
            {QStringLiteral("password"), account.password}, {QStringLiteral("role"), account.role}});
    const DemoAppClient &app = m_tenant->appClient();
    return {{QStringLiteral("graphUrl"), graphUrl().toString()},
        {QStringLiteral("authorityUrl"), authorityUrl().toString()},
        {QStringLiteral("tenantId"), QLatin1String(DemoTenant::TenantId)},
        {QStringLiteral("tenantDomain"), QLatin1String(DemoTenant::TenantDomain)},
        {QStringLiteral("publicClientId"), QLatin1String(DemoTenant::PublicClientId)},
        {QStringLiteral("appClient"),
            QJsonObject {
                {QStringLiteral("clientId"), app.clientId}, {QStringLiteral("clientSecret"), app.clientSecret}}},
        {QStringLiteral("accounts"), accounts}, {QStringLiteral("devices"), m_tenant->deviceCount()},
        {QStringLiteral("caCertificate"), m_options.tls ? m_options.certificatePath : QString()}};
}

void DemoServer::setFaultPlan(const FaultPlan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_faults = plan;
    m_faultRandom.seed(plan.seed);
    m_faultsInjected = 0;
}

FaultPlan DemoServer::faultPlan() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

QList<QJsonObject> DemoServer::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void DemoServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

void DemoServer::configure(const std::function<void(DemoServer &)> &f)
{
    if (QThread::currentThread() == thread())
        f(*this);
    else
        QMetaObject::invokeMethod(
            this, [this, &f] { f(*this); }, Qt::BlockingQueuedConnection);
}

void DemoServer::log(const QJsonObject &entry)
{
    QMutexLocker lock(&m_mutex);
    m_log.append(entry);
    if (m_logFile.isOpen()) {
        m_logFile.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        m_logFile.flush();
    }
}

DemoServer::Fault DemoServer::drawFault(const SimRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const bool calmAgain = m_faults.maxFaults >= 0 && m_faultsInjected >= m_faults.maxFaults;
    if (calmAgain || !m_faults.appliesTo(request.method, request.path))
        return Fault::None;
    const Fault fault = rollFault(request.path.endsWith(QLatin1String("/$batch")));
    m_faultsInjected += fault == Fault::None ? 0 : 1;
    return fault;
}

// With m_mutex held.
DemoServer::Fault DemoServer::rollFault(bool batch)
{
    const double roll = m_faultRandom.generateDouble();
    double edge = batch ? 0 : m_faults.throttleRate; // inside a batch, throttling hits each request instead
    if (roll < edge)
        return Fault::Throttle;
    if (roll < (edge += m_faults.serviceUnavailableRate))
        return Fault::ServiceUnavailable;
    if (roll < (edge += m_faults.gatewayTimeoutRate))
        return Fault::GatewayTimeout;
    if (roll < (edge += m_faults.dropRate))
        return Fault::Drop;
    if (roll < (edge += m_faults.truncateRate))
        return Fault::Truncate;
    if (roll < (edge += m_faults.malformedRate))
        return Fault::Malformed;
    if (roll < (edge += m_faults.badGatewayRate))
        return Fault::BadGateway;
    if (roll < (edge += m_faults.serverErrorRate))
        return Fault::ServerError;
    return Fault::None;
}

std::optional<int> DemoServer::drawItemThrottle(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (m_faults.throttleRate <= 0 || !m_faults.appliesTo(method, path))
        return std::nullopt;
    if (m_faultRandom.generateDouble() < m_faults.throttleRate)
        return m_faults.retryAfterSeconds;
    return std::nullopt;
}

bool DemoServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SimRequest request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.query = parseFormEncoded(url.query(QUrl::FullyEncoded).toUtf8());
    for (const auto &header : httpRequest.headers())
        request.headers.insert(header.first.toLower(), header.second);
    request.body = httpRequest.body();
    request.scheme = scheme();
    request.host = QString::fromLatin1(request.header("host"));
    if (request.host.isEmpty())
        request.host = m_host;
    request.requestId = newGuid();

    // Graph's first segment is its version (v1.0, beta, or an unknown one Graph refuses); Entra ID's is a tenant.
    static const QRegularExpression graphPath(QStringLiteral("^/(v\\d+\\.\\d+|beta)(/|$)"));
    const bool isGraph = graphPath.match(request.path).hasMatch();
    const Fault fault = isGraph ? drawFault(request) : Fault::None;
    SimResponse response;
    switch (fault) {
    case Fault::Throttle:
    case Fault::ServiceUnavailable: {
        const bool throttled = fault == Fault::Throttle;
        response = graphErrorResponse(request, throttled ? 429 : 503,
            throttled ? QStringLiteral("TooManyRequests") : QStringLiteral("ServiceUnavailable"),
            throttled ? QStringLiteral("Too many requests.")
                      : QStringLiteral("The service is temporarily unavailable. Retry later."));
        response.setHeader("Retry-After", QByteArray::number(faultPlan().retryAfterSeconds));
        break;
    }
    case Fault::ServerError:
        response = graphErrorResponse(
            request, 500, QStringLiteral("InternalServerError"), QStringLiteral("An internal server error occurred."));
        break;
    case Fault::GatewayTimeout:
        response = graphErrorResponse(request, 504, QStringLiteral("GatewayTimeout"),
            QStringLiteral("The gateway did not receive a response in time."));
        break;
    case Fault::BadGateway:
        m_graph->handle(request); // carried out; only the answer is lost
        response = graphErrorResponse(request, 502, QStringLiteral("BadGateway"), QStringLiteral("Bad gateway."));
        break;
    default:
        response = isGraph ? m_graph->handle(request) : m_identity->handle(request);
        break;
    }
    send(socket, request, std::move(response), fault);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

void DemoServer::send(QTcpSocket *socket, const SimRequest &request, SimResponse response, Fault fault)
{
    const FaultPlan plan = faultPlan();
    const bool applies = plan.appliesTo(request.method, request.path);
    const int delay = applies ? plan.latencyMs + (response.isCollectionPage ? plan.pageLatencyMs : 0) : 0;

    const QByteArray clientRequestId = request.header("client-request-id");
    response.setHeader("request-id", request.requestId.toLatin1());
    response.setHeader("client-request-id", clientRequestId.isEmpty() ? request.requestId.toLatin1() : clientRequestId);
    response.setHeader("x-ms-ag-diagnostic", R"({"ServerInfo":{"DataCenter":"Offboard Demo","Slice":"E","Ring":"0"}})");
    response.setHeader("Date", httpDate());
    if (applies && response.isCollectionPage && !plan.nextLinkBase.isEmpty())
        redirectNextLink(&response, plan.nextLinkBase);
    if (fault == Fault::Malformed && !response.body.isEmpty())
        response.body = response.body.left(response.body.size() / 2) + "}{\"";

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Cache-Control: no-cache\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";

    log({{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)}, {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
        {QStringLiteral("status"), fault == Fault::Drop ? 0 : response.status},
        {QStringLiteral("requestId"), request.requestId},
        {QStringLiteral("clientRequestId"), QString::fromLatin1(clientRequestId)},
        {QStringLiteral("fault"), QLatin1String(faultName(int(fault)))}});

    QPointer<QTcpSocket> guard(socket);
    const int slowBody = applies && response.isCollectionPage ? plan.slowBodyMs : 0;
    auto write = [guard, head, body = response.body, fault, slowBody] {
        if (!guard)
            return;
        if (fault == Fault::Drop) {
            guard->abort();
            return;
        }
        guard->write(head);
        if (fault == Fault::Truncate) {
            guard->write(body.left(body.size() / 2));
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        if (slowBody > 0 && body.size() > 4096) {
            guard->write(body.left(4096));
            guard->flush();
            QTimer::singleShot(slowBody, guard, [guard, rest = body.mid(4096)] {
                if (guard)
                    guard->write(rest);
            });
            return;
        }
        guard->write(body);
    };
    if (delay > 0)
        QTimer::singleShot(delay, socket, write);
    else
        write();
}
