#pragma once

#include "demo/GraphContract.h"
#include "demo/SimHttp.h"

#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// Who calls, from the token: app or person, the token's permissions and (a person) their Intune role.
struct GraphCaller
{
    bool appOnly = false;
    QString appId;
    QString userPrincipalName;
    QSet<QString> permissions; // scopes (delegated) or roles (app-only) in the token
    std::optional<QSet<QString>> role; // a person's Intune role, applied on top of the token's scopes
    std::optional<QSet<QString>> directoryRoles; // a person's Microsoft Entra roles (none for an app)
    bool allows(const QStringList &anyOf) const;
    bool roleAllows(const QStringList &anyOf) const;
    // A person holding one of these Microsoft Entra roles; an app has none to check (its permissions decide).
    bool holdsDirectoryRole(const QStringList &anyOf) const;
};

// One Graph request being answered: its version, its path segments after the version, the request and the caller.
struct GraphContext
{
    SimApiVersion version = SimApiVersion::V1;
    QStringList segments; // after the version segment
    const SimRequest *request = nullptr;
    GraphCaller caller;
    QString url() const;
    QString metadataBase() const;
    // The property names of $select, trimmed, in order (none when absent).
    QStringList selected() const;
    bool eventual() const;
};

// The query of a request again, encoded so that Graph (which reads '+' as a space) gets back the same values.
QString encodeGraphQuery(const QUrlQuery &query);
