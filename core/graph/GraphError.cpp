#include "core/graph/GraphError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Intune puts a JSON document of its own into Graph's message ({"_version": 3, "Message": "…", "HttpHeaders": …});
// the operator needs its Message, not the document.
QString unwrapIntuneMessage(const QString &message)
{
    if (!message.trimmed().startsWith(QLatin1Char('{')))
        return message;
    const QJsonObject inner = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString text = inner.value(QStringLiteral("Message")).toString();
    return text.isEmpty() ? message : text;
}

} // namespace

GraphError GraphError::fromResponse(int httpStatus, QNetworkReply::NetworkError networkError, const QByteArray &body,
    const QByteArray &requestIdHeader, const QByteArray &clientRequestIdHeader)
{
    GraphError error;
    error.httpStatus = httpStatus;
    error.networkError = httpStatus > 0 ? QNetworkReply::NoError : networkError;
    error.requestId = QString::fromLatin1(requestIdHeader);
    error.clientRequestId = QString::fromLatin1(clientRequestIdHeader);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue errorValue = root.value(QStringLiteral("error"));
    if (errorValue.isObject()) {
        const QJsonObject graph = errorValue.toObject();
        error.code = graph.value(QStringLiteral("code")).toString();
        error.message = unwrapIntuneMessage(graph.value(QStringLiteral("message")).toString());
        const QJsonObject inner = graph.value(QStringLiteral("innerError")).toObject();
        if (!inner.isEmpty()) {
            error.requestId = inner.value(QStringLiteral("request-id")).toString(error.requestId);
            error.clientRequestId = inner.value(QStringLiteral("client-request-id")).toString(error.clientRequestId);
            error.date = inner.value(QStringLiteral("date")).toString();
        }
    } else if (errorValue.isString()) {
        error.code = errorValue.toString();
        error.message = root.value(QStringLiteral("error_description")).toString();
        if (error.requestId.isEmpty())
            error.requestId = root.value(QStringLiteral("trace_id")).toString();
        error.date = root.value(QStringLiteral("timestamp")).toString();
    }
    return error;
}

GraphError GraphError::invalidResponse(const QString &what)
{
    GraphError error;
    error.code = QStringLiteral("invalidResponse");
    error.message = what;
    return error;
}

QString GraphError::networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before it answered.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server name could not be resolved.");
    case QNetworkReply::TimeoutError:
        return tr("The server did not answer in time.");
    case QNetworkReply::OperationCanceledError:
        return tr("The request was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection could not be established.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used.");
    default:
        return tr("A network error occurred (code %1).").arg(int(error));
    }
}

QString GraphError::summary() const
{
    if (outcomeUnknown && httpStatus >= 500)
        return tr(
            "Outcome unknown: Microsoft Graph answered HTTP %1 (%2), which does not say whether the action was carried "
            "out. Check the object before trying again.")
            .arg(QString::number(httpStatus), message.isEmpty() ? code : message);
    if (outcomeUnknown)
        return tr(
            "Outcome unknown: the connection broke after the request was sent. Check the object before trying again.");
    if (!message.isEmpty() && httpStatus > 0)
        return tr("%1 (HTTP %2, %3)")
            .arg(message, QString::number(httpStatus), code); // one arg(): a %1 in Graph's text stays text
    if (!message.isEmpty())
        return message;
    if (httpStatus > 0)
        return tr("The server answered HTTP %1.").arg(httpStatus);
    return networkErrorText(networkError);
}

QString GraphError::details() const
{
    QStringList lines;
    lines << summary();
    if (httpStatus > 0)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << tr("Error code: %1").arg(code);
    if (!requestId.isEmpty())
        lines << tr("Request ID: %1").arg(requestId);
    if (!clientRequestId.isEmpty())
        lines << tr("Client request ID: %1").arg(clientRequestId);
    if (!date.isEmpty())
        lines << tr("Date: %1").arg(date);
    return lines.join(QLatin1Char('\n'));
}
