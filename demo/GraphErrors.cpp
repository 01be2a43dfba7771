#include "demo/GraphErrors.h"

#include "demo/DemoClock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString innerDate()
{
    return DemoClock::nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

SimResponse graphErrorResponse(const SimRequest &request, int status, const QString &code, const QString &message)
{
    const QString clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    const QJsonObject inner {{QStringLiteral("date"), innerDate()}, {QStringLiteral("request-id"), request.requestId},
        {QStringLiteral("client-request-id"), clientRequestId.isEmpty() ? request.requestId : clientRequestId}};
    const QJsonObject body {{QStringLiteral("error"),
        QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
            {QStringLiteral("innerError"), inner}}}};
    SimResponse response = SimResponse::json(status, body);
    response.contentType = "application/json";
    return response;
}

namespace GraphErrors {

SimResponse error(const GraphContext &ctx, int status, const QString &code, const QString &message)
{
    return graphErrorResponse(*ctx.request, status, code, message);
}

SimResponse badSegment(const GraphContext &ctx, const QString &segment)
{
    return error(ctx, 400, QStringLiteral("BadRequest"),
        QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

SimResponse methodNotAllowed(const GraphContext &ctx, const QByteArray &allowed)
{
    SimResponse response = error(ctx, 405, QStringLiteral("BadRequest"),
        QStringLiteral("The HTTP method '%1' is not allowed for the requested resource.")
            .arg(QString::fromLatin1(ctx.request->method)));
    response.setHeader("Allow", allowed);
    return response;
}

SimResponse notServed(const GraphContext &ctx)
{
    return error(ctx, 501, QStringLiteral("NotImplemented"),
        QStringLiteral("The demo tenant does not serve '%1'. It serves the managed devices, Windows Autopilot "
                       "device identities, users and remote assistance partners collections.")
            .arg(ctx.segments.join(QLatin1Char('/'))));
}

// Intune answers a missing object with its own message format inside Graph's error envelope.
// The tail Intune puts on its error messages, naming the request it refused.
QString intuneDiagnostics(const GraphContext &ctx)
{
    return QStringLiteral(
        " - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: %1 - Url: %2")
        .arg(ctx.request->requestId, ctx.url());
}

SimResponse intuneNotFound(const GraphContext &ctx, const QString &segment, const QString &id)
{
    const QJsonObject inner {{QStringLiteral("_version"), 3},
        {QStringLiteral("Message"),
            QString(QStringLiteral("Resource not found for the segment '%1'.").arg(segment) + intuneDiagnostics(ctx))},
        {QStringLiteral("CustomApiErrorPhrase"), QString()},
        {QStringLiteral("RetryAfter"), QJsonValue(QJsonValue::Null)}, {QStringLiteral("ErrorSourceService"), QString()},
        {QStringLiteral("HttpHeaders"), QStringLiteral("{}")}};
    Q_UNUSED(id);
    return error(ctx, 404, QStringLiteral("ResourceNotFound"),
        QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Compact)));
}

SimResponse directoryNotFound(const GraphContext &ctx, const QString &id)
{
    return error(ctx, 404, QStringLiteral("Request_ResourceNotFound"),
        QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects are not present.")
            .arg(id));
}

QString intuneForbiddenMessage(const GraphContext &ctx, const QStringList &scopes)
{
    return QStringLiteral("Application is not authorized to perform this operation. Application must have one of the "
                          "following scopes: %1")
               .arg(scopes.join(QStringLiteral(", ")))
        + intuneDiagnostics(ctx);
}

// The token carries the scope, but the person's Intune role does not include the operation (role-based access
// control). Graph answers 403 Forbidden; the wording is the demo's, the status and code are Graph's.
QString intuneRoleMessage(const GraphContext &ctx, const QStringList &scopes)
{
    return QStringLiteral(
               "The signed-in user is not authorized to perform this operation: no Intune role assigned to %1 "
               "grants it (the token's permission %2 is not enough on its own).")
               .arg(ctx.caller.userPrincipalName, scopes.join(QStringLiteral(" or ")))
        + intuneDiagnostics(ctx);
}

} // namespace GraphErrors
