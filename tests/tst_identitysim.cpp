#include "tests/support/DemoFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// The demo tenant's Entra ID: every grant end to end over HTTP, with Entra's error codes.
class TestIdentitySim : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QString publicClient;
    const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");

    TestReply token(const QUrlQuery &form)
    {
        return demo->http.postForm(demo->identity(QStringLiteral("/oauth2/v2.0/token")), form);
    }
    static QUrlQuery form(std::initializer_list<std::pair<const char *, QString>> items)
    {
        QUrlQuery query;
        for (const auto &item : items)
            query.addQueryItem(QLatin1String(item.first), item.second);
        return query;
    }
    static QString challengeFor(const QString &verifier)
    {
        return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static QJsonObject claims(const QString &jwt)
    {
        const auto payload = QByteArray::fromBase64Encoding(jwt.section(QLatin1Char('.'), 1, 1).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QJsonDocument::fromJson(*payload).object();
    }
    static int aadsts(const TestReply &reply)
    {
        return reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt();
    }

    // Drives the browser step: opens the sign-in page, posts the form, returns the redirect's query.
    QUrlQuery signInInBrowser(
        const QString &verifier, const QString &password, const QString &action = QStringLiteral("signin"))
    {
        const QUrlQuery authorize
            = form({{"client_id", publicClient}, {"response_type", QStringLiteral("code")}, {"redirect_uri", redirect},
                {"scope", QStringLiteral("openid offline_access https://graph.microsoft.com/.default")},
                {"state", QStringLiteral("xyz 123")}, {"code_challenge", challengeFor(verifier)},
                {"code_challenge_method", QStringLiteral("S256")}});
        QUrl url = demo->identity(QStringLiteral("/oauth2/v2.0/authorize"));
        url.setQuery(QString::fromUtf8(TestHttp::encodeForm(authorize)));
        const TestReply page = demo->http.get(url);
        if (page.status != 200 || !page.body.contains("<form"))
            return {};
        QUrlQuery submitted = authorize;
        submitted.addQueryItem(QStringLiteral("login"), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        submitted.addQueryItem(QStringLiteral("passwd"), password);
        submitted.addQueryItem(QStringLiteral("action"), action);
        const TestReply posted
            = demo->http.postForm(demo->identity(QStringLiteral("/oauth2/v2.0/authorize")), submitted);
        if (posted.status != 302)
            return QUrlQuery(QStringLiteral("page=%1").arg(posted.status));
        const QUrl location(QString::fromLatin1(posted.header("Location")));
        if (!location.toString().startsWith(redirect))
            return {};
        return QUrlQuery(location);
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(20, 10);
        options.deviceCodeIntervalSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        publicClient = demo->description().value(QStringLiteral("publicClientId")).toString();
    }

    void openIdConfigurationNamesTheEndpoints()
    {
        const TestReply reply
            = demo->http.get(demo->identity(QStringLiteral("/v2.0/.well-known/openid-configuration")));
        QCOMPARE(reply.status, 200);
        const QJsonObject config = reply.json();
        for (const char *key : {"authorization_endpoint", "token_endpoint", "device_authorization_endpoint", "issuer"})
            QVERIFY2(config.value(QLatin1String(key)).toString().startsWith(QStringLiteral("http://127.0.0.1")), key);
        QVERIFY(config.value(QStringLiteral("code_challenge_methods_supported"))
                    .toArray()
                    .contains(QStringLiteral("S256")));
    }

    void unknownTenantIsRefused()
    {
        QUrl url = demo->identity(QString());
        url.setPath(QStringLiteral("/contoso.example/oauth2/v2.0/token"));
        const TestReply reply = demo->http.postForm(url, form({{"grant_type", QStringLiteral("client_credentials")}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(aadsts(reply), 90002);
    }

    void authorizationCodeWithPkceSignsInAndTheTokenWorksOnGraph()
    {
        const QString verifier = QStringLiteral("a-verifier-of-at-least-forty-three-characters-0123456789");
        const QUrlQuery redirectQuery = signInInBrowser(verifier, QStringLiteral("Demo-Admin-2026!"));
        QCOMPARE(redirectQuery.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("xyz 123"));
        const QString code = redirectQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        const QUrlQuery exchange = form({{"grant_type", QStringLiteral("authorization_code")},
            {"client_id", publicClient}, {"code", code}, {"redirect_uri", redirect}, {"code_verifier", verifier}});
        const TestReply reply = token(exchange);
        QCOMPARE(reply.status, 200);
        const QJsonObject tokens = reply.json();
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(!tokens.value(QStringLiteral("id_token")).toString().isEmpty());
        const QJsonObject access = claims(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(access.value(QStringLiteral("upn")).toString(),
            QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        QCOMPARE(access.value(QStringLiteral("tid")).toString(),
            demo->description().value(QStringLiteral("tenantId")).toString());
        QVERIFY(access.value(QStringLiteral("scp"))
                    .toString()
                    .contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        QVERIFY(access.value(QStringLiteral("exp")).toDouble() > QDateTime::currentSecsSinceEpoch());
        QCOMPARE(demo->http
                     .get(demo->graph(QStringLiteral("/v1.0/users?$top=1")),
                         TestHttp::bearer(tokens.value(QStringLiteral("access_token")).toString()))
                     .status,
            200);

        // A code is redeemed once only.
        const TestReply again = token(exchange);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_grant"));
        QCOMPARE(aadsts(again), 70008);
    }

    void wrongCodeVerifierIsInvalidGrant()
    {
        const QUrlQuery redirectQuery = signInInBrowser(
            QStringLiteral("right-verifier-right-verifier-right-verifier-1"), QStringLiteral("Demo-Admin-2026!"));
        const TestReply reply
            = token(form({{"grant_type", QStringLiteral("authorization_code")}, {"client_id", publicClient},
                {"code", redirectQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)},
                {"redirect_uri", redirect},
                {"code_verifier", QStringLiteral("wrong-verifier-wrong-verifier-wrong-verifier-2")}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_grant"));
        QCOMPARE(aadsts(reply), 501481);
    }

    void wrongPasswordStaysOnTheSignInPageAndCancelReturnsAccessDenied()
    {
        QCOMPARE(
            signInInBrowser(QStringLiteral("v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v"), QStringLiteral("wrong"))
                .queryItemValue(QStringLiteral("page")),
            QStringLiteral("200"));
        const QUrlQuery cancelled = signInInBrowser(
            QStringLiteral("v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v-v"), QString(), QStringLiteral("cancel"));
        QCOMPARE(cancelled.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    }

    void authorizeRefusesUnknownClientsForeignRedirectsAndMissingPkce()
    {
        auto authorize = [&](const QUrlQuery &query) {
            QUrl url = demo->identity(QStringLiteral("/oauth2/v2.0/authorize"));
            url.setQuery(QString::fromUtf8(TestHttp::encodeForm(query)));
            return demo->http.get(url);
        };
        QCOMPARE(authorize(form({{"client_id", QStringLiteral("11111111-1111-1111-1111-111111111111")},
                               {"response_type", QStringLiteral("code")}, {"redirect_uri", redirect},
                               {"scope", QStringLiteral("openid")}}))
                     .status,
            400);
        QCOMPARE(authorize(form({{"client_id", publicClient}, {"response_type", QStringLiteral("code")},
                               {"redirect_uri", QStringLiteral("https://evil.example/cb")},
                               {"scope", QStringLiteral("openid")}}))
                     .status,
            400);
        const TestReply noPkce = authorize(form({{"client_id", publicClient}, {"response_type", QStringLiteral("code")},
            {"redirect_uri", redirect}, {"scope", QStringLiteral("openid")}}));
        QCOMPARE(noPkce.status, 302);
        QVERIFY(noPkce.header("Location").contains("error=invalid_request"));
    }

    void refreshTokenGivesANewAccessToken()
    {
        const TestReply first = token(form({{"grant_type", QStringLiteral("password")}, {"client_id", publicClient},
            {"username", QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com")},
            {"password", QStringLiteral("Demo-Read-2026!")},
            {"scope", QStringLiteral("offline_access https://graph.microsoft.com/.default")}}));
        const QString refresh = first.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());
        const TestReply renewed = token(form({{"grant_type", QStringLiteral("refresh_token")},
            {"client_id", publicClient}, {"refresh_token", refresh}}));
        QCOMPARE(renewed.status, 200);
        QCOMPARE(claims(renewed.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("upn"))
                     .toString(),
            QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com"));
        const TestReply bogus = token(form({{"grant_type", QStringLiteral("refresh_token")},
            {"client_id", publicClient}, {"refresh_token", QStringLiteral("nope")}}));
        QCOMPARE(bogus.errorCode(), QStringLiteral("invalid_grant"));
    }

    void clientCredentialsIssueAppOnlyTokensWithRoles()
    {
        const QJsonObject app = demo->description().value(QStringLiteral("appClient")).toObject();
        const QString id = app.value(QStringLiteral("clientId")).toString();
        const QString secret = app.value(QStringLiteral("clientSecret")).toString();
        const QString scope = QStringLiteral("https://graph.microsoft.com/.default");
        const TestReply reply = token(form({{"grant_type", QStringLiteral("client_credentials")}, {"client_id", id},
            {"client_secret", secret}, {"scope", scope}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
        const QJsonObject access = claims(reply.json().value(QStringLiteral("access_token")).toString());
        QCOMPARE(access.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
        QVERIFY(access.value(QStringLiteral("roles"))
                    .toArray()
                    .contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        QVERIFY(!access.contains(QStringLiteral("scp")));

        const TestReply wrongSecret = token(form({{"grant_type", QStringLiteral("client_credentials")},
            {"client_id", id}, {"client_secret", QStringLiteral("x")}, {"scope", scope}}));
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.errorCode(), QStringLiteral("invalid_client"));
        QCOMPARE(aadsts(wrongSecret), 7000215);
        const TestReply wrongScope = token(form({{"grant_type", QStringLiteral("client_credentials")},
            {"client_id", id}, {"client_secret", secret}, {"scope", QStringLiteral("User.Read.All")}}));
        QCOMPARE(wrongScope.errorCode(), QStringLiteral("invalid_scope"));
        QCOMPARE(aadsts(wrongScope), 1002012);
        // client_secret_basic works too.
        const QByteArray credentials = QUrl::toPercentEncoding(id) + ":" + QUrl::toPercentEncoding(secret);
        const QByteArray basic = "Basic " + credentials.toBase64();
        QCOMPARE(demo->http
                     .postForm(demo->identity(QStringLiteral("/oauth2/v2.0/token")),
                         form({{"grant_type", QStringLiteral("client_credentials")}, {"scope", scope}}),
                         {{"Authorization", basic}})
                     .status,
            200);
    }

    void deviceCodeFlowPollsUntilTheUserSignsIn()
    {
        const TestReply started = demo->http.postForm(demo->identity(QStringLiteral("/oauth2/v2.0/devicecode")),
            form({{"client_id", publicClient},
                {"scope", QStringLiteral("offline_access https://graph.microsoft.com/.default")}}));
        QCOMPARE(started.status, 200);
        const QJsonObject code = started.json();
        QCOMPARE(code.value(QStringLiteral("interval")).toInt(), 1);
        QVERIFY(code.value(QStringLiteral("message"))
                    .toString()
                    .contains(code.value(QStringLiteral("user_code")).toString()));
        const QUrlQuery poll = form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {"client_id", publicClient}, {"device_code", code.value(QStringLiteral("device_code")).toString()}});
        QCOMPARE(token(poll).errorCode(), QStringLiteral("authorization_pending"));
        QCOMPARE(token(poll).errorCode(), QStringLiteral("slow_down")); // polled again at once
        const TestReply page = demo->http.postForm(QUrl(code.value(QStringLiteral("verification_uri")).toString()),
            form({{"otc", code.value(QStringLiteral("user_code")).toString()},
                {"login", QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com")},
                {"passwd", QStringLiteral("Demo-Admin-2026!")}, {"action", QStringLiteral("signin")}}));
        QCOMPARE(page.status, 200);
        // Polling sooner than the interval is slow_down (and a longer interval): wait out the one announced.
        const QDateTime allowed
            = QDateTime::currentDateTimeUtc().addMSecs(code.value(QStringLiteral("interval")).toInt() * 1000 + 100);
        QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() >= allowed; }, 10000));
        const TestReply done = token(poll);
        QCOMPARE(done.status, 200);
        QVERIFY(!done.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(token(poll).errorCode(), QStringLiteral("invalid_grant")); // used up
    }

    void deviceCodeCanBeDeclinedOrExpire()
    {
        const QJsonObject code = demo->http
                                     .postForm(demo->identity(QStringLiteral("/oauth2/v2.0/devicecode")),
                                         form({{"client_id", publicClient},
                                             {"scope", QStringLiteral("https://graph.microsoft.com/.default")}}))
                                     .json();
        demo->http.postForm(QUrl(code.value(QStringLiteral("verification_uri")).toString()),
            form({{"otc", code.value(QStringLiteral("user_code")).toString()}, {"action", QStringLiteral("decline")}}));
        const QUrlQuery poll = form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {"client_id", publicClient}, {"device_code", code.value(QStringLiteral("device_code")).toString()}});
        QCOMPARE(token(poll).errorCode(), QStringLiteral("authorization_declined"));

        demo->server()->configure([](DemoServer &s) { s.identity().setDeviceCodeLifetime(1); });
        const QJsonObject shortCode = demo->http
                                          .postForm(demo->identity(QStringLiteral("/oauth2/v2.0/devicecode")),
                                              form({{"client_id", publicClient},
                                                  {"scope", QStringLiteral("https://graph.microsoft.com/.default")}}))
                                          .json();
        demo->server()->configure([](DemoServer &s) { s.identity().setDeviceCodeLifetime(900); });
        const QUrlQuery shortPoll = form({{"grant_type",
                                              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {"client_id", publicClient}, {"device_code", shortCode.value(QStringLiteral("device_code")).toString()}});
        QString answer; // polled until it is no longer pending; each poll must be looked at once (an expired code is
                        // then gone)
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer = token(shortPoll).errorCode();
                return answer != QLatin1String("authorization_pending") && answer != QLatin1String("slow_down");
            },
            10000));
        QCOMPARE(answer, QStringLiteral("expired_token"));
    }

    void passwordGrantRejectsWrongPasswords()
    {
        const TestReply reply = token(form({{"grant_type", QStringLiteral("password")}, {"client_id", publicClient},
            {"username", QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com")},
            {"password", QStringLiteral("guess")}, {"scope", QStringLiteral("https://graph.microsoft.com/.default")}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_grant"));
        QCOMPARE(aadsts(reply), 50126);
    }

    void unsupportedGrantAndUnknownClientAreRefused()
    {
        QCOMPARE(token(form({{"grant_type", QStringLiteral("implicit")}, {"client_id", publicClient}})).errorCode(),
            QStringLiteral("unsupported_grant_type"));
        QCOMPARE(token(form({{"grant_type", QStringLiteral("password")}, {"client_id", QStringLiteral("nobody")}}))
                     .errorCode(),
            QStringLiteral("unauthorized_client"));
        QCOMPARE(demo->http.get(demo->identity(QStringLiteral("/oauth2/v2.0/token"))).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestIdentitySim)
#include "tst_identitysim.moc"
