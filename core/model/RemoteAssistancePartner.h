#pragma once

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
    static const QStringList &selectProperties();
    // The member that holds a Graph string property, or nullptr: how an action's documented effect is applied.
    static QString RemoteAssistancePartner::*stringProperty(const QString &graphName);
};

Q_DECLARE_TYPEINFO(RemoteAssistancePartner, Q_RELOCATABLE_TYPE);
