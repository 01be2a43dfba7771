#include "demo/SimHttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

QString SimRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse response;
    response.status = status;
    response.contentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;"
                           "charset=utf-8";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::noContent()
{
    SimResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

SimResponse SimResponse::html(int status, const QString &page)
{
    SimResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    return response;
}

SimResponse SimResponse::redirect(const QUrl &location)
{
    SimResponse response;
    response.status = 302;
    response.contentType.clear();
    response.setHeader("Location", location.toEncoded());
    return response;
}

namespace SimHttp {

QUrlQuery parseFormEncoded(const QByteArray &encoded)
{
    QByteArray withSpaces = encoded;
    withSpaces.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(withSpaces));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Written by hand: every DateTimeOffset of every row goes through here, and a $filter on a date reads one per row.
QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    constexpr qint64 msPerDay = 86400000;
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const int secondOfDay = int((ms - days * msPerDay) / 1000);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODate);
    char text[21];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, secondOfDay / 3600, 2);
    text[13] = ':';
    put(14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    put(17, secondOfDay % 60, 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

} // namespace SimHttp
