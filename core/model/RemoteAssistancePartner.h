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
};

Q_DECLARE_TYPEINFO(RemoteAssistancePartner, Q_RELOCATABLE_TYPE);
