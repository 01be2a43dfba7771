#pragma once

#include "core/graph/GraphProperty.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A remote assistance partner as its list shows it: a subset of Graph's type.
struct RemoteAssistancePartner
{
    QString id;
    QString displayName;
    QString onboardingStatus;
    QString onboardingUrl;
    QDateTime lastConnectionDateTime;

    static RemoteAssistancePartner fromJson(const QJsonObject &json);
    // Takes one Graph property, as a page or a single object carries it; properties it does not know are ignored.
    void read(const GraphProperty &property);
    static const QStringList &selectProperties();
    // The member that holds a Graph string property, or nullptr: how an action's documented effect is applied.
    static QString RemoteAssistancePartner::*stringProperty(const QString &graphName);
};

Q_DECLARE_TYPEINFO(RemoteAssistancePartner, Q_RELOCATABLE_TYPE);
