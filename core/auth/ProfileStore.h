#pragma once

#include "core/auth/ConnectionProfile.h"

#include <QList>
#include <QString>

// Profiles in QSettings under "profiles/<id>/…".
class ProfileStore
{
public:
    static QList<ConnectionProfile> load();
    static void save(const ConnectionProfile &profile);
    static void remove(const QString &id);
    static QString lastUsed();
    static void setLastUsed(const QString &id);
    static QString newId();
};
