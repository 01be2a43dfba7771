#include "core/auth/ProfileStore.h"

#include <QSettings>
#include <QUuid>

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
        p.clientId = settings.value(QStringLiteral("clientId"), QLatin1String(ConnectionProfile::DefaultPublicClientId))
                         .toString();
        p.signInKind = ConnectionProfile::kindFromId(settings.value(QStringLiteral("signIn")).toString());
        p.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
        settings.endGroup();
        profiles.append(p);
    }
    std::sort(profiles.begin(), profiles.end(),
        [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
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
