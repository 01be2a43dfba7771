#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

// The other three kinds of object the lists show (ManagedDevice has its own header), each a subset of Graph's type.

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
    static const QStringList &selectProperties();
};

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
    static const QStringList &selectProperties();
};

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

Q_DECLARE_TYPEINFO(AutopilotIdentity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DirectoryUser, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(RemoteAssistancePartner, Q_RELOCATABLE_TYPE);

// One shared copy of strings that repeat across thousands of rows (OS, model, states): lists of 100,000 devices
// hold each only once. Per thread, so pages converted on worker threads need no lock.
QString interned(const QString &text);

// Graph writes 0001-01-01T00:00:00Z for "never"; that becomes an invalid QDateTime.
QDateTime graphDateTime(const QJsonValue &value);
