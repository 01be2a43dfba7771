#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

// Plain HTTP for tests: real QNetworkAccessManager requests over loopback, waited for in a local event loop.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const; // Graph's error.code, or Entra ID's error
};

class TestHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    TestReply get(const QUrl &url, const Headers &headers = {});
    TestReply post(const QUrl &url, const QByteArray &body, const Headers &headers = {},
        const QByteArray &contentType = "application/json");
    TestReply postForm(const QUrl &url, const QUrlQuery &form, const Headers &headers = {});
    TestReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers);

    // Trusts these certificates as CAs as well as the system's, as a client told about a demo tenant's TLS would.
    void trust(const QList<QSslCertificate> &certificates) { m_trusted = certificates; }

    static Headers bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toLatin1()}}; }
    static QByteArray encodeForm(const QUrlQuery &form);

private:
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_trusted;
};
