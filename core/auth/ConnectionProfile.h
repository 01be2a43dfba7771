#pragma once

#include "core/graph/Cloud.h"

#include <QList>
#include <QString>
#include <QUrl>

// How to reach one tenant. Stored in QSettings; secrets and tokens are never part of it.
struct ConnectionProfile
{
    enum class SignInKind { Browser, DeviceCode, ClientSecret };

    QString id; // stable key, also the keychain service suffix
    QString name;
    QString cloudId = QStringLiteral("global");
    QUrl customGraphUrl;
    QUrl customLoginUrl;
    QString tenant; // tenant id or domain
    QString clientId;
    SignInKind signInKind = SignInKind::Browser;
    // Asks Entra ID only for read permissions and never runs an action: for people and organisations that have not
    // consented (or may not consent) to Offboard's write permissions.
    bool readOnly = false;
    // False for the demo tenant: its tokens die with the run, so they never go to the user's keychain.
    bool keepSecretsInKeychain = true;
    // The built-in demo tenant: the window says so in a banner. Never saved.
    bool demo = false;
    // Deployed by the organisation (OrganisationPolicy); locked: its cloud, tenant, client id, sign-in method and
    // read-only choice cannot be changed, and the user's own settings never override them.
    bool fromOrganisation = false;
    bool locked = false;

    // Microsoft Graph Command Line Tools, a public client every tenant can consent to for delegated Graph access.
    // Organisations that want their own app registration put its client id in the profile (see README).
    static constexpr auto DefaultPublicClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

    Cloud cloud() const { return Cloud::fromId(cloudId, customGraphUrl, customLoginUrl); }
    QString keychainService() const { return QStringLiteral("Offboard/") + id; }
    bool isAppOnly() const { return signInKind == SignInKind::ClientSecret; }
    QString validationError() const;

    static QString kindId(SignInKind kind);
    static SignInKind kindFromId(const QString &id);
};
