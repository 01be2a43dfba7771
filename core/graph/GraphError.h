#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// Everything known about a failed Graph or sign-in request, so the user sees Graph's own message and the ids that
// Microsoft support asks for.
struct GraphError
{
    Q_DECLARE_TR_FUNCTIONS(GraphError)

public:
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString code;
    QString message;
    QString requestId;
    QString clientRequestId;
    QString date;
    bool outcomeUnknown = false;

    bool isError() const { return httpStatus >= 400 || networkError != QNetworkReply::NoError || !code.isEmpty(); }
    // One translated sentence for a status bar or banner.
    QString summary() const;
    // Every field, for the details view and the clipboard.
    QString details() const;

    // Reads Graph's {"error": {...}} body, or Entra ID's {"error": "...", "error_description": "..."} body.
    static GraphError fromResponse(int httpStatus, QNetworkReply::NetworkError networkError, const QByteArray &body,
        const QByteArray &requestIdHeader, const QByteArray &clientRequestIdHeader);
    static GraphError invalidResponse(const QString &what);
    static QString networkErrorText(QNetworkReply::NetworkError error);
};

Q_DECLARE_METATYPE(GraphError)
