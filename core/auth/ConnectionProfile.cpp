#include "core/auth/ConnectionProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Give the connection a name.");
    static const QRegularExpression tenantPattern(QStringLiteral("^([0-9a-fA-F-]{36}|[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|organizations)$"));
    if (!tenantPattern.match(tenant.trimmed()).hasMatch())
        return QCoreApplication::translate("ConnectionProfile",
                                           "Enter the tenant as its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.");
    if (isAppOnly() && tenant.trimmed() == QLatin1String("organizations"))
        return QCoreApplication::translate("ConnectionProfile", "App-only sign-in needs a specific tenant, not \"organizations\".");
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!guid.match(clientId.trimmed()).hasMatch())
        return QCoreApplication::translate("ConnectionProfile", "The client ID is the application (client) ID of an app registration: a GUID.");
    if (cloudId == QLatin1String("custom") && (!customGraphUrl.isValid() || !customLoginUrl.isValid()))
        return QCoreApplication::translate("ConnectionProfile", "A custom cloud needs its Graph and sign-in addresses.");
    return {};
}

QString ConnectionProfile::kindId(SignInKind kind)
{
    switch (kind) {
    case SignInKind::Browser: return QStringLiteral("browser");
    case SignInKind::DeviceCode: return QStringLiteral("deviceCode");
    case SignInKind::ClientSecret: return QStringLiteral("clientSecret");
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

QList<ConnectionProfile> ProfileStore::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    QList<ConnectionProfile> profiles;
    for (const QString &id : settings.childGroups()) {
        settings.beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.cloudId = settings.value(QStringLiteral("cloud"), QStringLiteral("global")).toString();
        p.customGraphUrl = settings.value(QStringLiteral("customGraphUrl")).toUrl();
        p.customLoginUrl = settings.value(QStringLiteral("customLoginUrl")).toUrl();
        p.tenant = settings.value(QStringLiteral("tenant")).toString();
        p.clientId = settings.value(QStringLiteral("clientId"), QLatin1String(ConnectionProfile::DefaultPublicClientId)).toString();
        p.signInKind = ConnectionProfile::kindFromId(settings.value(QStringLiteral("signIn")).toString());
        p.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
        settings.endGroup();
        profiles.append(p);
    }
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return profiles;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles/") + p.id);
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("cloud"), p.cloudId);
    settings.setValue(QStringLiteral("customGraphUrl"), p.customGraphUrl);
    settings.setValue(QStringLiteral("customLoginUrl"), p.customLoginUrl);
    settings.setValue(QStringLiteral("tenant"), p.tenant.trimmed());
    settings.setValue(QStringLiteral("clientId"), p.clientId.trimmed());
    settings.setValue(QStringLiteral("signIn"), ConnectionProfile::kindId(p.signInKind));
    settings.setValue(QStringLiteral("readOnly"), p.readOnly);
}

void ProfileStore::remove(const QString &id)
{
    QSettings().remove(QStringLiteral("profiles/") + id);
}

QString ProfileStore::lastUsed()
{
    return QSettings().value(QStringLiteral("session/lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    QSettings().setValue(QStringLiteral("session/lastProfile"), id);
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
