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

QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace SimHttp
