#pragma once

#include "demo/DemoCertificate.h"
#include "demo/DemoTenant.h"
#include "demo/DemoTokenService.h"
#include "demo/FaultPlan.h"
#include "demo/GraphSimulator.h"
#include "demo/IdentitySimulator.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

struct DemoServerOptions
{
    DemoTenantOptions tenant;
    FaultPlan faults;
    bool throttling = true; // Intune's documented limits
    double throttleScale = 1.0; // multiplies those limits
    QSet<QString> approvalRequired; // actions under Multi Admin Approval
    QString logFile; // JSON Lines request log; empty: in memory only
    int accessTokenLifetimeSeconds = 3599;
    int deviceCodeIntervalSeconds = 5;
    int clockSkewSeconds = 0; // see DemoClock
    // HTTPS instead of HTTP, with this certificate (and key), or one made for the run when it is null. Every absolute
    // URL the tenant writes then says https.
    bool tls = false;
    DemoCertificate certificate;
    QString certificatePath; // where that certificate is, when it came from a file
};

// The demo tenant on loopback: Graph under /v1.0 and /beta, Entra ID under /{tenant}/..., over real HTTP.
// Lives in one thread; the fault plan and request log may be used from any thread.
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit DemoServer(const DemoServerOptions &options, QObject *parent = nullptr);
    ~DemoServer() override;

    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl graphUrl() const; // without the version segment, e.g. http://127.0.0.1:PORT
    QUrl authorityUrl() const; // http://127.0.0.1:PORT/<tenant id>
    QString scheme() const { return m_options.tls ? QStringLiteral("https") : QStringLiteral("http"); }
    // With TLS: the certificate clients trust for this server, and a PEM file of it (for NODE_EXTRA_CA_CERTS).
    QSslCertificate certificate() const { return m_options.certificate.certificate; }
    QString certificatePath() const { return m_options.certificatePath; }
    // The description `offboard-graphsim --json` prints: URLs, tenant, demo app client and accounts.
    QJsonObject describe() const;

    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;
    QList<QJsonObject> requestLog() const;
    // The server gone: stops listening and cuts every open connection (requests on them get no answer); comeBack()
    // listens again on the same port. Call both in the server's thread (configure()).
    void goAway();
    bool comeBack();
    void clearRequestLog();

    // Runs f in the server's thread and waits for it (for tests and start-up configuration).
    void configure(const std::function<void(DemoServer &)> &f);
    DemoTenant &tenant() { return *m_tenant; }
    GraphSimulator &graph() { return *m_graph; }
    IdentitySimulator &identity() { return *m_identity; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault {
        None,
        Throttle,
        ServiceUnavailable,
        GatewayTimeout,
        Drop,
        Truncate,
        Malformed,
        BadGateway,
        ServerError
    };
    Fault drawFault(const SimRequest &request);
    Fault rollFault(bool batch);
    std::optional<int> drawItemThrottle(const QByteArray &method, const QString &path);
    void send(QTcpSocket *socket, const SimRequest &request, SimResponse response, Fault fault);
    void log(const QJsonObject &entry);
    bool setUpTls();

    DemoServerOptions m_options;
    std::unique_ptr<DemoTenant> m_tenant;
    DemoTokenService m_tokens;
    std::unique_ptr<GraphSimulator> m_graph;
    std::unique_ptr<IdentitySimulator> m_identity;
    quint16 m_port = 0;
    QString m_host;
    QTemporaryDir m_certificateDir; // holds a certificate made for the run, while the server lives

    mutable QMutex m_mutex; // guards the members below
    QHostAddress m_address;
    FaultPlan m_faults;
    QRandomGenerator m_faultRandom;
    int m_faultsInjected = 0; // since the plan was set
    QList<QJsonObject> m_log;
    QFile m_logFile;
};
