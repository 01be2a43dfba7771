#pragma once

#include "demo/GraphContext.h"
#include "demo/SimHttp.h"

#include <QStringList>

// Graph's error envelope (error.code, error.message, error.innerError with request-id, client-request-id and date)
// and the shapes Intune and the directory give its message.
SimResponse graphErrorResponse(const SimRequest &request, int status, const QString &code, const QString &message);

namespace GraphErrors {

SimResponse error(const GraphContext &ctx, int status, const QString &code, const QString &message);

SimResponse badSegment(const GraphContext &ctx, const QString &segment);

SimResponse methodNotAllowed(const GraphContext &ctx, const QByteArray &allowed);

SimResponse notServed(const GraphContext &ctx);

// Intune answers a missing object with its own message format inside Graph's error envelope.
// The tail Intune puts on its error messages, naming the request it refused.
QString intuneDiagnostics(const GraphContext &ctx);

SimResponse intuneNotFound(const GraphContext &ctx, const QString &segment, const QString &id);

SimResponse directoryNotFound(const GraphContext &ctx, const QString &id);

QString intuneForbiddenMessage(const GraphContext &ctx, const QStringList &scopes);

// The token carries the scope, but the person's Intune role does not include the operation (role-based access
// control). Graph answers 403 Forbidden; the wording is the demo's, the status and code are Graph's.
QString intuneRoleMessage(const GraphContext &ctx, const QStringList &scopes);

} // namespace GraphErrors
