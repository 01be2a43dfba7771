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
        const QJsonObject app = description.value(QStringLiteral("appClient")).toObject();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), app.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), app.value(QStringLiteral("clientSecret")).toString());
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
        const QString token = http.postForm(QUrl(description.value(QStringLiteral("authorityUrl")).toString()
                                                + QStringLiteral("/oauth2/v2.0/token")),
                                      form)
                                  .json()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
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
