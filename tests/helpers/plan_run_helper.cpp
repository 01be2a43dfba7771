// A stand-in for the app's process in tst_offboarding_resume: runs a saved offboarding plan with the same
// OffboardingRunner, without windows, so the test can kill it with SIGKILL halfway through.
//   plan_run_helper <graph-url> <journal> <plan-file>      prints "step <index> <state>" as steps change
// The access token is read from the first line of standard input, never from the command line.
#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"
#include "core/offboarding/OffboardingPlanFile.h"
#include "core/offboarding/OffboardingRunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    QTextStream input(stdin);
    const QString token = input.readLine().trimmed();
    QNetworkAccessManager network;
    GraphClient client(&network);
    client.setBaseUrl(QUrl(args.at(1)));
    client.setTokenProvider([token] { return token; });
    Journal journal(args.at(2));
    QString error;
    auto file = OffboardingPlanFile::load(args.at(3), &error);
    if (!file)
        return 3;
    OffboardingRunner runner(&client, &journal, AccessToken::fromJwt(token), &file->plan);
    QObject::connect(&runner, &OffboardingRunner::stepChanged, &app, [&file](int index) {
        std::printf("step %d %d\n", index, int(file->plan.steps[index].state));
        std::fflush(stdout);
    });
    QObject::connect(&runner, &OffboardingRunner::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
