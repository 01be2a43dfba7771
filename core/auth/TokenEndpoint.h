#pragma once

#include "core/graph/GraphError.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    QString scope;
    int expiresIn = 0;
    GraphError error; // Entra ID's error and error_description, AADSTS code included
    bool ok() const { return !error.isError() && !accessToken.isEmpty(); }
};

// One POST to an Entra ID v2 token endpoint ({authority}/oauth2/v2.0/token); every grant goes through it.
class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    TokenEndpoint(QNetworkAccessManager *network, const QUrl &authority, QObject *parent = nullptr);

    QUrl tokenUrl() const;
    void request(const QUrlQuery &form);
    // application/x-www-form-urlencoded, with '+' escaped so it is not read as a space.
    static QByteArray encodeForm(const QUrlQuery &form);
    // A form POST to Entra ID that never follows a redirect (token and device-code requests carry secrets).
    static QNetworkRequest formRequest(const QUrl &url);
    // What a failed token or device-code answer means; a redirect is refused, never followed.
    static GraphError errorOf(QNetworkReply *reply, const QByteArray &body);
    static GraphError errorOf(
        int httpStatus, QNetworkReply::NetworkError networkError, const QUrl &url, const QByteArray &body);
    // The token endpoint's answer: the tokens of a 200, or what went wrong.
    static TokenResponse readAnswer(
        int httpStatus, QNetworkReply::NetworkError networkError, const QUrl &url, const QByteArray &body);

signals:
    void finished(const TokenResponse &response);

private:
    QNetworkAccessManager *m_network;
    QUrl m_authority;
};
