#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Issues and checks the demo tenant's JSON Web Tokens. They carry the claims Entra ID puts in Graph access tokens
// (aud, iss, tid, oid, upn, scp or roles, appid, exp); they are signed with HS256 and a key that lives only in
// this process, so a token from one demo tenant run is worthless in another.
class DemoTokenService
{
public:
    DemoTokenService();

    static constexpr auto GraphAudience = "https://graph.microsoft.com";

    QString sign(const QJsonObject &claims) const;

    enum class Check { Valid, Missing, Malformed, BadSignature, Expired, WrongAudience };
    Check verify(const QString &token, const QDateTime &now, QJsonObject *claims) const;

    static QJsonObject decodeUnverified(const QString &token);

private:
    QByteArray m_key;
};
