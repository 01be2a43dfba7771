#pragma once

#include "core/graph/GraphError.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/WritePacer.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

enum class ApiVersion { V1, Beta };

// The one way the app talks to Microsoft Graph: base URL of the cloud in use, bearer token, client-request-id,
// and the retry policy. Requests never leave the Graph host in use, and plain HTTP is refused except on loopback.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    explicit GraphClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTokenProvider(std::function<QString()> provider) { m_tokenProvider = std::move(provider); }

    // path is relative to the version, its ids encoded with pathSegment(), e.g. "/users/" + pathSegment(upn).
    QUrl resourceUrl(ApiVersion version, const QString &path, const QUrlQuery &query = {}) const;
    // One id as a path segment, percent-encoded once ('/', '?', '#', '%', '@' and the like never reach the path raw).
    static QString pathSegment(const QString &id);
    // True when url points at the Graph host in use, so a bearer token may be sent there.
    bool isGraphUrl(const QUrl &url) const;
    // https, or plain http to a loopback address (the demo tenant); nothing else may carry a token or secret.
    static bool isAcceptableScheme(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // A GET that is retried after 429, 503 and 504 (honouring Retry-After) and after network errors.
    GraphRequest *get(const QUrl &url, const RequestHeaders &headers = {});
    // A POST with a JSON body (empty for none). It is sent again only after 429 or 503, which tell that Graph did
    // not carry it out. A dropped connection or a 504 after sending gives error.outcomeUnknown, never a resend.
    GraphRequest *post(const QUrl &url, const QByteArray &jsonBody, const RequestHeaders &headers = {});
    // PATCH and DELETE are writes like POST: sent again only after 429 or 503.
    GraphRequest *patch(const QUrl &url, const QByteArray &jsonBody);
    GraphRequest *deleteResource(const QUrl &url);

    QNetworkAccessManager *network() const { return m_network; }
    // Intune's write limit, shared by every write this client sends (GraphRequest and $batch spend from it).
    WritePacer &writePacer() { return m_writePacer; }
    // Ends the sign-in's session: requests made under it are never sent again (a retry waiting after a 429 must not
    // go out with the next person's token).
    void endSession() { ++m_session; }
    quint64 session() const { return m_session; }
    QString accessToken() const { return m_tokenProvider ? m_tokenProvider() : QString(); }

    // Graph answered 401 InvalidAuthenticationToken: the token expired early (clock skew, revocation, continuous access
    // evaluation). Asks whoever holds the sign-in for a new one (tokenRejected()), once however many requests wait;
    // returns false when nobody can renew, so the request fails at once. Authentication comes before anything is
    // done, so the requests waiting are sent again, writes included, once tokenRenewed() is called.
    bool renewToken();
    void tokenRenewed() { finishRenewal(true); }
    void tokenRenewalFailed() { finishRenewal(false); }
    bool isRenewingToken() const { return m_renewing; }

    static QByteArray userAgent();
    // A query or form body as Graph and Entra ID read it: they take '+' for a space, so a plus travels as %2B.
    static QString encodeQuery(const QUrlQuery &query);
    static int retryAfterSeconds(const QByteArray &headerValue, int fallback);
    // An HTTP-date ("Thu, 26 Nov 2026 11:20:37 GMT", RFC 9110 section 5.6.7) in UTC; invalid if it is not one.
    static QDateTime httpDate(const QByteArray &headerValue);

signals:
    void tokenRejected();
    void renewalFinished(bool renewed);

private:
    void finishRenewal(bool renewed);

    QNetworkAccessManager *m_network;
    WritePacer m_writePacer;
    QUrl m_baseUrl;
    std::function<QString()> m_tokenProvider;
    quint64 m_session = 0;
    bool m_renewing = false;
};
