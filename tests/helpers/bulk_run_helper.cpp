// A stand-in for the app's process in tst_crashrecovery: the same ActionRunner and IntentVerifier, without windows,
// so the test can kill it with SIGKILL halfway through a bulk run and start it again on the same journal.
//   bulk_run_helper run <graph-url> <journal> <action> <target-id>...   prints "finished <n>" after each target
//   bulk_run_helper recover <graph-url> <journal>                       prints "verified <id> <observed>" per intent
// The access token is read from the first line of standard input, never from the command line.
#include "core/actions/ActionRunner.h"
#include "core/actions/IntentVerifier.h"
#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    QTextStream input(stdin);
    const QString token = input.readLine().trimmed();
    QNetworkAccessManager network;
    GraphClient client(&network);
    client.setBaseUrl(QUrl(args.at(2)));
    client.setTokenProvider([token] { return token; });
    Journal journal(args.at(3));

    if (args.at(1) == QLatin1String("recover")) {
        IntentVerifier verifier(&client, &journal);
        QObject::connect(&verifier, &IntentVerifier::verified, &app, [](const IntentVerifier::Finding &finding) {
            std::printf("verified %s %s\n", qPrintable(finding.intent.targetId), qPrintable(finding.observed));
            std::fflush(stdout);
        });
        QObject::connect(&verifier, &IntentVerifier::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        verifier.verify(journal.unresolvedIntents());
        return app.exec();
    }

    const ActionDefinition *action = ActionCatalog::find(args.value(4));
    if (args.at(1) != QLatin1String("run") || !action)
        return 2;
    QList<ActionTarget> targets;
    for (const QString &id : args.mid(5))
        targets.append({id, id, QString()});
    ActionRunner runner(&client, &journal, AccessToken::fromJwt(token));
    int finished = 0;
    QObject::connect(&runner, &ActionRunner::targetFinished, &app, [&finished] {
        std::printf("finished %d\n", ++finished);
        std::fflush(stdout);
    });
    QObject::connect(&runner, &ActionRunner::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    runner.run(*action, targets);
    return app.exec();
}
