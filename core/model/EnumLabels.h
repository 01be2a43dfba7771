#pragma once

#include <QCoreApplication>
#include <QString>

// Readable, translated labels for Graph enum values. An unknown value is shown as it is.
class EnumLabels
{
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)

public:
    static QString complianceState(const QString &value);
    static QString managementState(const QString &value);
    static QString ownerType(const QString &value);
    static QString enrollmentState(const QString &value);
    static QString onboardingStatus(const QString &value);
};
