// offboard-graphsim: the demo tenant on its own, for curl, Graph SDKs, benchmarks and trainees.
#include "demo/DemoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

bool parseRate(const QCommandLineParser &parser, const QString &name, double *rate)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *rate = parser.value(name).toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("offboard-graphsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "graphsim", "Serves the Offboard demo tenant (Microsoft Graph and Entra ID sign-in) on loopback."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option
        = [&](const char *name, const char *help, const char *valueName = nullptr, const char *fallback = nullptr) {
              QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("graphsim", help));
              if (valueName)
                  o.setValueName(QString::fromLatin1(valueName));
              if (fallback)
                  o.setDefaultValue(QString::fromLatin1(fallback));
              parser.addOption(o);
          };
    option("port", QT_TRANSLATE_NOOP("graphsim", "Port to listen on (0 picks a free one)."), "port", "0");
    option("seed", QT_TRANSLATE_NOOP("graphsim", "Seed of the generated tenant."), "seed", "20261123");
    option("devices", QT_TRANSLATE_NOOP("graphsim", "Number of managed devices."), "count", "2500");
    option("users", QT_TRANSLATE_NOOP("graphsim", "Number of users."), "count", "1000");
    option("partners", QT_TRANSLATE_NOOP("graphsim", "Number of remote assistance partners (0 to 50)."), "count", "4");
    option("latency-ms", QT_TRANSLATE_NOOP("graphsim", "Delay of every Graph response."), "ms", "0");
    option("page-latency-ms", QT_TRANSLATE_NOOP("graphsim", "Extra delay of every collection page."), "ms", "0");
    option("slow-body-ms",
        QT_TRANSLATE_NOOP(
            "graphsim", "Send the rest of every collection page this long after its first 4 KB (a slow link)."),
        "ms", "0");
    option("check-ins-per-page",
        QT_TRANSLATE_NOOP("graphsim",
            "Devices that check in (their lastSyncDateTime becomes now) after each page of managed devices."),
        "count", "0");
    option("throttle-rate", QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests answered 429 with Retry-After."),
        "rate");
    option("retry-after", QT_TRANSLATE_NOOP("graphsim", "Retry-After seconds of injected 429 and 503 answers."),
        "seconds", "1");
    option("unavailable-rate", QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests answered 503."), "rate");
    option("gateway-timeout-rate", QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests answered 504."), "rate");
    option("bad-gateway-rate",
        QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests carried out, then answered 502."), "rate");
    option("drop-rate",
        QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests carried out and then left without an answer."),
        "rate");
    option("truncate-rate", QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph answers cut off in the middle."), "rate");
    option("server-error-rate",
        QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph requests answered 500 without being carried out."), "rate");
    option("malformed-rate",
        QT_TRANSLATE_NOOP("graphsim", "Fraction of Graph answers with a body that is not valid JSON."), "rate");
    option("fault-methods",
        QT_TRANSLATE_NOOP("graphsim", "Apply faults only to these methods (comma-separated, e.g. POST)."), "methods");
    option("fault-path", QT_TRANSLATE_NOOP("graphsim", "Apply faults only to paths containing this text."), "text");
    option("tls",
        QT_TRANSLATE_NOOP("graphsim",
            "Serve HTTPS with a certificate made for this run (its path is caCertificate in --json); every URL the "
            "tenant writes says https."));
    option("tls-cert", QT_TRANSLATE_NOOP("graphsim", "With --tls: this PEM certificate instead of a new one."), "file");
    option("tls-key", QT_TRANSLATE_NOOP("graphsim", "With --tls-cert: its PEM private key (RSA or EC)."), "file");
    option("no-intune-limits", QT_TRANSLATE_NOOP("graphsim", "Do not enforce Intune's documented request limits."));
    option("limit-scale", QT_TRANSLATE_NOOP("graphsim", "Multiply Intune's documented request limits by this factor."),
        "factor", "1");
    option("require-approval",
        QT_TRANSLATE_NOOP("graphsim", "Actions protected by Multi Admin Approval (comma-separated, e.g. retire)."),
        "actions");
    option("consent",
        QT_TRANSLATE_NOOP("graphsim",
            "What the organisation has consented for Offboard: full, or read-only (its write scopes are refused with "
            "AADSTS65001)."),
        "consent", "full");
    option("retire-delay-s", QT_TRANSLATE_NOOP("graphsim", "Seconds until a retired device disappears."), "seconds",
        "300");
    option("clock-skew-s",
        QT_TRANSLATE_NOOP("graphsim",
            "Run the tenant's clock this many seconds ahead (negative: behind) of this machine's: tokens, Date headers "
            "and timestamps."),
        "seconds", "0");
    option("token-lifetime-s", QT_TRANSLATE_NOOP("graphsim", "Lifetime of access tokens."), "seconds", "3599");
    option("device-code-interval-s", QT_TRANSLATE_NOOP("graphsim", "Polling interval of the device code flow."),
        "seconds", "5");
    option("log", QT_TRANSLATE_NOOP("graphsim", "Append one JSON line per request to this file."), "file");
    option("json",
        QT_TRANSLATE_NOOP(
            "graphsim", "Print one JSON object describing the tenant as the first line of standard output."));
    parser.process(app);

    DemoServerOptions options;
    options.tenant.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.tenant.devices = parser.value(QStringLiteral("devices")).toInt();
    options.tenant.users = parser.value(QStringLiteral("users")).toInt();
    options.tenant.partners = parser.value(QStringLiteral("partners")).toInt();
    options.tenant.checkInsPerPage = parser.value(QStringLiteral("check-ins-per-page")).toInt();
    options.tenant.retireCompletionSeconds = parser.value(QStringLiteral("retire-delay-s")).toInt();
    options.faults.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    options.faults.pageLatencyMs = parser.value(QStringLiteral("page-latency-ms")).toInt();
    options.faults.slowBodyMs = parser.value(QStringLiteral("slow-body-ms")).toInt();
    options.clockSkewSeconds = parser.value(QStringLiteral("clock-skew-s")).toInt();
    options.faults.retryAfterSeconds = parser.value(QStringLiteral("retry-after")).toInt();
    options.faults.seed = options.tenant.seed;
    options.faults.methods = parser.value(QStringLiteral("fault-methods")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.faults.pathContains = parser.value(QStringLiteral("fault-path"));
    const bool ratesOk = parseRate(parser, QStringLiteral("throttle-rate"), &options.faults.throttleRate)
        && parseRate(parser, QStringLiteral("unavailable-rate"), &options.faults.serviceUnavailableRate)
        && parseRate(parser, QStringLiteral("gateway-timeout-rate"), &options.faults.gatewayTimeoutRate)
        && parseRate(parser, QStringLiteral("bad-gateway-rate"), &options.faults.badGatewayRate)
        && parseRate(parser, QStringLiteral("drop-rate"), &options.faults.dropRate)
        && parseRate(parser, QStringLiteral("truncate-rate"), &options.faults.truncateRate)
        && parseRate(parser, QStringLiteral("server-error-rate"), &options.faults.serverErrorRate)
        && parseRate(parser, QStringLiteral("malformed-rate"), &options.faults.malformedRate);
    if (!ratesOk) {
        std::fprintf(
            stderr, "%s\n", qPrintable(QCoreApplication::translate("graphsim", "Rates are numbers from 0 to 1.")));
        return 2;
    }
    options.throttling = !parser.isSet(QStringLiteral("no-intune-limits"));
    options.throttleScale = parser.value(QStringLiteral("limit-scale")).toDouble();
    for (const auto &action :
        parser.value(QStringLiteral("require-approval")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!GraphSimulator::actionNames().contains(action)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("graphsim", "Unknown action '%1'. Known: %2.")
                               .arg(action, GraphSimulator::actionNames().join(QStringLiteral(", ")))));
            return 2;
        }
        options.approvalRequired.insert(action);
    }
    const QString consent = parser.value(QStringLiteral("consent"));
    if (consent != QLatin1String("full") && consent != QLatin1String("read-only")) {
        std::fprintf(
            stderr, "%s\n", qPrintable(QCoreApplication::translate("graphsim", "--consent takes full or read-only.")));
        return 2;
    }
    options.tenant.consent
        = consent == QLatin1String("full") ? DemoTenantOptions::Consent::Full : DemoTenantOptions::Consent::ReadOnly;
    options.accessTokenLifetimeSeconds = parser.value(QStringLiteral("token-lifetime-s")).toInt();
    options.deviceCodeIntervalSeconds = parser.value(QStringLiteral("device-code-interval-s")).toInt();
    options.logFile = parser.value(QStringLiteral("log"));
    options.tls = parser.isSet(QStringLiteral("tls")) || parser.isSet(QStringLiteral("tls-cert"));
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key"))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("graphsim", "--tls-cert and --tls-key go together.")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        options.certificatePath = parser.value(QStringLiteral("tls-cert"));
        options.certificate
            = DemoCertificate::fromFiles(options.certificatePath, parser.value(QStringLiteral("tls-key")));
        if (options.certificate.isNull()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "graphsim", "Cannot read a PEM certificate from %1 and its key from %2.")
                               .arg(options.certificatePath, parser.value(QStringLiteral("tls-key")))));
            return 2;
        }
    }

    DemoServer server(options);
    if (!server.start(QHostAddress::LocalHost, quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("graphsim", "Cannot listen on port %1 (or set up TLS).")
                           .arg(parser.value(QStringLiteral("port")))));
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(server.describe()).toJson(QJsonDocument::Compact) << Qt::endl;
    out << QCoreApplication::translate("graphsim", "Graph:     %1/v1.0 and %1/beta").arg(server.graphUrl().toString())
        << Qt::endl;
    out << QCoreApplication::translate("graphsim", "Authority: %1").arg(server.authorityUrl().toString()) << Qt::endl;
    out << QCoreApplication::translate("graphsim", "Tenant:    %1 devices, %2 users, %3 Autopilot identities")
               .arg(server.tenant().deviceCount())
               .arg(server.tenant().users().size())
               .arg(server.tenant().autopilotIdentities().size())
        << Qt::endl;
    return app.exec();
}
