#include "tests/support/TestHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// offboard-graphsim as a user runs it: its --json line, its URLs, its request log.
class TestGraphSimCli : public QObject
{
    Q_OBJECT

    static QString executable() { return QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim"); }

    static QJsonObject startAndDescribe(QProcess &sim, const QStringList &arguments)
    {
        sim.start(executable(),
            QStringList {QStringLiteral("--json"), QStringLiteral("--devices"), QStringLiteral("40"),
                QStringLiteral("--users"), QStringLiteral("20")}
                + arguments);
        if (!sim.waitForStarted())
            return {};
        if (!QTest::qWaitFor([&] { return sim.canReadLine(); }, 30000))
            return {};
        return QJsonDocument::fromJson(sim.readLine()).object();
    }

    static QString appToken(TestHttp &http, const QJsonObject &description)
    {
        const QJsonObject app = description.value(QStringLiteral("appClient")).toObject();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), app.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), app.value(QStringLiteral("clientSecret")).toString());
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
        const QUrl token(
            description.value(QStringLiteral("authorityUrl")).toString() + QStringLiteral("/oauth2/v2.0/token"));
        return http.postForm(token, form).json().value(QStringLiteral("access_token")).toString();
    }

private slots:
    void printsItsDescriptionAndServesGraphToAnyHttpClient()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("log.jsonl"));
        QProcess sim;
        sim.start(executable(),
            {QStringLiteral("--json"), QStringLiteral("--devices"), QStringLiteral("120"), QStringLiteral("--users"),
                QStringLiteral("30"), QStringLiteral("--log"), log});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 30000);
        const QJsonObject description = QJsonDocument::fromJson(sim.readLine()).object();
        for (const char *key : {"graphUrl", "authorityUrl", "tenantId", "appClient", "accounts"})
            QVERIFY2(description.contains(QLatin1String(key)), key);
        const QUrl graph(description.value(QStringLiteral("graphUrl")).toString());
        QCOMPARE(graph.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(graph.path().isEmpty());
        QCOMPARE(description.value(QStringLiteral("accounts")).toArray().size(), 2);

        TestHttp http;
        const QString token = appToken(http, description);
        QVERIFY(!token.isEmpty());
        const TestReply devices = http.get(
            QUrl(graph.toString() + QStringLiteral("/v1.0/deviceManagement/managedDevices")), TestHttp::bearer(token));
        QCOMPARE(devices.status, 200);
        QCOMPARE(devices.json().value(QStringLiteral("value")).toArray().size(), 120);
        QCOMPARE(
            http.post(QUrl(graph.toString() + QStringLiteral("/v1.0/deviceManagement/managedDevices/x/retire")), {})
                .status,
            401);

        sim.terminate();
        sim.waitForFinished(5000);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("status")).toInt(), 401);
    }

    // Microsoft's libraries check that the issuer and the endpoints they are given match the authority they asked,
    // and follow nextLinks as written: behind TLS, every absolute URL must say https.
    void withTlsItServesHttpsAndEveryUrlItWritesSaysHttps()
    {
        QProcess sim;
        const QJsonObject description = startAndDescribe(sim, {QStringLiteral("--tls")});
        const QString graph = description.value(QStringLiteral("graphUrl")).toString();
        const QString authority = description.value(QStringLiteral("authorityUrl")).toString();
        QVERIFY2(graph.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(graph));
        QVERIFY(authority.startsWith(graph + QLatin1Char('/')));
        QFile pem(description.value(QStringLiteral("caCertificate")).toString());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificate = QSslCertificate::fromData(pem.readAll());
        QCOMPARE(certificate.size(), 1);

        TestHttp untrusting;
        const TestReply refused
            = untrusting.get(QUrl(authority + QStringLiteral("/v2.0/.well-known/openid-configuration")));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        TestHttp http;
        http.trust(certificate);
        const QJsonObject openId
            = http.get(QUrl(authority + QStringLiteral("/v2.0/.well-known/openid-configuration"))).json();
        for (const char *key : {"issuer", "authorization_endpoint", "token_endpoint", "device_authorization_endpoint"})
            QVERIFY2(openId.value(QLatin1String(key)).toString().startsWith(authority), key);
        const QString token = appToken(http, description);
        QVERIFY(!token.isEmpty());
        const QJsonObject page = http.get(QUrl(graph + QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=5")),
                                         TestHttp::bearer(token))
                                     .json();
        QVERIFY(page.value(QStringLiteral("@odata.nextLink")).toString().startsWith(graph + QStringLiteral("/v1.0/")));
        QVERIFY(page.value(QStringLiteral("@odata.context")).toString().startsWith(graph + QStringLiteral("/v1.0/")));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), description.value(QStringLiteral("publicClientId")).toString());
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
        const QJsonObject code
            = http.postForm(QUrl(authority + QStringLiteral("/oauth2/v2.0/devicecode")), form).json();
        QVERIFY(code.value(QStringLiteral("verification_uri")).toString().startsWith(authority));
        sim.terminate();
        sim.waitForFinished(5000);
    }

    void withTlsItServesTheCertificateItIsGiven()
    {
        const QString crt = QStringLiteral(OFFBOARD_SOURCE_DIR "/tests/data/untrusted-loopback.crt");
        const QString key = QStringLiteral(OFFBOARD_SOURCE_DIR "/tests/data/untrusted-loopback.key");
        QProcess sim;
        const QJsonObject description
            = startAndDescribe(sim, {QStringLiteral("--tls-cert"), crt, QStringLiteral("--tls-key"), key});
        QCOMPARE(description.value(QStringLiteral("caCertificate")).toString(), crt);
        QFile pem(crt);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        TestHttp http;
        http.trust(QSslCertificate::fromData(pem.readAll()));
        const QString graph = description.value(QStringLiteral("graphUrl")).toString();
        QCOMPARE(http.get(QUrl(graph + QStringLiteral("/v1.0/deviceManagement/managedDevices"))).status, 401);
        sim.terminate();
        sim.waitForFinished(5000);

        sim.start(executable(), {QStringLiteral("--tls-cert"), crt});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        sim.start(executable(), {QStringLiteral("--tls-cert"), key, QStringLiteral("--tls-key"), key});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }

    void rejectsBadOptions()
    {
        QProcess sim;
        sim.start(executable(), {QStringLiteral("--throttle-rate"), QStringLiteral("2")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        sim.start(executable(), {QStringLiteral("--require-approval"), QStringLiteral("wipe")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimCli)
#include "tst_graphsim_cli.moc"
