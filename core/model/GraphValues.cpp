#include "core/model/GraphValues.h"

#include <string>
#include <unordered_map>

namespace GraphValues {

namespace {

// Looks strings up by their UTF-8 bytes as the page holds them, so a value met before costs no new QString.
struct Utf8Hash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

// Reads the fixed digits of Graph's "yyyy-MM-ddTHH:mm:ss[.fff…]Z"; -1 when a character is not a digit.
int digits(std::string_view text, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QString interned(const GraphProperty &property)
{
    if (property.kind != GraphProperty::Kind::Text)
        return {};
    thread_local std::unordered_map<std::string, QString, Utf8Hash, std::equal_to<>> pool;
    if (const auto it = pool.find(property.text); it != pool.end())
        return it->second;
    QString text = property.toString();
    if (pool.size() < 20000)
        pool.emplace(std::string(property.text), text);
    return text;
}

QUuid graphGuid(const GraphProperty &property)
{
    if (property.kind != GraphProperty::Kind::Text)
        return {};
    return QUuid::fromString(QUtf8StringView(property.text.data(), qsizetype(property.text.size())));
}

QDateTime graphDateTime(const GraphProperty &property)
{
    if (property.kind != GraphProperty::Kind::Text)
        return {};
    // Lists hold two dates per row for 100,000 rows, so Graph's usual UTC form is read directly;
    // anything else (offsets, odd precision) goes through Qt's full ISO parser.
    const std::string_view text = property.text;
    if (text.size() >= 20 && text.back() == 'Z' && text[4] == '-' && text[10] == 'T') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int ms = text.size() >= 24 && text[19] == '.' ? digits(text, 20, 3) : 0;
        if (year > 1 && month > 0 && day > 0 && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
        if (year == 1)
            return {};
    }
    const QDateTime time = QDateTime::fromString(property.toString(), Qt::ISODateWithMs);
    return time.isValid() && time.date().year() > 1 ? time : QDateTime();
}

} // namespace GraphValues
