#pragma once

#include "core/graph/GraphProperty.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/model/GraphValues.h"

// An Intune managed device as the lists show it (a subset of Graph's managedDevice).
struct ManagedDevice
{
    QString id;
    QString deviceName;
    QString userPrincipalName;
    QString userDisplayName;
    QUuid userId; // GUIDs held as 16 bytes, not as 36 characters: lists hold 100,000 of them
    QString operatingSystem;
    QString osVersion;
    QString manufacturer;
    QString model;
    QString serialNumber;
    QString complianceState;
    QString managementState;
    QString ownerType;
    QUuid azureADDeviceId;
    QDateTime lastSyncDateTime;
    QDateTime enrolledDateTime;

    static ManagedDevice fromJson(const QJsonObject &json);
    // Takes one Graph property, as a page or a single object carries it; properties it does not know are ignored.
    void read(const GraphProperty &property);
    // The properties fromJson reads, for $select.
    static const QStringList &selectProperties();
    // The member that holds a Graph string property, or nullptr: how an action's documented effect is applied.
    static QString ManagedDevice::*stringProperty(const QString &graphName);
};

Q_DECLARE_TYPEINFO(ManagedDevice, Q_RELOCATABLE_TYPE);
