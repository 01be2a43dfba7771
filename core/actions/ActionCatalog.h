#pragma once

#include "core/auth/AccessToken.h"
#include "core/graph/GraphClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The five Graph actions Offboard exists for, as the reference pages in shared/seeds define them.
// What Graph changes when the action succeeds, as the lists show it (the seeds' reference pages): Graph string
// properties set on the target itself, or on the managed devices of the target user. An empty value clears one.
struct ActionEffect
{
    enum class Scope { Target, ManagedDevicesOfUser };
    Scope scope = Scope::Target;
    QList<QPair<QString, QString>> changes; // Graph property name, new value
};

struct ActionDefinition
{
    enum class Target { ManagedDevice, User, RemoteAssistancePartner, AutopilotIdentity, EntraDevice };

    QString name; // Graph's action name, e.g. "retire"
    Target target;
    ApiVersion version;
    QString pathTemplate; // relative to the version; {id} is the target's Graph id
    bool needsBody = false; // deprovision: {"deprovisionReason": …}
    QStringList delegatedPermissions; // any one of them
    QStringList applicationPermissions; // any one of them; empty: app-only sign-in cannot run it
    ActionEffect effect;
    QByteArray method = "POST";
    QJsonObject fixedBody; // sent as the body when not empty (PATCH: the properties set)

    QString path(const QString &targetId) const;
    // The object the request changes, to read it back: the path itself for DELETE and PATCH, the path without the
    // action's segment for a bound action (…/managedDevices/{id}/retire is about …/managedDevices/{id}).
    QString objectPath(const QString &targetId) const;
    // Graph ids of managed devices, Autopilot identities and partners are GUIDs; users are a GUID or a UPN.
    bool acceptsTargetId(const QString &targetId) const;
};

class ActionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActionCatalog)

public:
    // The five actions of the lists.
    static const QList<ActionDefinition> &all();
    // What an offboarding plan also does, beyond the five: delete the Intune record, deregister from Autopilot,
    // disable or delete the Microsoft Entra device. Never offered in the lists on their own.
    static const QList<ActionDefinition> &planSteps();
    // Any of both.
    static const ActionDefinition *find(const QString &name);

    struct Permission
    {
        bool allowed = false;
        QString reason; // translated: which permission is missing, or why the sign-in kind cannot run it
    };
    // What the signed-in token's scp or roles say about running the action.
    // readOnly: the sign-in was made read-only; Entra ID may still have put write scopes in its token.
    static Permission check(const ActionDefinition &action, const AccessToken &token, bool readOnly = false);

    // Translated name of the action, as a button or menu says it.
    static QString title(const ActionDefinition &action);
    // What happens, in plain words: what the user loses, what stays, that it cannot be undone.
    static QString consequence(const ActionDefinition &action);
    // Reasons offered for deprovision; the operator may also type their own.
    static QStringList commonDeprovisionReasons();
    // The JSON body of the request: empty for all but deprovision, which carries the reason.
    static QByteArray body(const ActionDefinition &action, const QString &deprovisionReason = {});
};
