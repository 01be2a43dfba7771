#pragma once

#include "core/graph/GraphProperty.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A user of the directory as the user list shows it: a subset of Graph's type.
struct DirectoryUser
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString jobTitle;
    QString department;
    QString officeLocation;
    bool accountEnabled = true;

    static DirectoryUser fromJson(const QJsonObject &json);
    // Takes one Graph property, as a page or a single object carries it; properties it does not know are ignored.
    void read(const GraphProperty &property);
    static const QStringList &selectProperties();
    // The member that holds a Graph string property, or nullptr: how an action's documented effect is applied.
    static QString DirectoryUser::*stringProperty(const QString &graphName);
};

Q_DECLARE_TYPEINFO(DirectoryUser, Q_RELOCATABLE_TYPE);
