#include "app/DemoLauncher.h"
#include "core/actions/OrganisationPolicy.h"
#include "core/platform/Milestones.h"
#include "core/platform/PrivateFiles.h"
#include "core/platform/PrivateMemory.h"
#include "core/platform/Translator.h"
#include "ui/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Options
{
    bool demo = false;
    DemoLaunchOptions launch;
};

bool parseCommandLine(const QCoreApplication &app, Options *options, QString *language)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Offboards devices from Microsoft Intune and Windows Autopilot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo tenant."));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
        QApplication::translate("main", "With --demo: sign in through the sign-in dialog instead of at once."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "User interface language: ru or en."), QStringLiteral("language"));
    const QCommandLineOption devices(QStringLiteral("demo-devices"),
        QApplication::translate("main", "Number of managed devices in the demo tenant."), QStringLiteral("count"),
        QStringLiteral("2500"));
    const QCommandLineOption seed(QStringLiteral("demo-seed"),
        QApplication::translate("main", "Seed of the demo tenant."), QStringLiteral("seed"),
        QString::number(DemoTenantOptions().seed));
    const QCommandLineOption account(QStringLiteral("demo-account"),
        QApplication::translate("main", "Demo account to sign in with: admin or operator."), QStringLiteral("account"),
        QStringLiteral("admin"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
        QApplication::translate("main", "With --demo: sign in read-only (lists and details, no actions)."));
    const QCommandLineOption consent(QStringLiteral("demo-consent"),
        QApplication::translate("main", "What the demo organisation has consented for Offboard: full or read-only."),
        QStringLiteral("consent"), QStringLiteral("full"));
    const QCommandLineOption pageLatency(QStringLiteral("demo-page-latency-ms"),
        QApplication::translate(
            "main", "Every page of a demo list waits this long before it is sent, as pages of a real tenant do."),
        QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({demo, signIn, lang, devices, seed, account, readOnly, consent, pageLatency});
    parser.process(app);

    options->demo = parser.isSet(demo);
    options->launch.signInDialog = parser.isSet(signIn);
    *language = parser.value(lang);
    options->launch.server.tenant.devices = parser.value(devices).toInt();
    options->launch.server.tenant.seed = parser.value(seed).toUInt();
    options->launch.server.faults.pageLatencyMs = qMax(0, parser.value(pageLatency).toInt());
    const QString accountName = parser.value(account);
    if (accountName != QLatin1String("admin") && accountName != QLatin1String("operator")) {
        std::fprintf(
            stderr, "%s\n", qPrintable(QApplication::translate("main", "--demo-account takes admin or operator.")));
        return false;
    }
    const QString consentName = parser.value(consent);
    if (consentName != QLatin1String("full") && consentName != QLatin1String("read-only")) {
        std::fprintf(
            stderr, "%s\n", qPrintable(QApplication::translate("main", "--demo-consent takes full or read-only.")));
        return false;
    }
    options->launch.server.tenant.consent = consentName == QLatin1String("full") ? DemoTenantOptions::Consent::Full
                                                                                 : DemoTenantOptions::Consent::ReadOnly;
    options->launch.readOnly = parser.isSet(readOnly);
    options->launch.role
        = accountName == QLatin1String("admin") ? QStringLiteral("helpdeskAdmin") : QStringLiteral("readOnlyOperator");
    return true;
}

// --help and --version print and end: they need no display, which a package check or a terminal over SSH lacks.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Offboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Offboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFBOARD_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    Milestones::startClock();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Options options;
        QString language;
        return parseCommandLine(app, &options, &language) ? 0 : 2;
    }
    // Under AddressSanitizer the leak check at exit needs to ptrace this process; those builds only run tests.
#if !defined(__SANITIZE_ADDRESS__)
    PrivateMemory::keepOutOfCoreDumps();
#endif
    QApplication app(argc, argv);
    setApplicationNames();
    // The desktop entry's name, so the window is matched with its launcher, and the icon for title bars and task bars.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.offboard.Offboard"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/offboard-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    PrivateFiles::restrictSettingsFile();

    Options options;
    QString language;
    if (!parseCommandLine(app, &options, &language))
        return 2;
    Translator translator;
    translator.setLanguage(Translator::startupLanguage(language, OrganisationPolicy::current().defaultLanguage()));

    AppController controller(&translator);
    std::unique_ptr<DemoLauncher> demo;
    if (options.demo) {
        demo = std::make_unique<DemoLauncher>(options.launch, &controller);
        demo->start();
    } else {
        controller.start();
    }
    return app.exec();
}
