// Loads N managed devices from offboard-graphsim (a separate process) into the real device list and prints one JSON
// line of figures. Not a test: it judges nothing, it measures.
#include "GraphClient.h"
#include "ListFilterProxy.h"
#include "ListPages.h"
#include "PageLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace {

double rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QByteArray waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

// The lower bound: the same pages fetched one after another, nothing parsed but the next link.
double sequentialFetchSeconds(QNetworkAccessManager &network, QUrl url, const QString &token, int *pages)
{
    QElapsedTimer timer;
    timer.start();
    *pages = 0;
    while (url.isValid() && !url.isEmpty()) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QByteArray body = waitFor(network.get(request));
        ++*pages;
        const int key = body.indexOf("\"@odata.nextLink\":\"");
        if (key < 0)
            break;
        const int start = key + 19;
        url = QUrl(QString::fromUtf8(body.mid(start, body.indexOf('"', start) - start)).replace(QStringLiteral("\\u0026"), QStringLiteral("&")),
                   QUrl::StrictMode);
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Managed devices in the tenant."), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("latency-ms"), QStringLiteral("Latency of every Graph answer."), QStringLiteral("ms"), QStringLiteral("0")},
                       {QStringLiteral("graphsim"), QStringLiteral("Path of offboard-graphsim."), QStringLiteral("path"),
                        QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim")}});
    parser.process(app);
    const int devices = parser.value(QStringLiteral("devices")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();

    QProcess sim;
    sim.start(parser.value(QStringLiteral("graphsim")),
              {QStringLiteral("--json"), QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--latency-ms"),
               QString::number(latency), QStringLiteral("--no-intune-limits")});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(120000)) {
        std::fprintf(stderr, "offboard-graphsim did not start\n");
        return 1;
    }
    const QJsonObject description = QJsonDocument::fromJson(sim.readLine()).object();
    QNetworkAccessManager network;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), description.value(QStringLiteral("appClient")).toObject().value(QStringLiteral("clientId")).toString());
    form.addQueryItem(QStringLiteral("client_secret"), description.value(QStringLiteral("appClient")).toObject().value(QStringLiteral("clientSecret")).toString());
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    QNetworkRequest tokenRequest(QUrl(description.value(QStringLiteral("authorityUrl")).toString() + QStringLiteral("/oauth2/v2.0/token")));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QString token = QJsonDocument::fromJson(waitFor(network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8())))
                              .object().value(QStringLiteral("access_token")).toString();

    GraphClient client(&network);
    client.setBaseUrl(QUrl(description.value(QStringLiteral("graphUrl")).toString()));
    client.setTokenProvider([token] { return token; });
    QUrlQuery select;
    select.addQueryItem(QStringLiteral("$select"), ManagedDevice::selectProperties().join(QLatin1Char(',')));
    select.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    int pages = 0;
    // Warm up the connection and the simulator's caches, then measure the baseline.
    sequentialFetchSeconds(network, client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), select), token, &pages);
    const double baseline = sequentialFetchSeconds(network, client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), select),
                                                   token, &pages);

    const double rssBefore = rssMegabytes();
    DevicePage page(&client);
    page.resize(1280, 800);
    page.show();
    QElapsedTimer heartbeatClock;
    qint64 lastBeat = 0;
    qint64 maxStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = heartbeatClock.elapsed();
        maxStall = qMax(maxStall, now - lastBeat);
        lastBeat = now;
    });
    QElapsedTimer timer;
    double firstRow = -1;
    QObject::connect(page.devices(), &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRow < 0)
            firstRow = timer.elapsed() / 1000.0;
    });
    QEventLoop done;
    QObject::connect(page.loader(), &PageLoader::finished, &done, &QEventLoop::quit);
    QObject::connect(page.loader(), &PageLoader::failed, &done, &QEventLoop::quit);
    timer.start();
    heartbeatClock.start();
    heartbeat.start();
    page.refresh();
    done.exec();
    const double allRows = timer.elapsed() / 1000.0;
    app.processEvents();
    heartbeat.stop();
    const double rssAfter = rssMegabytes();

    // One keystroke: a search that narrows the whole list, as typing the first letters of a serial number does.
    const QString serial = page.devices()->rowCount() > 0 ? page.devices()->at(page.devices()->rowCount() / 2).serialNumber : QString();
    QElapsedTimer filterTimer;
    filterTimer.start();
    page.searchField()->setText(serial.left(3));
    app.processEvents();
    const double filterMs = filterTimer.nsecsElapsed() / 1e6;

    const QJsonObject figures{{QStringLiteral("devices"), page.devices()->rowCount()},
                              {QStringLiteral("latency_ms"), latency},
                              {QStringLiteral("pages"), pages},
                              {QStringLiteral("first_row_s"), firstRow},
                              {QStringLiteral("all_rows_s"), allRows},
                              {QStringLiteral("baseline_s"), baseline},
                              {QStringLiteral("all_rows_vs_baseline"), baseline > 0 ? allRows / baseline : 0},
                              {QStringLiteral("max_stall_ms"), double(maxStall)},
                              {QStringLiteral("filter_ms"), filterMs},
                              {QStringLiteral("filter_matches"), page.proxy()->rowCount()},
                              {QStringLiteral("rss_growth_mb"), rssAfter - rssBefore}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    sim.terminate();
    sim.waitForFinished(5000);
    return page.devices()->rowCount() == devices ? 0 : 1;
}
