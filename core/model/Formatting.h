#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Dates as people read them: in the user's locale, with how long ago ("3 days ago").
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    static QString dateTime(const QDateTime &time);
    static QString age(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString dateTimeWithAge(const QDateTime &time);
};
