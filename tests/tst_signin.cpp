#include "core/auth/BrowserSignIn.h"
#include "core/auth/ClientSecretSignIn.h"
#include "core/auth/DeviceCodeSignIn.h"
#include "core/auth/SignInFlow.h"
#include "tests/support/DemoFixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// A loopback HTTP listener that answers every request with a fixed status line and headers, and counts requests.
class FixedAnswerServer : public QTcpServer
{
public:
    explicit FixedAnswerServer(const QByteArray &answer)
        : m_answer(answer)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests = 0;

private:
    QByteArray m_answer;
    QByteArray m_received;
};

// The three sign-in flows end to end against the demo tenant's Entra ID; the browser is driven by an HTTP client.
class TestSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    Cloud cloud;
    QString tenant;
    QString publicClient;

    // Submits the demo sign-in page as the helpdesk admin with the given button ("signin", "cancel", "noconsent").
    static TestReply submitSignInPage(
        TestHttp &http, const QUrl &authorizeUrl, const QString &password, const QString &action)
    {
        QUrlQuery form(authorizeUrl);
        form.addQueryItem(QStringLiteral("login"), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        form.addQueryItem(QStringLiteral("passwd"), password);
        form.addQueryItem(QStringLiteral("action"), action);
        QUrl post = authorizeUrl;
        post.setQuery(QString());
        return http.postForm(post, form);
    }

    // Does what a person does in the browser: open the page, enter the account, submit; then follows the redirect.
    // Returns the page Offboard's listener showed in the browser tab.
    QByteArray signInInBrowser(
        const QUrl &authorizeUrl, const QString &password, const QString &action = QStringLiteral("signin"))
    {
        if (demo->http.get(authorizeUrl).status != 200)
            return "sign-in page failed";
        const TestReply submitted = submitSignInPage(demo->http, authorizeUrl, password, action);
        if (submitted.status != 302)
            return "no redirect";
        const TestReply landed = demo->http.get(QUrl(QString::fromLatin1(submitted.header("Location"))));
        return landed.status == 200 ? landed.body : "listener answered " + QByteArray::number(landed.status);
    }

    static quint16 listenerPort(const QUrl &authorizeUrl)
    {
        return QUrl(QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).port();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SignInResult>();
        qRegisterMetaType<GraphError>();
        DemoServerOptions options = DemoFixture::smallTenant(30, 10);
        options.deviceCodeIntervalSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        cloud = Cloud::custom(
            demo->graph(QString()), QUrl(demo->identity(QString()).toString().section(QLatin1Char('/'), 0, 2)));
        tenant = demo->description().value(QStringLiteral("tenantDomain")).toString();
        publicClient = demo->description().value(QStringLiteral("publicClientId")).toString();
    }

    void browserSignInWithPkceEndToEnd()
    {
        BrowserSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy browser(&flow, &BrowserSignIn::openBrowser);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const QUrl authorize = browser.first().first().toUrl();
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("code_challenge")).size() >= 43);
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("http://localhost:")));
        QVERIFY(signInInBrowser(authorize, QStringLiteral("Demo-Admin-2026!")).contains("Signed in."));
        QVERIFY2(succeeded.size() == 1 || succeeded.wait(10000),
            failed.isEmpty() ? "" : qPrintable(failed.first().first().value<GraphError>().details()));
        const SignInResult result = succeeded.first().first().value<SignInResult>();
        QCOMPARE(result.token.userPrincipalName(), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        QVERIFY(result.token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        QVERIFY(!result.refreshToken.isEmpty());
        QCOMPARE(result.token.tenantId(), demo->description().value(QStringLiteral("tenantId")).toString());
    }

    void browserSignInReportsACancelledSignIn()
    {
        BrowserSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy browser(&flow, &BrowserSignIn::openBrowser);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const QByteArray tab = signInInBrowser(browser.first().first().toUrl(), QString(), QStringLiteral("cancel"));
        QVERIFY2(tab.contains("Sign-in was not completed: AADSTS65004: User declined"), tab.constData());
        QVERIFY(failed.size() == 1 || failed.wait(10000)); // may already have arrived while the browser step ran
        QCOMPARE(failed.first().first().value<GraphError>().code, QStringLiteral("access_denied"));
        QVERIFY(failed.first().first().value<GraphError>().message.startsWith(
            QStringLiteral("AADSTS65004: User declined")));
    }

    // A favicon, a port scan or a forged answer must not end the sign-in: only the redirect path with this state does.
    void browserSignInIgnoresStrayRequestsAndForeignAnswers()
    {
        BrowserSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy browser(&flow, &BrowserSignIn::openBrowser);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const QUrl authorize = browser.first().first().toUrl();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(listenerPort(authorize));
        QCOMPARE(demo->http.get(QUrl(base + QStringLiteral("/favicon.ico"))).status, 404);
        QCOMPARE(demo->http.get(QUrl(base + QStringLiteral("/callback?code=x&state=x"))).status, 404);
        QCOMPARE(
            demo->http.postForm(QUrl(base + QStringLiteral("/")), QUrlQuery(QStringLiteral("code=x"))).status, 405);
        QCOMPARE(demo->http.get(QUrl(base + QStringLiteral("/?code=forged&state=forged"))).status, 400);
        QCOMPARE(demo->http.get(QUrl(base + QStringLiteral("/?error=access_denied"))).status, 400);
        QTcpSocket scan; // the listener runs on this thread: wait with the event loop, not with waitFor…()
        QSignalSpy scanEnded(&scan, &QTcpSocket::disconnected);
        scan.connectToHost(QHostAddress::LocalHost, listenerPort(authorize));
        scan.write("\x16\x03\x01 not http\r\n\r\n");
        QVERIFY(scanEnded.wait(5000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(signInInBrowser(authorize, QStringLiteral("Demo-Admin-2026!")).contains("Signed in."));
        QVERIFY(succeeded.size() == 1 || succeeded.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(demo->http.get(QUrl(base + QStringLiteral("/favicon.ico"))).status, 0); // closed once answered
    }

    // The redirect URI says "localhost", which a browser may resolve to ::1 as well as 127.0.0.1.
    void browserSignInListensOnEveryAddressLocalhostNames()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6))
            QSKIP("This system has no IPv6 loopback.");
        probe.close();
        BrowserSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy browser(&flow, &BrowserSignIn::openBrowser);
        flow.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const quint16 port = listenerPort(browser.first().first().toUrl());
        QCOMPARE(demo->http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(port))).status, 404);
        QCOMPARE(demo->http.get(QUrl(QStringLiteral("http://[::1]:%1/favicon.ico").arg(port))).status, 404);
    }

    int tokenRequests() const
    {
        int polls = 0;
        for (const auto &e : demo->server()->requestLog())
            polls += e.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/token")) ? 1 : 0;
        return polls;
    }

    void deviceCodeSignInPollsUntilTheUserHasSignedIn()
    {
        demo->server()->clearRequestLog();
        QElapsedTimer clock;
        clock.start();
        DeviceCodeSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy code(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        flow.start();
        QVERIFY(code.wait(10000));
        const QString userCode = code.first().at(0).toString();
        const QUrl page = code.first().at(1).toUrl();
        QVERIFY(code.first().at(2).toDateTime() > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(tokenRequests() >= 2, 10000); // it polls while the user is still "typing"
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("otc"), userCode);
        form.addQueryItem(QStringLiteral("login"), QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com"));
        form.addQueryItem(QStringLiteral("passwd"), QStringLiteral("Demo-Read-2026!"));
        QCOMPARE(demo->http.postForm(page, form).status, 200);
        QVERIFY(succeeded.wait(15000));
        const SignInResult result = succeeded.first().first().value<SignInResult>();
        QCOMPARE(result.token.userPrincipalName(), QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com"));
        // Entra ID puts every consented scope in the token whatever the person's Intune role: Intune refuses later.
        QVERIFY(result.token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        // About one a second (the interval the demo announces), never faster.
        const int polls = tokenRequests();
        QVERIFY2(polls >= 3 && polls <= clock.elapsed() / 1000 + 1,
            qPrintable(QStringLiteral("%1 polls in %2 ms").arg(polls).arg(clock.elapsed())));
    }

    void aReadOnlySignInAsksForNoWritePermission()
    {
        BrowserSignIn flow(&network, cloud, tenant, publicClient);
        flow.setReadOnly(true);
        QSignalSpy browser(&flow, &BrowserSignIn::openBrowser);
        flow.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const QString scope
            = QUrlQuery(browser.first().first().toUrl()).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        QVERIFY(scope.contains(QStringLiteral("DeviceManagementManagedDevices.Read.All")));
        QVERIFY(scope.contains(QStringLiteral("offline_access")));
        QVERIFY2(
            !scope.contains(QStringLiteral("ReadWrite")) && !scope.contains(QStringLiteral("PrivilegedOperations")),
            qPrintable(scope));
        flow.cancel();
    }

    // Where only the read permissions are consented, Entra refuses the write scopes (AADSTS65001 at the token
    // endpoint, "Need admin approval" in the browser); the same person then signs in read-only.
    void withoutConsentForWritesOnlyAReadOnlySignInSucceeds()
    {
        DemoServerOptions options = DemoFixture::readConsentOnly(DemoFixture::smallTenant(10, 5));
        options.deviceCodeIntervalSeconds = 1;
        DemoFixture readOnlyTenant(options);
        QVERIFY(readOnlyTenant.isReady());
        const Cloud readOnlyCloud = Cloud::custom(readOnlyTenant.graph(QString()),
            QUrl(readOnlyTenant.identity(QString()).toString().section(QLatin1Char('/'), 0, 2)));
        auto approveDeviceCode = [&](DeviceCodeSignIn &flow) {
            QSignalSpy code(&flow, &DeviceCodeSignIn::codeReady);
            flow.start();
            if (!code.wait(10000))
                return QByteArray();
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("otc"), code.first().at(0).toString());
            form.addQueryItem(QStringLiteral("login"), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
            form.addQueryItem(QStringLiteral("passwd"), QStringLiteral("Demo-Admin-2026!"));
            return readOnlyTenant.http.postForm(code.first().at(1).toUrl(), form).body;
        };

        DeviceCodeSignIn full(&network, readOnlyCloud, tenant, publicClient);
        QSignalSpy fullFailed(&full, &SignInFlow::failed);
        QVERIFY(approveDeviceCode(full).contains("Need admin approval"));
        QVERIFY(fullFailed.wait(10000));
        const GraphError refusal = fullFailed.first().first().value<GraphError>();
        QCOMPARE(refusal.code, QStringLiteral("invalid_grant"));
        QVERIFY(refusal.message.contains(QStringLiteral("AADSTS65001")));
        QVERIFY(SignInFlow::isConsentRefusal(refusal));

        BrowserSignIn browserFull(&network, readOnlyCloud, tenant, publicClient);
        QSignalSpy browser(&browserFull, &BrowserSignIn::openBrowser);
        QSignalSpy browserFailed(&browserFull, &SignInFlow::failed);
        browserFull.start();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        const QUrl authorize = browser.first().first().toUrl();
        const TestReply approval = submitSignInPage(
            readOnlyTenant.http, authorize, QStringLiteral("Demo-Admin-2026!"), QStringLiteral("signin"));
        QCOMPARE(approval.status, 200);
        QVERIFY(approval.body.contains("AADSTS90094"));
        const TestReply back = submitSignInPage(
            readOnlyTenant.http, authorize, QStringLiteral("Demo-Admin-2026!"), QStringLiteral("noconsent"));
        QCOMPARE(back.status, 302);
        readOnlyTenant.http.get(QUrl(QString::fromLatin1(back.header("Location"))));
        QVERIFY(browserFailed.size() == 1 || browserFailed.wait(10000));
        QVERIFY(SignInFlow::isConsentRefusal(browserFailed.first().first().value<GraphError>()));

        DeviceCodeSignIn readOnly(&network, readOnlyCloud, tenant, publicClient);
        readOnly.setReadOnly(true);
        QSignalSpy succeeded(&readOnly, &SignInFlow::succeeded);
        QVERIFY(approveDeviceCode(readOnly).contains("You have signed in"));
        QVERIFY(succeeded.wait(10000));
        const AccessToken token = succeeded.first().first().value<SignInResult>().token;
        QVERIFY(token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.Read.All")));
        QVERIFY(!token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    }

    void deviceCodeSignInCanBeCancelled()
    {
        DeviceCodeSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy code(&flow, &DeviceCodeSignIn::codeReady);
        QVERIFY((flow.start(), code.wait(10000)));
        QVERIFY(flow.isPolling());
        flow.cancel();
        QVERIFY(!flow.isPolling()); // no poll is scheduled any more
    }

    void deviceCodeSignInReportsDecline()
    {
        DeviceCodeSignIn flow(&network, cloud, tenant, publicClient);
        QSignalSpy code(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start();
        QVERIFY(code.wait(10000));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("otc"), code.first().at(0).toString());
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("decline"));
        demo->http.postForm(code.first().at(1).toUrl(), form);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<GraphError>().code, QStringLiteral("authorization_declined"));
    }

    void clientSecretSignInIsAppOnly()
    {
        const QJsonObject app = demo->description().value(QStringLiteral("appClient")).toObject();
        ClientSecretSignIn flow(&network, cloud, demo->description().value(QStringLiteral("tenantId")).toString(),
            app.value(QStringLiteral("clientId")).toString(), app.value(QStringLiteral("clientSecret")).toString());
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        flow.start();
        QVERIFY(succeeded.wait(10000));
        const AccessToken token = succeeded.first().first().value<SignInResult>().token;
        QVERIFY(token.isAppOnly());
        QCOMPARE(token.operatorName(), app.value(QStringLiteral("clientId")).toString());
        QVERIFY(token.hasPermission(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    }

    void wrongClientSecretShowsEntrasError()
    {
        const QJsonObject app = demo->description().value(QStringLiteral("appClient")).toObject();
        ClientSecretSignIn flow(
            &network, cloud, tenant, app.value(QStringLiteral("clientId")).toString(), QStringLiteral("wrong"));
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start();
        QVERIFY(failed.wait(10000));
        const GraphError error = failed.first().first().value<GraphError>();
        QCOMPARE(error.code, QStringLiteral("invalid_client"));
        QVERIFY(error.message.contains(QStringLiteral("AADSTS7000215")));
    }

    // A 307 keeps the method and body: following it would post the secret (or device code) to another host.
    void tokenAndDeviceCodeRequestsNeverFollowARedirect()
    {
        FixedAnswerServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        const QByteArray redirect = "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.url().toEncoded()
            + "/tenant/oauth2/v2.0/token\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        FixedAnswerServer redirecting(redirect);
        const Cloud redirectingCloud = Cloud::custom(demo->graph(QString()), redirecting.url());

        ClientSecretSignIn secret(&network, redirectingCloud, tenant,
            QStringLiteral("b7c1a2e4-0ffb-4d6a-9a0e-0ffb0a2d0a99"), QStringLiteral("demo~Offboard.AppSecret-2026"));
        QSignalSpy secretFailed(&secret, &SignInFlow::failed);
        secret.start();
        QVERIFY(secretFailed.wait(10000));
        QVERIFY(secretFailed.first().first().value<GraphError>().message.contains(QStringLiteral("redirected")));

        DeviceCodeSignIn code(&network, redirectingCloud, tenant, publicClient);
        QSignalSpy codeFailed(&code, &SignInFlow::failed);
        code.start();
        QVERIFY(codeFailed.wait(10000));
        QCOMPARE(redirecting.requests, 2);
        QCOMPARE(elsewhere.requests, 0);
    }

    void nationalCloudsUseTheirOwnHostsAndScopes()
    {
        QCOMPARE(Cloud::usGovernmentL4().graphBase().host(), QStringLiteral("graph.microsoft.us"));
        QCOMPARE(Cloud::usGovernmentL5().graphBase().host(), QStringLiteral("dod-graph.microsoft.us"));
        QCOMPARE(Cloud::china().graphBase().host(), QStringLiteral("microsoftgraph.chinacloudapi.cn"));
        QCOMPARE(Cloud::usGovernmentL4().authority(QStringLiteral("contoso.us")).toString(),
            QStringLiteral("https://login.microsoftonline.us/contoso.us"));
        QCOMPARE(Cloud::usGovernmentL4().scope(QStringLiteral(".default")),
            QStringLiteral("https://graph.microsoft.us/.default"));
        QCOMPARE(Cloud::global().scope(QStringLiteral("User.Read.All")),
            QStringLiteral("https://graph.microsoft.com/User.Read.All"));
        QCOMPARE(Cloud::fromId(QStringLiteral("usgov-l5")).kind(), Cloud::Kind::UsGovernmentL5);
    }

    // RFC 7519 lets exp be any JSON number. One beyond every date is no expiry (found by fuzz_sign_in_answers: the
    // conversion to an integer was undefined); the token answer's expires_in still gives the token its end.
    void anExpClaimBeyondEveryDateGivesNoExpiryAndExpiresInStillCounts()
    {
        const auto jwtWithExp = [](const QByteArray &exp) -> QString {
            const auto part = [](const QByteArray &json) {
                return QString::fromLatin1(
                    json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            };
            return part(R"({"alg":"none"})") + QLatin1Char('.')
                + part(R"({"upn":"a@contoso.com","scp":"User.Read","exp":)" + exp + '}') + QStringLiteral(".c2ln");
        };
        for (const QByteArray exp : {"1e300", "-1e300", "9.3e18", "253402300800"}) {
            const AccessToken token = AccessToken::fromJwt(jwtWithExp(exp));
            QCOMPARE(token.operatorName(), QStringLiteral("a@contoso.com"));
            QVERIFY2(!token.expires().isValid(), exp.constData());
            const AccessToken answered = AccessToken::fromTokenAnswer(jwtWithExp(exp), 3600);
            QVERIFY(answered.isValid());
            QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(answered.expires()) - 3600) <= 5);
        }
        QCOMPARE(AccessToken::fromJwt(jwtWithExp("1795699516")).expires(),
            QDateTime::fromSecsSinceEpoch(1795699516, Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
