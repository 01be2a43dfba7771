// Loads N managed devices from offboard-graphsim (a separate process) into the real device list, page by page and in
// parallel slices, and prints one JSON line of figures. Not a test: it judges nothing, it measures.
#include "core/graph/GraphClient.h"
#include "core/graph/PageLoader.h"
#include "core/graph/PartitionedLoader.h"
#include "core/model/ListFilterProxy.h"
#include "tests/bench/Graphsim.h"
#include "ui/AutopilotPage.h"
#include "ui/DevicePage.h"
#include "ui/PartnerPage.h"
#include "ui/UserPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// User and system time of this process (all threads), or of the calling thread.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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
        url = QUrl(QString::fromUtf8(body.mid(start, body.indexOf('"', start) - start))
                       .replace(QStringLiteral("\\u0026"), QStringLiteral("&")),
            QUrl::StrictMode);
    }
    return timer.elapsed() / 1000.0;
}

struct LoadFigures
{
    double firstRow = -1;
    double allRows = 0;
    qint64 maxStall = 0;
    double cpu = 0;
    double guiCpu = 0; // of the GUI thread alone
};

// Loads every device into the list as the app does, watching the GUI thread with a 5 ms heartbeat.
LoadFigures loadWhole(QApplication &app, DevicePage &page, bool partitioned, int streams)
{
    auto *loader = qobject_cast<PartitionedLoader *>(page.loader());
    loader->setPartitioning(partitioned);
    if (streams > 0)
        loader->setMaxStreams(streams);
    page.resize(1280, 800);
    page.show();
    LoadFigures figures;
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        figures.maxStall = qMax(figures.maxStall, now - lastBeat);
        lastBeat = now;
    });
    const QMetaObject::Connection firstRow
        = QObject::connect(page.devices(), &QAbstractItemModel::rowsInserted, &app, [&] {
              if (figures.firstRow < 0)
                  figures.firstRow = clock.elapsed() / 1000.0;
          });
    QEventLoop done;
    QObject::connect(page.loader(), &CollectionLoader::finished, &done, &QEventLoop::quit);
    QObject::connect(page.loader(), &CollectionLoader::failed, &done, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const double guiCpuBefore = cpuSeconds(RUSAGE_THREAD);
    clock.start();
    heartbeat.start();
    page.refresh();
    done.exec();
    figures.allRows = clock.elapsed() / 1000.0;
    figures.cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    figures.guiCpu = cpuSeconds(RUSAGE_THREAD) - guiCpuBefore;
    app.processEvents();
    heartbeat.stop();
    QObject::disconnect(firstRow);
    return figures;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QVariantList toVariants(const QList<double> &values)
{
    QVariantList list;
    for (double value : values)
        list.append(value);
    return list;
}

// How long one step takes until the window has handled everything it caused.
double millisecondsFor(QApplication &app, const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    app.processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Managed devices in the tenant."),
                           QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("latency-ms"), QStringLiteral("Latency of every page of the collection."), QStringLiteral("ms"),
            QStringLiteral("0")},
        {QStringLiteral("streams"), QStringLiteral("Parallel requests of a partitioned load (default: the app's)."),
            QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("check-ins-per-page"),
            QStringLiteral("Devices that check in after every page the demo tenant serves."), QStringLiteral("n"),
            QStringLiteral("0")},
        {QStringLiteral("rounds"), QStringLiteral("Load rounds; the figures are their medians."), QStringLiteral("n"),
            QStringLiteral("3")},
        {QStringLiteral("graphsim"), QStringLiteral("Path of offboard-graphsim."), QStringLiteral("path"),
            QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim")}});
    parser.process(app);
    const int devices = parser.value(QStringLiteral("devices")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int streams = parser.value(QStringLiteral("streams")).toInt();

    Graphsim sim;
    if (!sim.start(parser.value(QStringLiteral("graphsim")),
            {QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--page-latency-ms"),
                QString::number(latency), QStringLiteral("--check-ins-per-page"),
                parser.value(QStringLiteral("check-ins-per-page")), QStringLiteral("--no-intune-limits")}))
        return 1;
    QNetworkAccessManager network;
    const QString token = sim.appOnlyToken(network);
    GraphClient client(&network);
    client.setBaseUrl(sim.graphUrl());
    client.setTokenProvider([token] { return token; });
    QUrlQuery select;
    select.addQueryItem(QStringLiteral("$select"), ManagedDevice::selectProperties().join(QLatin1Char(',')));
    select.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    const QUrl firstPage
        = client.resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), select);
    int pages = 0;
    // Warm up the connection and the simulator's caches.
    sequentialFetchSeconds(network, firstPage, token, &pages);

    // Rounds alternate the plain fetch, the list read page by page and the list read in slices, so that a noisy
    // neighbour on the machine weighs on all alike; the figures are the rounds' medians, and the longest stall.
    QList<double> baselines, allRowsRuns, ratios, firstRows, cpuRuns, guiCpuRuns;
    QList<double> partitionedRuns, partitionedRatios, partitionedFirstRows, partitionedVsSequential;
    qint64 maxStall = 0;
    qint64 partitionedMaxStall = 0;
    double rssGrowth = 0;
    double partitionedRssGrowth = 0;
    int partitionedRows = 0;
    QString method;
    int slices = 0;
    std::unique_ptr<DevicePage> page;
    // Memory held by a loaded list: the process with the list, minus the process once the list is gone and the
    // allocator has handed back what it could (the same measure for both ways of loading).
    const auto heldByList = [&page] {
        const double loaded = rssMegabytes();
        page.reset();
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        return loaded - rssMegabytes();
    };
    for (int round = 0; round < rounds; ++round) {
        const double baseline = sequentialFetchSeconds(network, firstPage, token, &pages);
        page = std::make_unique<DevicePage>(&client);
        const LoadFigures load = loadWhole(app, *page, false, 0);
        rssGrowth = qMax(rssGrowth, heldByList());
        page = std::make_unique<DevicePage>(&client);
        const LoadFigures partitioned = loadWhole(app, *page, true, streams);
        const auto *loader = qobject_cast<PartitionedLoader *>(page->loader());
        partitionedRows = page->devices()->rowCount();
        method = loader->methodDescription();
        slices = loader->slicesRead();
        if (round + 1 < rounds)
            partitionedRssGrowth = qMax(partitionedRssGrowth, heldByList());
        baselines.append(baseline);
        allRowsRuns.append(load.allRows);
        ratios.append(baseline > 0 ? load.allRows / baseline : 0);
        firstRows.append(load.firstRow);
        cpuRuns.append(load.cpu);
        guiCpuRuns.append(load.guiCpu);
        maxStall = qMax(maxStall, load.maxStall);
        partitionedRuns.append(partitioned.allRows);
        partitionedRatios.append(baseline > 0 ? partitioned.allRows / baseline : 0);
        partitionedVsSequential.append(load.allRows > 0 ? partitioned.allRows / load.allRows : 0);
        partitionedFirstRows.append(partitioned.firstRow);
        partitionedMaxStall = qMax(partitionedMaxStall, partitioned.maxStall);
    }

    // Let the end of the load (the last repaint, memory handed back) pass before timing keystrokes.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        app.processEvents(QEventLoop::AllEvents, 50);

    // One keystroke: a search that narrows the whole list, as typing the first letters of a serial number does.
    // Five of them, from an empty search each time, with the serial numbers of rows spread over the list.
    const int rowCount = page->devices()->rowCount();
    const QString serial = rowCount > 0 ? page->devices()->at(rowCount / 2).serialNumber : QString();
    QList<double> keystrokes;
    for (int i = 1; i <= 5 && rowCount > 0; ++i) {
        const QString prefix = page->devices()->at(rowCount * i / 6).serialNumber.left(3);
        keystrokes.append(millisecondsFor(app, [&] { page->searchField()->setText(prefix); }));
        page->searchField()->clear();
        app.processEvents();
    }
    const double filterMs = median(keystrokes);
    const double filterMaxMs = keystrokes.isEmpty() ? 0 : *std::max_element(keystrokes.begin(), keystrokes.end());
    page->searchField()->setText(serial.left(3));
    app.processEvents();
    const int filterMatches = page->proxy()->rowCount();

    // The same with the list sorted by name, which is how people usually look at it; then back to every row.
    page->searchField()->clear();
    app.processEvents();
    const double sortMs = millisecondsFor(app, [&] { page->proxy()->sort(0, Qt::AscendingOrder); });
    const double sortedFilterMs = millisecondsFor(app, [&] { page->searchField()->setText(serial.left(3)); });
    const double clearFilterMs = millisecondsFor(app, [&] { page->searchField()->clear(); });

    const int rowsShown = page->devices()->rowCount();
    partitionedRssGrowth = qMax(partitionedRssGrowth, heldByList());
    const QJsonObject figures {{QStringLiteral("devices"), rowsShown}, {QStringLiteral("latency_ms"), latency},
        {QStringLiteral("pages"), pages}, {QStringLiteral("rounds"), rounds},
        {QStringLiteral("first_row_s"), median(firstRows)}, {QStringLiteral("all_rows_s"), median(allRowsRuns)},
        {QStringLiteral("baseline_s"), median(baselines)}, {QStringLiteral("client_cpu_s"), median(cpuRuns)},
        {QStringLiteral("client_gui_thread_cpu_s"), median(guiCpuRuns)},
        {QStringLiteral("all_rows_vs_baseline"), median(ratios)},
        {QStringLiteral("all_rows_vs_baseline_runs"), QJsonArray::fromVariantList(toVariants(ratios))},
        {QStringLiteral("max_stall_ms"), double(maxStall)}, {QStringLiteral("filter_ms"), filterMs},
        {QStringLiteral("filter_max_ms"), filterMaxMs}, {QStringLiteral("filter_matches"), filterMatches},
        {QStringLiteral("sort_ms"), sortMs}, {QStringLiteral("sorted_filter_ms"), sortedFilterMs},
        {QStringLiteral("clear_filter_ms"), clearFilterMs}, {QStringLiteral("rss_growth_mb"), rssGrowth},
        {QStringLiteral("partitioned_all_rows_s"), median(partitionedRuns)},
        {QStringLiteral("partitioned_first_row_s"), median(partitionedFirstRows)},
        {QStringLiteral("partitioned_vs_baseline"), median(partitionedRatios)},
        {QStringLiteral("partitioned_vs_sequential"), median(partitionedVsSequential)},
        {QStringLiteral("partitioned_vs_sequential_runs"),
            QJsonArray::fromVariantList(toVariants(partitionedVsSequential))},
        {QStringLiteral("partitioned_max_stall_ms"), double(partitionedMaxStall)},
        {QStringLiteral("partitioned_rss_growth_mb"), partitionedRssGrowth},
        {QStringLiteral("partitioned_rows"), partitionedRows}, {QStringLiteral("partitioned_method"), method},
        {QStringLiteral("partitioned_slices"), slices}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return rowsShown == devices && partitionedRows == devices ? 0 : 1;
}
