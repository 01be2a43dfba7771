#include "core/model/Formatting.h"

#include <QLocale>

QString Formatting::dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("Never");
}

QString Formatting::age(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    const int days = int(seconds / 86400);
    if (days < 60)
        return tr("%n day(s) ago", nullptr, days);
    if (days < 730)
        return tr("%n month(s) ago", nullptr, days / 30);
    return tr("%n year(s) ago", nullptr, days / 365);
}

QString Formatting::dateTimeWithAge(const QDateTime &time)
{
    return time.isValid() ? tr("%1 (%2)").arg(dateTime(time), age(time)) : tr("Never");
}
