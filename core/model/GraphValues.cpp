#include "core/model/GraphValues.h"

#include <QSet>

namespace GraphValues {

QString interned(const QString &text)
{
    thread_local QSet<QString> pool;
    const auto it = pool.constFind(text);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() < 20000)
        pool.insert(text);
    return text;
}

namespace {
// Reads the fixed digits of Graph's "yyyy-MM-ddTHH:mm:ss[.fff…]Z"; -1 when a character is not a digit.
int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QUuid graphGuid(const GraphProperty &property)
{
    if (property.kind != GraphProperty::Kind::Text)
        return {};
    return QUuid::fromString(QUtf8StringView(property.text.data(), qsizetype(property.text.size())));
}

QDateTime graphDateTime(const QString &text)
{
    // Lists hold two dates per row for 100,000 rows, so Graph's usual UTC form is read directly;
    // anything else (offsets, odd precision) goes through Qt's full ISO parser.
    if (text.size() >= 20 && text.endsWith(QLatin1Char('Z')) && text.at(4) == QLatin1Char('-')
        && text.at(10) == QLatin1Char('T')) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int ms = text.size() >= 24 && text.at(19) == QLatin1Char('.') ? digits(text, 20, 3) : 0;
        if (year > 1 && month > 0 && day > 0 && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
        if (year == 1)
            return {};
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() && time.date().year() > 1 ? time : QDateTime();
}

} // namespace GraphValues
