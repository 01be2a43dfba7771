// How quick the real `offboard` feels, beside what no Qt Widgets client can beat; prints one JSON line. Not a test:
// it judges nothing, it measures.
//  - Start to first window: from starting the process to its first window painted (the sign-in dialog of a first
//    start, with an empty configuration), read from outside. Lower bound: this program started with --empty-window,
//    a Qt Widgets window and nothing else, measured the same way.
//  - Sign-in to first row: `offboard --demo` signs in to its demo tenant at once; from sending the sign-in to the
//    first row of the device list painted, on the app's own clock (its offboard.timing milestones). Lower bound: the
//    same two requests one after the other, and nothing else, against offboard-graphsim with the same tenant: the
//    password grant, then the first page of the device list.
#include "core/auth/SignInFlow.h"
#include "core/graph/GraphClient.h"
#include "core/model/ManagedDevice.h"
#include "core/platform/Milestones.h"
#include "tests/bench/Graphsim.h"
#include "ui/PaintMilestone.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace {

using Milestone = QHash<QString, double>; // name → milliseconds: on the app's clock, and as seen from outside

struct Run
{
    Milestone app;
    Milestone outside;
};

// Starts a program with an empty home and configuration, its milestones logged, and waits until every milestone
// asked for was reached (or 60 s passed); then ends it.
Run runUntil(const QString &program, const QStringList &arguments, const QStringList &milestones)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("offboard.timing.info=true"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    static const QRegularExpression line(QStringLiteral("^offboard\\.timing: (.+) at ([0-9.]+) ms$"));
    QElapsedTimer sinceStart;
    QEventLoop done;
    QObject::connect(&process, &QProcess::readyReadStandardError, &done, [&] {
        while (process.canReadLine()) {
            const auto match = line.match(QString::fromUtf8(process.readLine()).trimmed());
            if (!match.hasMatch())
                continue;
            run.outside.insert(match.captured(1), sinceStart.nsecsElapsed() / 1e6);
            run.app.insert(match.captured(1), match.captured(2).toDouble());
            if (std::all_of(
                    milestones.begin(), milestones.end(), [&](const QString &m) { return run.app.contains(m); }))
                done.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &done, &QEventLoop::quit);
    QTimer::singleShot(60000, &done, &QEventLoop::quit);
    process.setReadChannel(QProcess::StandardError);
    sinceStart.start();
    process.start(program, arguments);
    done.exec();
    process.kill();
    process.waitForFinished(5000);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// The lower bound of sign-in to first row: the password grant, then the device list's first page.
double signInAndFirstPageMs(QNetworkAccessManager &network, const Graphsim &sim)
{
    const QJsonObject description = sim.description();
    const QJsonObject account = description.value(QStringLiteral("accounts")).toArray().first().toObject();
    const QUrl authority(description.value(QStringLiteral("authorityUrl")).toString());
    QUrl login = authority;
    login.setPath(QString());
    const Cloud cloud = Cloud::custom(sim.graphUrl(), login);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), description.value(QStringLiteral("publicClientId")).toString());
    form.addQueryItem(QStringLiteral("username"), account.value(QStringLiteral("upn")).toString());
    form.addQueryItem(QStringLiteral("password"), account.value(QStringLiteral("password")).toString());
    form.addQueryItem(QStringLiteral("scope"), SignInFlow::delegatedScopes(cloud, false).join(QLatin1Char(' ')));
    QNetworkRequest tokenRequest(QUrl(authority.toString() + QStringLiteral("/oauth2/v2.0/token")));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));

    QUrlQuery select;
    select.addQueryItem(QStringLiteral("$select"), ManagedDevice::selectProperties().join(QLatin1Char(',')));
    select.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    QUrl firstPage = sim.graphUrl();
    firstPage.setPath(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
    firstPage.setQuery(select);

    QElapsedTimer timer;
    timer.start();
    const QString token
        = QJsonDocument::fromJson(waitFor(network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8())))
              .object()
              .value(QStringLiteral("access_token"))
              .toString();
    QNetworkRequest pageRequest(firstPage);
    pageRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray page = waitFor(network.get(pageRequest));
    const double ms = timer.nsecsElapsed() / 1e6;
    return !token.isEmpty() && page.contains("\"value\"") ? ms : -1;
}

