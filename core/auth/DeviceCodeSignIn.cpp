#include "core/auth/DeviceCodeSignIn.h"

#include "core/auth/TokenEndpoint.h"
#include "core/graph/GraphClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

void DeviceCodeSignIn::start()
{
    const QUrl url = oauthUrl("devicecode");
    if (!GraphClient::isAcceptableScheme(url))
        return fail(GraphError::invalidResponse(
            tr("The sign-in address %1 is not secure (HTTPS is required).").arg(url.toDisplayString())));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    QNetworkReply *reply = m_network->post(TokenEndpoint::formRequest(url), TokenEndpoint::encodeForm(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (isDone())
            return;
        const QByteArray body = reply->readAll();
        const DeviceCodeResponse answer
            = readDeviceCode(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body);
        if (!answer.ok)
            return fail(TokenEndpoint::errorOf(reply, body));
        m_deviceCode = answer.deviceCode;
        m_interval = answer.interval;
        m_expires = QDateTime::currentDateTimeUtc().addSecs(answer.expiresIn);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
        m_timer->start(m_interval * 1000);
        emit codeReady(answer.userCode, answer.verificationUri, m_expires);
    });
}

DeviceCodeResponse DeviceCodeSignIn::readDeviceCode(int httpStatus, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    DeviceCodeResponse answer;
    answer.ok = httpStatus == 200 && json.value(QStringLiteral("device_code")).isString();
    if (!answer.ok)
        return answer;
    answer.deviceCode = json.value(QStringLiteral("device_code")).toString();
    answer.userCode = json.value(QStringLiteral("user_code")).toString();
    answer.verificationUri = QUrl(json.value(QStringLiteral("verification_uri")).toString());
    answer.interval = qBound(1, json.value(QStringLiteral("interval")).toInt(5), 600);
    answer.expiresIn = qBound(1, json.value(QStringLiteral("expires_in")).toInt(900), 24 * 3600);
    return answer;
}

void DeviceCodeSignIn::cancel()
{
    SignInFlow::cancel();
    if (m_timer)
        m_timer->stop();
}

void DeviceCodeSignIn::poll()
{
    if (isDone())
        return;
    TokenEndpoint *tokens = endpoint();
    connect(tokens, &TokenEndpoint::finished, this, [this, tokens](const TokenResponse &response) {
        tokens->deleteLater();
        if (isDone())
            return;
        if (response.ok())
            return succeed(
                {AccessToken::fromTokenAnswer(response.accessToken, response.expiresIn), response.refreshToken});
        const QString code = response.error.code;
        if (code == QLatin1String("authorization_pending") || code == QLatin1String("slow_down")) {
            if (code == QLatin1String("slow_down"))
                m_interval += 5; // RFC 8628: wait five seconds longer from now on
            if (QDateTime::currentDateTimeUtc() < m_expires) {
                m_timer->start(m_interval * 1000);
                return;
            }
        }
        fail(response.error);
    });
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    tokens->request(form);
}

bool DeviceCodeSignIn::isPolling() const
{
    return m_timer && m_timer->isActive();
}
