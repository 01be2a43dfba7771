#include "core/auth/ClientSecretSignIn.h"
#include "core/auth/ProfileStore.h"
#include "core/auth/TokenCache.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

// TokenCache with the real Secret Service: secrets go to the keychain and nowhere else, survive a new TokenCache,
// and are gone after sign-out.
class TestTokenCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    ConnectionProfile profile;

    SignInResult signInWithPassword(const QString &upn, const QString &password)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), profile.clientId);
        form.addQueryItem(QStringLiteral("username"), upn);
        form.addQueryItem(QStringLiteral("password"), password);
        form.addQueryItem(QStringLiteral("scope"),
            SignInFlow::delegatedScopes(profile.cloud(), profile.readOnly).join(QLatin1Char(' ')));
        const QJsonObject tokens
            = demo->http.postForm(demo->identity(QStringLiteral("/oauth2/v2.0/token")), form).json();
        return {AccessToken::fromJwt(tokens.value(QStringLiteral("access_token")).toString()),
            tokens.value(QStringLiteral("refresh_token")).toString()};
    }
    SecretStore::Result readSecret(const QString &key)
    {
        QObject context;
        SecretStore::Result out;
        bool done = false;
        SecretStore(profile.keychainService()).read(key, &context, [&](const SecretStore::Result &r) {
            out = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return out;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tokencache"));
        DemoServerOptions options = DemoFixture::smallTenant(20, 10);
        options.accessTokenLifetimeSeconds = 4;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        profile.id = ProfileStore::newId();
        profile.name = QStringLiteral("Демо");
        profile.cloudId = QStringLiteral("custom");
        profile.customGraphUrl = demo->graph(QString());
        profile.customLoginUrl = QUrl(demo->identity(QString()).toString().section(QLatin1Char('/'), 0, 2));
        profile.tenant = demo->description().value(QStringLiteral("tenantDomain")).toString();
        profile.clientId = demo->description().value(QStringLiteral("publicClientId")).toString();
        QCOMPARE(profile.validationError(), QString());
        ProfileStore::save(profile);
    }

    void refreshTokenLivesInTheKeychainAndSurvivesANewCache()
    {
        qInstallMessageHandler(captureLog);
        const SignInResult signedIn = signInWithPassword(
            QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"), QStringLiteral("Demo-Admin-2026!"));
        QVERIFY(!signedIn.refreshToken.isEmpty());
        {
            TokenCache cache(&network, profile);
            QSignalSpy saved(&cache, &TokenCache::secretsSaved);
            QSignalSpy unavailable(&cache, &TokenCache::keychainUnavailable);
            cache.adopt(signedIn);
            QVERIFY2(saved.wait(20000), qPrintable(cache.keychainProblem()));
            QVERIFY(!cache.isSessionOnly());
            QCOMPARE(unavailable.size(), 0);
        }
        QCOMPARE(readSecret(QLatin1String(TokenCache::RefreshTokenKey)).value, signedIn.refreshToken);

        TokenCache fresh(&network, profile);
        QSignalSpy restored(&fresh, &TokenCache::restored);
        fresh.restore();
        QVERIFY(restored.wait(20000));
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(
            fresh.accessToken().userPrincipalName(), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        qInstallMessageHandler(nullptr);
    }

    void accessTokenIsRenewedBeforeItExpires()
    {
        const SignInResult signedIn = signInWithPassword(
            QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"), QStringLiteral("Demo-Admin-2026!"));
        TokenCache cache(&network, profile);
        QSignalSpy changed(&cache, &TokenCache::tokenChanged);
        cache.adopt(signedIn);
        const QDateTime firstExpiry = cache.accessToken().expires();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 8000);
        QVERIFY(cache.accessToken().expires() > firstExpiry);
        QVERIFY(cache.accessToken().expires() > QDateTime::currentDateTimeUtc());
    }

    void signOutDeletesTheKeychainEntries()
    {
        TokenCache cache(&network, profile);
        QSignalSpy restored(&cache, &TokenCache::restored);
        cache.restore();
        QVERIFY(restored.wait(20000));
        QVERIFY(cache.isSignedIn());
        QSignalSpy signedOut(&cache, &TokenCache::signedOut);
        cache.signOut();
        QVERIFY(signedOut.wait(20000));
        QVERIFY(!cache.isSignedIn());
        QCOMPARE(readSecret(QLatin1String(TokenCache::RefreshTokenKey)).status, SecretStore::Status::NotFound);
        TokenCache after(&network, profile);
        QSignalSpy again(&after, &TokenCache::restored);
        after.restore();
        QVERIFY(again.wait(20000));
        QCOMPARE(again.first().first().toBool(), false);
    }

    void clientSecretIsKeptInTheKeychainForAppOnlyProfiles()
    {
        ConnectionProfile app = profile;
        app.id = ProfileStore::newId();
        app.signInKind = ConnectionProfile::SignInKind::ClientSecret;
        const QJsonObject client = demo->description().value(QStringLiteral("appClient")).toObject();
        app.clientId = client.value(QStringLiteral("clientId")).toString();
        const QString secret = client.value(QStringLiteral("clientSecret")).toString();
        ClientSecretSignIn flow(&network, app.cloud(), app.tenant, app.clientId, secret);
        QSignalSpy ok(&flow, &SignInFlow::succeeded);
        flow.start();
        QVERIFY(ok.wait(10000));
        TokenCache cache(&network, app);
        QSignalSpy saved(&cache, &TokenCache::secretsSaved);
        cache.adopt(ok.first().first().value<SignInResult>(), secret);
        QVERIFY(saved.wait(20000));
        TokenCache later(&network, app);
        QSignalSpy restored(&later, &TokenCache::restored);
        later.restore();
        QVERIFY(restored.wait(20000));
        QVERIFY(restored.first().first().toBool());
        QVERIFY(later.accessToken().isAppOnly());
        QSignalSpy out(&later, &TokenCache::signedOut);
        later.signOut();
        QVERIFY(out.wait(20000));
    }

    void noTokenOrSecretInSettingsFilesOrLogs()
    {
        const SignInResult signedIn = signInWithPassword(
            QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"), QStringLiteral("Demo-Admin-2026!"));
        const SecretScan scan; // every logging category on while the secrets travel
        QString renewedToken;
        {
            TokenCache cache(&network, profile);
            QSignalSpy saved(&cache, &TokenCache::secretsSaved);
            cache.adopt(signedIn);
            QVERIFY(saved.wait(20000));
            QSignalSpy renewed(&cache, &TokenCache::tokenChanged);
            cache.renewNow();
            QVERIFY(renewed.wait(20000));
            renewedToken = cache.accessToken().raw();
            ProfileStore::save(profile);
            ProfileStore::setLastUsed(profile.id);
            QSignalSpy out(&cache, &TokenCache::signedOut);
            cache.signOut();
            QVERIFY(out.wait(20000));
        }
        QSettings().sync();
        const QString settingsFile = QSettings().fileName();
        QVERIFY(QFile::exists(settingsFile));
        QStringList files = {settingsFile};
        QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        const QByteArray secrets[] = {signedIn.refreshToken.toLatin1(), signedIn.token.raw().toLatin1(),
            signedIn.token.raw().section(QLatin1Char('.'), 2).toLatin1(),
            demo->description()
                .value(QStringLiteral("appClient"))
                .toObject()
                .value(QStringLiteral("clientSecret"))
                .toString()
                .toLatin1()};
        QStringList secretTexts {renewedToken};
        for (const QByteArray &secret : secrets)
            secretTexts.append(QString::fromLatin1(secret));
        const QString foundIn = scan.whereFound(secretTexts, {}, files);
        QVERIFY2(foundIn.isEmpty(), qPrintable(QStringLiteral("a secret in ") + foundIn));
    }

    void withoutAKeychainTheSignInLastsForThisRunOnly()
    {
        if (qEnvironmentVariableIsSet("OFFBOARD_TEST_NO_KEYCHAIN")) {
            // Child process: there is no session bus, so no Secret Service.
            const SignInResult signedIn = signInWithPassword(
                QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"), QStringLiteral("Demo-Admin-2026!"));
            TokenCache cache(&network, profile);
            QSignalSpy unavailable(&cache, &TokenCache::keychainUnavailable);
            QSignalSpy changed(&cache, &TokenCache::tokenChanged);
            cache.adopt(signedIn);
            QVERIFY(unavailable.wait(30000));
            QVERIFY(cache.isSessionOnly());
            QVERIFY(!cache.keychainProblem().isEmpty());
            QVERIFY(unavailable.first().first().toString().contains(cache.keychainProblem()));
            QVERIFY(cache.isSignedIn());
            // Renewal still works from the refresh token held in memory.
            QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 8000);
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFBOARD_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/offboard-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("withoutAKeychainTheSignInLastsForThisRunOnly")});
        QVERIFY(child.waitForFinished(90000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
    }

    void demoSessionsNeverTouchTheKeychain()
    {
        ConnectionProfile demoOnly = profile;
        demoOnly.id = ProfileStore::newId();
        demoOnly.keepSecretsInKeychain = false;
        const SignInResult signedIn = signInWithPassword(
            QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"), QStringLiteral("Demo-Admin-2026!"));
        TokenCache cache(&network, demoOnly);
        QSignalSpy saved(&cache, &TokenCache::secretsSaved);
        QSignalSpy unavailable(&cache, &TokenCache::keychainUnavailable);
        QSignalSpy changed(&cache, &TokenCache::tokenChanged);
        cache.adopt(signedIn);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 8000); // renewed from memory
        QCOMPARE(saved.size(), 0);
        QCOMPARE(unavailable.size(), 0);
        const ConnectionProfile keychainView = demoOnly;
        SecretStore::Result stored;
        bool done = false;
        QObject context;
        SecretStore(keychainView.keychainService())
            .read(QLatin1String(TokenCache::RefreshTokenKey), &context, [&](const SecretStore::Result &r) {
                stored = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(stored.status, SecretStore::Status::NotFound);
    }

    void cleanupTestCase() { ProfileStore::remove(profile.id); }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
