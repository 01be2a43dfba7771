#include "tests/support/TestHttp.h"

#include <QSslConfiguration>

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString TestReply::errorCode() const
{
    const QJsonValue error = json().value(QStringLiteral("error"));
    return error.isObject() ? error.toObject().value(QStringLiteral("code")).toString() : error.toString();
}

QByteArray TestHttp::encodeForm(const QUrlQuery &form)
{
    QString encoded = form.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    return encoded.toUtf8();
}

TestReply TestHttp::get(const QUrl &url, const Headers &headers)
{
    return send("GET", url, {}, headers);
}

TestReply TestHttp::post(const QUrl &url, const QByteArray &body, const Headers &headers, const QByteArray &contentType)
{
    Headers all = headers;
    all.append({"Content-Type", contentType});
    return send("POST", url, body, all);
}

TestReply TestHttp::postForm(const QUrl &url, const QUrlQuery &form, const Headers &headers)
{
    return post(url, encodeForm(form), headers, "application/x-www-form-urlencoded");
}

TestReply TestHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_trusted);
        request.setSslConfiguration(tls);
    }
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QElapsedTimer timer;
    timer.start();
    QBuffer *buffer = nullptr;
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network.get(request);
    } else {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        reply = m_network.sendCustomRequest(request, verb, buffer);
        buffer->setParent(reply);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    TestReply result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return result;
}
