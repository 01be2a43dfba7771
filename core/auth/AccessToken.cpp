#include "core/auth/AccessToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr double LatestNumericDate = 253402300799.0; // 9999-12-31T23:59:59Z
}

AccessToken AccessToken::fromJwt(const QString &jwt)
{
    AccessToken token;
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return token;
    const auto payload
        = QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload ? *payload : QByteArray()).object();
    if (claims.isEmpty())
        return token;
    token.m_raw = jwt;
    token.m_upn
        = claims.value(QStringLiteral("upn")).toString(claims.value(QStringLiteral("preferred_username")).toString());
    token.m_name = claims.value(QStringLiteral("name")).toString();
    token.m_tenantId = claims.value(QStringLiteral("tid")).toString();
    token.m_appId = claims.value(QStringLiteral("appid")).toString(claims.value(QStringLiteral("azp")).toString());
    token.m_appName = claims.value(QStringLiteral("app_displayname")).toString();
    const QJsonValue roles = claims.value(QStringLiteral("roles"));
    token.m_appOnly = claims.value(QStringLiteral("idtyp")).toString() == QLatin1String("app")
        || (!claims.contains(QStringLiteral("scp")) && roles.isArray());
    if (token.m_appOnly) {
        for (const auto &role : roles.toArray())
            token.m_permissions.append(role.toString());
    } else {
        token.m_permissions
            = claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // A NumericDate (RFC 7519 section 2) may be any JSON number; only one up to the year 9999 is a time.
    const double exp = claims.value(QStringLiteral("exp")).toDouble();
    if (exp > 0 && exp <= LatestNumericDate)
        token.m_expires = QDateTime::fromSecsSinceEpoch(qint64(exp), Qt::UTC);
    return token;
}

AccessToken AccessToken::fromTokenAnswer(const QString &jwt, int expiresInSeconds)
{
    AccessToken token = fromJwt(jwt);
    if (expiresInSeconds > 0 && !token.m_raw.isEmpty())
        token.m_expires = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    return token;
}
