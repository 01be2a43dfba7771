#include "core/auth/BrowserSignIn.h"

#include "core/auth/LoopbackRedirectListener.h"
#include "core/graph/GraphClient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

void BrowserSignIn::start()
{
    // Only the loopback interfaces: nothing on the network can answer in the browser's place.
    m_listener = new LoopbackRedirectListener(this);
    if (!m_listener->listen())
        return fail(GraphError::invalidResponse(tr("Could not open a local port for the browser to return to.")));
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &BrowserSignIn::onRedirect);
    m_redirectUri = m_listener->redirectUri();
    m_verifier = randomUrlSafe(48);
    m_state = randomUrlSafe(16);
    m_listener->setExpectedState(m_state);
    const QString challenge
        = QString::fromLatin1(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    QUrl url = oauthUrl("authorize");
    url.setQuery(GraphClient::encodeQuery(query), QUrl::StrictMode);
    emit openBrowser(url);
}

void BrowserSignIn::cancel()
{
    SignInFlow::cancel();
    if (m_listener)
        m_listener->close();
}

void BrowserSignIn::onRedirect(const QUrlQuery &answer)
{
    if (isDone())
        return;
    auto value = [&](const char *key) { return answer.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (answer.hasQueryItem(QStringLiteral("error"))) {
        GraphError error;
        error.code = value("error");
        error.message = value("error_description");
        return fail(error);
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code"), value("code"));
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("scope"), delegatedScopes(m_cloud, m_readOnly).join(QLatin1Char(' ')));
    redeem(form);
}
