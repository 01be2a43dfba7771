#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/actions/UserDevicesLookup.h"
#include "core/auth/ClientSecretSignIn.h"
#include "core/auth/ConnectionProfile.h"
#include "core/graph/PageLoader.h"
#include "core/graph/PartitionedLoader.h"
#include "core/journal/Journal.h"
#include "core/platform/PrivateMemory.h"
#include "tests/support/DemoGraphClient.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// A listener on loopback that must never be reached: it counts connections and keeps what arrives (a token would
// arrive in an Authorization header).
class Trap : public QTcpServer
{
public:
    Trap()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
            }
        });
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int connections = 0;
    QByteArray received;
};

// A server on loopback that answers every request with a redirect to the trap.
class Redirector : public QTcpServer
{
public:
    explicit Redirector(const QString &to)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this, to] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, to] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + to.toLatin1()
                        + "/v1.0/users\r\nContent-Length: 0\r\n\r\n");
                });
            }
        });
    }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
};

} // namespace

// What Offboard never does, proven with the demo tenant's request log, listeners that must stay untouched, and file
// and process scans: a crafted id never reaches another endpoint; a token never goes to another host, over plain
// HTTP, after a redirect, or to a custom cloud without TLS; a certificate that does not verify is never accepted;
// the process keeps its memory out of core dumps and takes no secret on its command line.
class TestSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    QTemporaryDir dir;

    bool runToEnd(ActionRunner &runner, const QString &action, const QList<ActionTarget> &targets)
    {
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.run(*ActionCatalog::find(action), targets);
        return finished.size() == 1 || finished.wait(60000);
    }

    static QStringList hostileIds()
    {
        return {QStringLiteral("../../users"), QStringLiteral("a/b"),
            QStringLiteral("00000000-0000-0000-0000-000000000000/../../users"), QStringLiteral("x?$top=999"),
            QStringLiteral("x#fragment"), QStringLiteral("100%25"), QStringLiteral("%2e%2e%2fusers"),
            QStringLiteral("with space"), QStringLiteral("Ноутбук-Бухгалтерия"), QStringLiteral("..")};
    }
    // Accepted as user principal names (Graph allows these characters in one), so they are sent, each as one
    // percent-encoded path segment.
    static QStringList oddButValidUpns()
    {
        return {QStringLiteral("o'brien#1@contoso.com"), QStringLiteral("..@contoso.com"),
            QStringLiteral("анна.иванова@контора.рф"), QStringLiteral("a+b&c=d;e@contoso.com")};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ActionResult>();
        qRegisterMetaType<GraphError>();
        qRegisterMetaType<GraphResponse>();
        qRegisterMetaType<SignInResult>();
        DemoServerOptions options = DemoFixture::smallTenant(300, 60);
        options.throttling = false;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
    }
    void init() { demo->server()->clearRequestLog(); }
    void cleanup() { demo->server()->setFaultPlan({}); }

    // Every action, alone and in $batch: an id that is not a GUID (or, for users, a plain UPN) is refused before
    // anything leaves; the request log stays empty.
    void hostileIdsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("action");
        for (const auto &action :
            {"retire", "deprovision", "removeAllDevicesFromManagement", "disconnect", "unassignUserFromDevice"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void hostileIdsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, action);
        QList<ActionTarget> targets;
        for (const QString &id : hostileIds())
            targets.append({id, QStringLiteral("hostile"), {}});
        Journal journal(dir.filePath(QStringLiteral("hostile.jsonl")));
        ActionRunner runner(&graph->client, &journal, AccessToken::fromJwt(graph->token));
        QVERIFY(runToEnd(runner, action, targets.mid(0, 1))); // alone
        QVERIFY(runToEnd(runner, action, targets)); // in bulk
        for (const ActionResult &r : runner.results()) {
            QCOMPARE(r.status, ActionResult::Status::Failed);
            QVERIFY(r.error.message.contains(QLatin1String("nothing was sent")));
        }
        QCOMPARE(demo->server()->requestLog().size(), 0);
    }

    // User principal names with characters that mean something in a URL reach exactly
    // /users/{that UPN}/removeAllDevicesFromManagement, alone and in $batch, and the lookup of a user's devices
    // exactly /users/{that UPN}/managedDevices: nothing else is asked for.
    void oddUserPrincipalNamesReachOnlyTheirOwnEndpoint()
    {
        QList<ActionTarget> users;
        for (const QString &upn : oddButValidUpns())
            users.append({upn, QStringLiteral("odd"), {}});
        Journal journal(dir.filePath(QStringLiteral("odd.jsonl")));
        ActionRunner runner(&graph->client, &journal, AccessToken::fromJwt(graph->token));
        QVERIFY(runToEnd(runner, QStringLiteral("removeAllDevicesFromManagement"), users.mid(0, 1)));
        QVERIFY(runToEnd(runner, QStringLiteral("removeAllDevicesFromManagement"), users));
        for (const ActionTarget &user : users) { // a lookup stops at its first failure (these users do not exist)
            UserDevicesLookup lookup(&graph->client, {user});
            QSignalSpy failed(&lookup, &UserDevicesLookup::failed);
            lookup.start();
            QVERIFY(QTest::qWaitFor([&] { return lookup.isFinished() || !failed.isEmpty(); }, 30000));
        }

        QSet<QString> allowed {QStringLiteral("/v1.0/$batch")};
        for (const QString &upn : oddButValidUpns()) {
            allowed.insert(QStringLiteral("/v1.0/users/%1/removeAllDevicesFromManagement").arg(upn));
            allowed.insert(QStringLiteral("/v1.0/users/%1/managedDevices").arg(upn));
        }
        QHash<QString, int> reached;
        for (const QJsonObject &entry : demo->server()->requestLog()) {
            const QString path = entry.value(QStringLiteral("path")).toString();
            QVERIFY2(allowed.contains(path), qPrintable(path));
            ++reached[path];
        }
        for (const QString &upn : oddButValidUpns()) {
            const int runs = upn == oddButValidUpns().first() ? 2 : 1; // the first went alone, then all in bulk
            QCOMPARE(reached.value(QStringLiteral("/v1.0/users/%1/removeAllDevicesFromManagement").arg(upn)), runs);
            QCOMPARE(reached.value(QStringLiteral("/v1.0/users/%1/managedDevices").arg(upn)), 1);
        }
    }

    // Each id becomes exactly one path segment, percent-encoded once, whatever it holds.
    void anIdIsAlwaysOnePathSegment()
    {
        GraphClient client(&graph->network);
        client.setBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.com")));
        for (const QString &id : hostileIds() + oddButValidUpns()) {
            const QUrl url = client.resourceUrl(
                ApiVersion::V1, QStringLiteral("/users/%1/managedDevices").arg(GraphClient::pathSegment(id)));
            QCOMPARE(url.host(), QStringLiteral("graph.microsoft.com"));
            QVERIFY2(!url.hasQuery() && !url.hasFragment(), qPrintable(url.toString()));
            const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
            QCOMPARE(segments.size(), 5); // "", "v1.0", "users", id, "managedDevices"
            QCOMPARE(QUrl::fromPercentEncoding(segments.at(3).toLatin1()), id);
        }
    }

    // A nextLink to another port, another name for this machine, or https instead of http is not the Graph host in
    // use: the list stops with an error and the other address never sees a connection, page by page or in slices.
    void aNextLinkElsewhereNeverReceivesTheToken()
    {
        Trap trap;
        const QString demoPort = QString::number(demo->graph(QString()).port());
        const QStringList elsewhereBases {trap.base(), QStringLiteral("http://localhost:%1").arg(demoPort),
            QStringLiteral("https://127.0.0.1:%1").arg(demoPort)};
        for (const QString &elsewhere : elsewhereBases) {
            FaultPlan hostile;
            hostile.nextLinkBase = elsewhere;
            demo->server()->setFaultPlan(hostile);
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("$top"), QStringLiteral("50"));
            query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
            const QUrl first
                = graph->client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query);
            PageLoader pages(&graph->client);
            QSignalSpy pagesFailed(&pages, &CollectionLoader::failed);
            pages.start(first);
            QVERIFY2(pagesFailed.wait(20000), qPrintable(elsewhere));
            QVERIFY(pagesFailed.first().first().value<GraphError>().message.contains(QLatin1String("another host")));
            PartitionedLoader slices(&graph->client, QStringLiteral("lastSyncDateTime"));
            slices.setMinimumPageWait(0);
            QSignalSpy slicesFailed(&slices, &CollectionLoader::failed);
            slices.start(first);
            QVERIFY2(slicesFailed.wait(20000), qPrintable(elsewhere));
        }
        QCOMPARE(graph->liveRequests(), 0); // every request has ended: nothing is left that could still go there
        QCOMPARE(trap.connections, 0);
        int elsewhereRequests = 0;
        for (const QJsonObject &entry : demo->server()->requestLog())
            elsewhereRequests += entry.value(QStringLiteral("query")).toString().contains(QLatin1String("skiptoken"));
        QCOMPARE(elsewhereRequests, 0); // "localhost" is this server too: it was never asked for a next page
    }

    // Graph never redirects; if something on the way does, Offboard does not follow, for a read or a write.
    void aRedirectIsNeverFollowed()
    {
        Trap trap;
        Redirector redirector(trap.base());
        GraphClient client(&graph->network);
        client.setBaseUrl(redirector.base());
        client.setTokenProvider([this] { return graph->token; });
        QSignalSpy read(
            client.get(client.resourceUrl(ApiVersion::V1, QStringLiteral("/users"))), &GraphRequest::finished);
        QVERIFY(read.wait(10000));
        const GraphResponse readAnswer = read.first().first().value<GraphResponse>();
        QCOMPARE(readAnswer.httpStatus, 307);
        QVERIFY(!readAnswer.ok());
        QSignalSpy write(client.post(client.resourceUrl(ApiVersion::V1,
                                         QStringLiteral("/deviceManagement/managedDevices/%1/retire")
                                             .arg(QStringLiteral("00000000-0000-0000-0000-000000000001"))),
                             {}),
            &GraphRequest::finished);
        QVERIFY(write.wait(10000));
        QCOMPARE(write.first().first().value<GraphResponse>().httpStatus, 307);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(client.findChildren<GraphRequest *>().size(), 0); // nothing is left that could still go there
        QCOMPARE(trap.connections, 0);
        QVERIFY(!trap.received.contains(graph->token.toLatin1()));
    }

    // A custom cloud over plain HTTP (other than this machine) is refused when the connection is saved, and a
    // token request or Graph request to such an address never leaves.
    void aCustomCloudWithoutTlsNeverReceivesASecretOrToken()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Lab");
        profile.tenant = QStringLiteral("contoso.onmicrosoft.com");
        profile.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        profile.cloudId = QStringLiteral("custom");
        profile.customGraphUrl = QUrl(QStringLiteral("http://graph.contoso.example"));
        profile.customLoginUrl = QUrl(QStringLiteral("https://login.contoso.example"));
        QVERIFY(profile.validationError().contains(QLatin1String("https://")));
        profile.customGraphUrl = QUrl(QStringLiteral("https://graph.contoso.example"));
        profile.customLoginUrl = QUrl(QStringLiteral("http://login.contoso.example"));
        QVERIFY(profile.validationError().contains(QLatin1String("https://")));
        profile.customLoginUrl = QUrl(QStringLiteral("https://login.contoso.example"));
        QCOMPARE(profile.validationError(), QString());

        // Even if such a profile were used: the secret and the token stay here. 192.0.2.1 is TEST-NET-1, reachable
        // by nobody, so an attempt would hang until its timeout instead of failing at once.
        const Cloud plain
            = Cloud::custom(QUrl(QStringLiteral("http://192.0.2.1")), QUrl(QStringLiteral("http://192.0.2.1")));
        ClientSecretSignIn signIn(&graph->network, plain, QStringLiteral("contoso.onmicrosoft.com"),
            QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("not-to-be-sent"));
        QSignalSpy signInFailed(&signIn, &SignInFlow::failed);
        QElapsedTimer clock;
        clock.start();
        signIn.start();
        QVERIFY(signInFailed.size() == 1 || signInFailed.wait(5000));
        QVERIFY(signInFailed.first().first().value<GraphError>().message.contains(QLatin1String("not secure")));
        QVERIFY(clock.elapsed() < 3000);
        GraphClient client(&graph->network);
        client.setBaseUrl(plain.graphBase());
        client.setTokenProvider([this] { return graph->token; });
        QSignalSpy refused(
            client.get(client.resourceUrl(ApiVersion::V1, QStringLiteral("/users"))), &GraphRequest::finished);
        QVERIFY(refused.wait(3000));
        QVERIFY(refused.first().first().value<GraphResponse>().error.message.contains(QLatin1String("Refused")));
    }

    // A server whose certificate does not verify (here self-signed, for 127.0.0.1) gets no request: the handshake
    // fails and nothing, least of all the token, is sent. Nothing in the sources ignores TLS errors.
    void aCertificateThatDoesNotVerifyIsNeverAccepted()
    {
        QFile certFile(QStringLiteral(OFFBOARD_SOURCE_DIR "/tests/data/untrusted-loopback.crt"));
        QFile keyFile(QStringLiteral(OFFBOARD_SOURCE_DIR "/tests/data/untrusted-loopback.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
        });
        GraphClient client(&graph->network);
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        client.setTokenProvider([this] { return graph->token; });
        QSignalSpy answered(
            client.get(client.resourceUrl(ApiVersion::V1, QStringLiteral("/users"))), &GraphRequest::finished);
        QVERIFY(answered.wait(15000));
        const GraphResponse response = answered.first().first().value<GraphResponse>();
        QCOMPARE(response.error.networkError, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(received, QByteArray());

        QStringList offenders;
        for (const QString &folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QStringLiteral(OFFBOARD_SOURCE_DIR "/") + folder,
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile source(it.next());
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QByteArray text = source.readAll();
                if (text.contains("ignoreSslErrors") || text.contains("VerifyNone")
                    || text.contains("setPeerVerifyMode"))
                    offenders.append(it.filePath());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }

    // Marked not dumpable, the process leaves no core dump with tokens or keys in it, and other processes of the same
    // user cannot read its memory. Checked in a child, so this test keeps its own settings.
    void theProcessKeepsItsMemoryOutOfCoreDumps()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer builds leave the process dumpable: the leak check at exit needs ptrace.");
#endif
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0)
            _exit(PrivateMemory::keepOutOfCoreDumps() && prctl(PR_GET_DUMPABLE) == 0 ? 0 : 1);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    // No option of offboard or of the demo tenant takes a secret, so none shows in `ps` or a shell's history.
    void noCommandLineOptionTakesASecret()
    {
        for (const QString &program : {QStringLiteral(OFFBOARD_BINARY_DIR "/offboard"),
                 QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim")}) {
            QProcess process;
            process.start(program, {QStringLiteral("--help")});
            QVERIFY(process.waitForFinished(20000));
            const QString help = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(help.contains(QLatin1String("--help")), qPrintable(program));
            // An option's value is named in <...>: none may be a secret.
            static const QRegularExpression secretOption(
                QStringLiteral("--[a-z-]+[ =]<[^>]*(secret|password|token|key|credential)[^>]*>"),
                QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!secretOption.match(help).hasMatch(), qPrintable(secretOption.match(help).captured()));
        }
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
