#pragma once

#include "core/auth/ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QSettings;

// What an organisation deploys beside the package: preset connections (optionally locked), the default language,
// the sign-in methods allowed and actions turned off. Read from Qt's system scope, never written by Offboard:
// <XDG_CONFIG_DIRS, default /etc/xdg>/Offboard/Offboard.conf on Linux, HKEY_LOCAL_MACHINE\Software\Offboard\Offboard
// on Windows, /Library/Preferences on macOS. README "Organisation presets" documents the keys.
class OrganisationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationPolicy)

public:
    // The policy of this installation, read once; an empty policy (no restrictions) when nothing is deployed.
    static const OrganisationPolicy &current();
    // Reads the system scope again (tests that change XDG_CONFIG_DIRS or the application's name).
    static void reload();
    static OrganisationPolicy fromSettings(QSettings &settings, const QString &source);

    bool isEmpty() const { return m_source.isEmpty(); }
    QString source() const { return m_source; } // the file (or registry key) it came from, for messages
    QList<ConnectionProfile> connections() const { return m_connections; }
    bool allowsOwnConnections() const { return m_ownConnections; }
    bool allowsSignInKind(ConnectionProfile::SignInKind kind) const { return m_signInKinds.contains(kind); }
    bool disablesAction(const QString &actionName) const { return m_disabledActions.contains(actionName); }
    QString defaultLanguage() const { return m_language; }
    // Translated: entries that could not be used (unknown action, malformed connection…), so an administrator
    // finds a typo instead of wondering why a preset has no effect.
    QStringList problems() const { return m_problems; }

    // The connections the sign-in dialog offers: the organisation's first, then the user's own (when allowed).
    // A user's saved copy of an unlocked preset overrides it; of a locked one, it is ignored.
    QList<ConnectionProfile> merged(const QList<ConnectionProfile> &saved) const;
    // Why a connection may not be used to sign in under this policy; empty when it may.
    QString refusalFor(const ConnectionProfile &profile) const;

private:
    void readConnections(QSettings &settings);
    void readSignIn(QSettings &settings);
    void readActions(QSettings &settings);

    QString m_source;
    QList<ConnectionProfile> m_connections;
    bool m_ownConnections = true;
    QSet<ConnectionProfile::SignInKind> m_signInKinds = {ConnectionProfile::SignInKind::Browser,
        ConnectionProfile::SignInKind::DeviceCode, ConnectionProfile::SignInKind::ClientSecret};
    QSet<QString> m_disabledActions;
    QString m_language;
    QStringList m_problems;
};
