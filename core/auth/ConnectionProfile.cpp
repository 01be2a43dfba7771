#include "core/auth/ConnectionProfile.h"

#include "core/graph/GraphClient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Give the connection a name.");
    static const QRegularExpression tenantPattern(
        QStringLiteral("^([0-9a-fA-F-]{36}|[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|organizations)$"));
    if (!tenantPattern.match(tenant.trimmed()).hasMatch())
        return QCoreApplication::translate("ConnectionProfile",
            "Enter the tenant as its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.");
    if (isAppOnly() && tenant.trimmed() == QLatin1String("organizations"))
        return QCoreApplication::translate(
            "ConnectionProfile", "App-only sign-in needs a specific tenant, not \"organizations\".");
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!guid.match(clientId.trimmed()).hasMatch())
        return QCoreApplication::translate(
            "ConnectionProfile", "The client ID is the application (client) ID of an app registration: a GUID.");
    if (cloudId == QLatin1String("custom") && (!customGraphUrl.isValid() || !customLoginUrl.isValid()))
        return QCoreApplication::translate(
            "ConnectionProfile", "A custom cloud needs its Graph and sign-in addresses.");
    // Tokens and secrets travel only over TLS; plain HTTP is for the demo tenant on this machine.
    if (cloudId == QLatin1String("custom")
        && (!GraphClient::isAcceptableScheme(customGraphUrl) || !GraphClient::isAcceptableScheme(customLoginUrl)))
        return QCoreApplication::translate("ConnectionProfile",
            "A custom cloud's addresses must start with https:// (plain http only for this machine, 127.0.0.1).");
    return {};
}

QString ConnectionProfile::kindId(SignInKind kind)
{
    switch (kind) {
    case SignInKind::Browser:
        return QStringLiteral("browser");
    case SignInKind::DeviceCode:
        return QStringLiteral("deviceCode");
    case SignInKind::ClientSecret:
        return QStringLiteral("clientSecret");
    }
    return QStringLiteral("browser");
}

ConnectionProfile::SignInKind ConnectionProfile::kindFromId(const QString &id)
{
    if (id == QLatin1String("deviceCode"))
        return SignInKind::DeviceCode;
    if (id == QLatin1String("clientSecret"))
        return SignInKind::ClientSecret;
    return SignInKind::Browser;
}
