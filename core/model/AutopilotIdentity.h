#pragma once

#include "core/graph/GraphProperty.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

// A Windows Autopilot device identity as the Autopilot list shows it: a subset of Graph's type.
struct AutopilotIdentity
{
    QString id;
    QString serialNumber;
    QString displayName;
    QString manufacturer;
    QString model;
    QString groupTag;
    QString userPrincipalName;
    QString addressableUserName;
    QString enrollmentState;
    QString managedDeviceId; // empty when Intune has no managed device for it
    QUuid azureADDeviceId;
    QString purchaseOrderIdentifier;
    QDateTime lastContactedDateTime;

    static AutopilotIdentity fromJson(const QJsonObject &json);
    // Takes one Graph property, as a page or a single object carries it; properties it does not know are ignored.
    void read(const GraphProperty &property);
    static const QStringList &selectProperties();
    // The member that holds a Graph string property, or nullptr: how an action's documented effect is applied.
    static QString AutopilotIdentity::*stringProperty(const QString &graphName);
};

Q_DECLARE_TYPEINFO(AutopilotIdentity, Q_RELOCATABLE_TYPE);