int emptyWindow(int argc, char *argv[])
{
    Milestones::startClock();
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    PaintMilestone::watch(&window, "first window");
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--empty-window") == 0)
        return emptyWindow(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("rounds"), QStringLiteral("Runs of each; the figures are their medians."),
                           QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("devices"), QStringLiteral("Managed devices in the demo tenant."), QStringLiteral("n"),
            QStringLiteral("100000")},
        {QStringLiteral("latency-ms"), QStringLiteral("Latency of every page of a list."), QStringLiteral("ms"),
            QStringLiteral("0")},
        {QStringLiteral("offboard"), QStringLiteral("Path of offboard."), QStringLiteral("path"),
            QStringLiteral(OFFBOARD_BINARY_DIR "/offboard")},
        {QStringLiteral("graphsim"), QStringLiteral("Path of offboard-graphsim."), QStringLiteral("path"),
            QStringLiteral(OFFBOARD_BINARY_DIR "/offboard-graphsim")}});
    parser.process(app);
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString devices = parser.value(QStringLiteral("devices"));
    const QString latency = parser.value(QStringLiteral("latency-ms"));
    const QString offboard = parser.value(QStringLiteral("offboard"));
    const QStringList demo = {QStringLiteral("--demo"), QStringLiteral("--demo-devices"), devices,
        QStringLiteral("--demo-page-latency-ms"), latency};

    Graphsim sim;
    if (!sim.start(parser.value(QStringLiteral("graphsim")),
            {QStringLiteral("--devices"), devices, QStringLiteral("--page-latency-ms"), latency}))
        return 1;
    QNetworkAccessManager network;
    signInAndFirstPageMs(network, sim); // warms up the connection, as the app's first requests find none

    // Rounds alternate the three, so that a noisy neighbour on the machine weighs on all alike.
    const QString window = QStringLiteral("first window");
    QList<double> startToWindow, startToWindowInApp, emptyWindowMs, signInToFirstRow, signInLowerBound;
    for (int round = 0; round < rounds; ++round) {
        const Run start = runUntil(offboard, {}, {window});
        startToWindow.append(start.outside.value(window, -1));
        startToWindowInApp.append(start.app.value(window, -1));
        emptyWindowMs.append(
            runUntil(QCoreApplication::applicationFilePath(), {QStringLiteral("--empty-window")}, {window})
                .outside.value(window, -1));
        const Run signIn = runUntil(offboard, demo, {QStringLiteral("sign-in started"), QStringLiteral("first row")});
        const bool reached = signIn.app.contains(QStringLiteral("first row"));
        signInToFirstRow.append(reached
                ? signIn.app.value(QStringLiteral("first row")) - signIn.app.value(QStringLiteral("sign-in started"))
                : -1);
        signInLowerBound.append(signInAndFirstPageMs(network, sim));
    }
    const auto seconds = [](const QList<double> &ms) { return median(ms) / 1000.0; };
    const QJsonObject figures {{QStringLiteral("startup"), true}, {QStringLiteral("rounds"), rounds},
        {QStringLiteral("devices"), devices.toInt()}, {QStringLiteral("latency_ms"), latency.toInt()},
        {QStringLiteral("start_to_window_s"), seconds(startToWindow)},
        {QStringLiteral("start_to_window_in_app_s"), seconds(startToWindowInApp)},
        {QStringLiteral("empty_window_s"), seconds(emptyWindowMs)},
        {QStringLiteral("sign_in_to_first_row_s"), seconds(signInToFirstRow)},
        {QStringLiteral("sign_in_lower_bound_s"), seconds(signInLowerBound)}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    const auto allReached
        = [](const QList<double> &ms) { return std::none_of(ms.begin(), ms.end(), [](double m) { return m < 0; }); };
    return allReached(startToWindow) && allReached(emptyWindowMs) && allReached(signInToFirstRow)
            && allReached(signInLowerBound)
        ? 0
        : 1;
}
