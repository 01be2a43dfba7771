// Retires N managed devices through ActionRunner against offboard-graphsim (a separate process, Intune's write limits
// on) with latency on every POST and a share of the retire requests throttled, then counts from the simulator's request
// log how many times each device was really retired. Prints one JSON line. Not a test: it judges nothing, it measures.
#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"
#include "tests/bench/Graphsim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cmath>
#include <cstdio>

namespace {

// The first `count` managed devices that can still be retired, by their exact ids.
QList<ActionTarget> managedDevices(QNetworkAccessManager &network, GraphClient &client, const QString &token, int count)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,deviceName,serialNumber"));
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("managementState eq 'managed'"));
    QUrl url = client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query);
    QList<ActionTarget> targets;
    while (url.isValid() && !url.isEmpty() && targets.size() < count) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QJsonObject page = QJsonDocument::fromJson(waitFor(network.get(request))).object();
        for (const auto &value : page.value(QStringLiteral("value")).toArray()) {
            const QJsonObject device = value.toObject();
            if (targets.size() < count)
                targets.append({device.value(QStringLiteral("id")).toString(),
                    device.value(QStringLiteral("deviceName")).toString(),
                    device.value(QStringLiteral("serialNumber")).toString()});
        }
        url = QUrl(page.value(QStringLiteral("@odata.nextLink")).toString());
    }
    return targets;
}

struct LogFigures
{
    QHash<QString, int> retiredTimes; // device id -> retire requests answered 204
    int batches = 0;
    int throttledItems = 0;
    int batchesWithThrottling = 0;
};

LogFigures readRequestLog(const QString &path)
{
    static const QRegularExpression retirePath(QStringLiteral("/deviceManagement/managedDevices/([^/]+)/retire$"));
    LogFigures figures;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return figures;
    QSet<QString> throttledBatches;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        const QString requestPath = entry.value(QStringLiteral("path")).toString();
        const int status = entry.value(QStringLiteral("status")).toInt();
        if (requestPath.endsWith(QLatin1String("/$batch")))
            ++figures.batches;
        const QRegularExpressionMatch retire = retirePath.match(requestPath);
        if (!retire.hasMatch())
            continue;
        if (status == 204)
            ++figures.retiredTimes[retire.captured(1)];
        if (status == 429) {
            ++figures.throttledItems;
            throttledBatches.insert(entry.value(QStringLiteral("batch")).toString());
        }
    }
    figures.batchesWithThrottling = int(throttledBatches.size());
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("targets"), QStringLiteral("Devices to retire."), QStringLiteral("n"), QStringLiteral("1000")},
            {QStringLiteral("latency-ms"), QStringLiteral("Latency of every Graph answer."), QStringLiteral("ms"),
                QStringLiteral("20")},
            {QStringLiteral("throttle-rate"), QStringLiteral("Share of retire requests answered 429."),
                QStringLiteral("rate"), QStringLiteral("0.1")},
            {QStringLiteral("retry-after"), QStringLiteral("Retry-After of those answers."), QStringLiteral("s"),
                QStringLiteral("1")},
            {QStringLiteral("graphsim"), QStringLiteral("Path of offboard-graphsim."), QStringLiteral("path"),
                QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim")}});
    parser.process(app);
    const int targetCount = parser.value(QStringLiteral("targets")).toInt();
    const int latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    const int retryAfter = parser.value(QStringLiteral("retry-after")).toInt();

    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("requests.jsonl"));
    Graphsim sim;
    if (!sim.start(parser.value(QStringLiteral("graphsim")),
            {QStringLiteral("--devices"), QString::number(targetCount + targetCount / 2 + 100),
                QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--throttle-rate"),
                parser.value(QStringLiteral("throttle-rate")), QStringLiteral("--retry-after"),
                QString::number(retryAfter), QStringLiteral("--fault-methods"), QStringLiteral("POST"),
                QStringLiteral("--log"), logPath}))
        return 1;
    QNetworkAccessManager network;
    const QString token = sim.appOnlyToken(network);
    GraphClient client(&network);
    client.setBaseUrl(sim.graphUrl());
    client.setTokenProvider([token] { return token; });
    const QList<ActionTarget> targets = managedDevices(network, client, token, targetCount);
    if (targets.size() != targetCount) {
        std::fprintf(stderr, "the tenant has only %d managed devices\n", int(targets.size()));
        return 1;
    }
    QFile::resize(logPath, 0); // only the run is counted

    Journal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    ActionRunner runner(&client, &journal, AccessToken::fromJwt(token));
    QEventLoop done;
    QObject::connect(&runner, &ActionRunner::finished, &done, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    runner.run(*ActionCatalog::find(QStringLiteral("retire")), targets);
    if (runner.isRunning())
        done.exec();
    const double totalSeconds = timer.elapsed() / 1000.0;

    const LogFigures log = readRequestLog(logPath);
    if (const QString keep = qEnvironmentVariable("OFFBOARD_BENCH_LOG"); !keep.isEmpty())
        QFile::copy(logPath, keep); // the request log, for a closer look at the timeline
    int succeeded = 0, lost = 0, doubled = 0, reportedDone = 0;
    for (const ActionTarget &target : targets) {
        const int times = log.retiredTimes.value(target.id);
        succeeded += times == 1;
        lost += times == 0;
        doubled += times > 1;
    }
    for (const ActionResult &result : runner.results())
        reportedDone += result.status == ActionResult::Status::Done;
    // What no client could beat: Intune lets an app write 200 times per 20 seconds (requests it turns away are not
    // counted), and the last write cannot go before its throttled retry's Retry-After.
    const double roundTrips = log.batches * latencyMs / 1000.0;
    const double writeLimit
        = std::floor((targetCount - 1) / double(WritePacer::DeviceWrites)) * WritePacer::WindowSeconds;

    const QJsonObject figures {{QStringLiteral("targets"), targetCount}, {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("succeeded"), succeeded}, {QStringLiteral("lost"), lost}, {QStringLiteral("doubled"), doubled},
        {QStringLiteral("reported_done"), reportedDone}, {QStringLiteral("batches"), log.batches},
        {QStringLiteral("throttled_requests"), log.throttledItems},
        {QStringLiteral("batches_with_throttling"), log.batchesWithThrottling},
        {QStringLiteral("total_s"), totalSeconds}, {QStringLiteral("intune_write_limit_s"), writeLimit},
        {QStringLiteral("round_trips_s"), roundTrips},
        {QStringLiteral("ratio_to_write_limit"), writeLimit > 0 ? totalSeconds / writeLimit : 0.0}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return lost == 0 && doubled == 0 ? 0 : 1;
}
