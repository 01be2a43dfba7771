#include "demo/DemoTokenService.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kEncoding);
}
} // namespace

DemoTokenService::DemoTokenService()
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / 4);
}

QString DemoTokenService::sign(const QJsonObject &claims) const
{
    const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), QStringLiteral("offboard-demo")}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(claims);
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + signature.toBase64(kEncoding));
}

DemoTokenService::Check DemoTokenService::verify(const QString &token, const QDateTime &now, QJsonObject *claims) const
{
    if (token.isEmpty())
        return Check::Missing;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return Check::Malformed;
    const QByteArray expected
        = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_key, QCryptographicHash::Sha256);
    const auto decoded = QByteArray::fromBase64Encoding(parts[2], kEncoding);
    if (!decoded || *decoded != expected)
        return Check::BadSignature;
    const auto payload = QByteArray::fromBase64Encoding(parts[1], kEncoding);
    const QJsonDocument document = QJsonDocument::fromJson(payload ? *payload : QByteArray());
    if (!document.isObject())
        return Check::Malformed;
    *claims = document.object();
    if (claims->value(QStringLiteral("aud")).toString() != QLatin1String(GraphAudience))
        return Check::WrongAudience;
    // Compared as numbers: converting an enormous exp to an integer first would be undefined.
    if (claims->value(QStringLiteral("exp")).toDouble() <= double(now.toSecsSinceEpoch()))
        return Check::Expired;
    return Check::Valid;
}

QJsonObject DemoTokenService::decodeUnverified(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(parts[1], kEncoding);
    return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
}
