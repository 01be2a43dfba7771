#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the simulators see it, independent of the socket it came from.
struct SimRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys in lower case
    QByteArray body;
    QString scheme = QStringLiteral("http"); // what the server serves: absolute URLs in answers use it
    QString host;
    QString requestId;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QString baseUrl() const { return scheme + QStringLiteral("://") + host; }
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool isCollectionPage = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse noContent();
    static SimResponse html(int status, const QString &page);
    static SimResponse redirect(const QUrl &location);
};

// Parses a query string the way ASP.NET front ends (and so Graph and Entra ID) do: '+' means a space.
// Small pieces of HTTP as the simulator writes it.
namespace SimHttp {

QUrlQuery parseFormEncoded(const QByteArray &encoded);
QByteArray reasonPhrase(int status);
QString newGuid();
QString isoUtc(const QDateTime &time);

} // namespace SimHttp
