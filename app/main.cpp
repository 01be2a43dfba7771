#include "DemoSignIn.h"
#include "DemoTenantHost.h"
#include "GraphClient.h"
#include "MainWindow.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    bool demo = false;
    QString language;
    DemoServerOptions demoServer;
    QString demoRole = QStringLiteral("helpdeskAdmin");
};

bool parseCommandLine(const QApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Offboards devices from Microsoft Intune and Windows Autopilot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo tenant."));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "User interface language: ru or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption devices(QStringLiteral("demo-devices"),
                                     QApplication::translate("main", "Number of managed devices in the demo tenant."),
                                     QStringLiteral("count"), QStringLiteral("2500"));
    const QCommandLineOption seed(QStringLiteral("demo-seed"), QApplication::translate("main", "Seed of the demo tenant."),
                                  QStringLiteral("seed"), QString::number(DemoTenantOptions().seed));
    const QCommandLineOption account(QStringLiteral("demo-account"),
                                     QApplication::translate("main", "Demo account to sign in with: admin or operator."),
                                     QStringLiteral("account"), QStringLiteral("admin"));
    parser.addOptions({demo, lang, devices, seed, account});
    parser.process(app);

    options->demo = parser.isSet(demo);
    options->language = parser.value(lang);
    options->demoServer.tenant.devices = parser.value(devices).toInt();
    options->demoServer.tenant.seed = parser.value(seed).toUInt();
    const QString accountName = parser.value(account);
    if (accountName != QLatin1String("admin") && accountName != QLatin1String("operator")) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--demo-account takes admin or operator.")));
        return false;
    }
    options->demoRole = accountName == QLatin1String("admin") ? QStringLiteral("helpdeskAdmin") : QStringLiteral("readOnlyOperator");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Offboard"));
    QApplication::setApplicationName(QStringLiteral("Offboard"));
    QApplication::setApplicationVersion(QStringLiteral(OFFBOARD_VERSION));

    Options options;
    if (!parseCommandLine(app, &options))
        return 2;
    Translator translator;
    translator.setLanguage(Translator::startupLanguage(options.language));

    if (!options.demo) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate(
            "main", "Signing in to a Microsoft tenant is not available in this version yet. Start Offboard with --demo "
                    "to work with the built-in demo tenant.")));
        return 2;
    }

    QNetworkAccessManager network;
    GraphClient client(&network);
    DemoTenantHost host(options.demoServer);
    std::unique_ptr<MainWindow> window;
    AccessToken token;
    client.setTokenProvider([&token] { return token.raw(); });

    auto fail = [](const QString &message) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Offboard"), message);
        QApplication::exit(1);
    };
    QObject::connect(&host, &DemoTenantHost::failed, &app, fail);
    QObject::connect(&host, &DemoTenantHost::ready, &app, [&] {
        const QJsonObject description = host.server()->describe();
        QString upn;
        QString password;
        for (const auto &entry : description.value(QStringLiteral("accounts")).toArray()) {
            if (entry.toObject().value(QStringLiteral("role")).toString() == options.demoRole) {
                upn = entry.toObject().value(QStringLiteral("upn")).toString();
                password = entry.toObject().value(QStringLiteral("password")).toString();
            }
        }
        client.setBaseUrl(host.graphUrl());
        auto *signIn = new DemoSignIn(&network, host.authorityUrl(), &app);
        QObject::connect(signIn, &DemoSignIn::failed, &app, [fail](const GraphError &error) {
            fail(QApplication::translate("main", "Signing in to the demo tenant failed: %1").arg(error.summary()));
        });
        QObject::connect(signIn, &DemoSignIn::signedIn, &app, [&](const AccessToken &signedIn) {
            token = signedIn;
            window = std::make_unique<MainWindow>(&client, SessionInfo{token, QLatin1String(DemoTenant::TenantDomain), true},
                                                  &translator);
            window->show();
        });
        signIn->signIn(description.value(QStringLiteral("publicClientId")).toString(), upn, password);
    });
    host.start();
    const int result = app.exec();
    window.reset();
    return result;
}
