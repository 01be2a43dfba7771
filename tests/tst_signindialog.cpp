#include "core/actions/OrganisationPolicy.h"
#include "core/auth/DeviceCodeSignIn.h"
#include "core/auth/ProfileStore.h"
#include "core/auth/TokenCache.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoFixture.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The sign-in dialog offscreen against the demo tenant: each flow, its errors, and keyboard and accessibility basics.
// With OFFBOARD_SCREENSHOTS=<dir> it also saves a picture of each step, in English and Russian.
class TestSignInDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    Translator translator;
    ConnectionProfile demoProfile;

    void snapshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OFFBOARD_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, translator.language()));
    }
    static QPushButton *signInButton(SignInDialog &dialog)
    {
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons()) {
            if (dialog.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return static_cast<QPushButton *>(b);
        }
        return nullptr;
    }
    static QRadioButton *kind(SignInDialog &dialog, int index)
    {
        return dialog.findChildren<QRadioButton *>().at(index);
    }
    // Lets the dialog finish what it queued for itself (it resizes to fit its content) before a picture is taken.
    static void settle(QDialog &dialog)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }
    // Plays the browser: the demo tenant's sign-in page, then the redirect to the dialog's loopback listener.
    void signInAsAdminInTheBrowser(const QUrl &authorize)
    {
        QUrlQuery form(authorize);
        form.addQueryItem(QStringLiteral("login"), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
        form.addQueryItem(QStringLiteral("passwd"), QStringLiteral("Demo-Admin-2026!"));
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("signin"));
        QUrl post = authorize;
        post.setQuery(QString());
        const TestReply submitted = demo->http.postForm(post, form);
        demo->http.get(QUrl(QString::fromLatin1(submitted.header("Location"))));
    }
    static ConnectionProfile ownProfileNamed(const QString &name)
    {
        ConnectionProfile p;
        p.id = QStringLiteral("mine");
        p.name = name;
        p.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
        p.clientId = QLatin1String(ConnectionProfile::DefaultPublicClientId);
        return p;
    }
    static QLabel *errorLabel(SignInDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
        DemoServerOptions options = DemoFixture::smallTenant(30, 10);
        options.deviceCodeIntervalSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        demoProfile.id = QStringLiteral("demo-test");
        demoProfile.name = QStringLiteral("Demo tenant");
        demoProfile.cloudId = QStringLiteral("custom");
        demoProfile.customGraphUrl = demo->graph(QString());
        demoProfile.customLoginUrl = QUrl(demo->identity(QString()).toString().section(QLatin1Char('/'), 0, 2));
        demoProfile.tenant = demo->description().value(QStringLiteral("tenantDomain")).toString();
        demoProfile.clientId = demo->description().value(QStringLiteral("publicClientId")).toString();
    }

    void init()
    {
        translator.setLanguage(QString::fromLatin1(QTest::currentDataTag()).isEmpty()
                ? QStringLiteral("en")
                : QString::fromLatin1(QTest::currentDataTag()));
    }

    void everyControlIsNamedAndSignInIsDefault()
    {
        SignInDialog dialog(&network, {});
        dialog.show();
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            const bool needsName = qobject_cast<QLineEdit *>(w) || w->inherits("QComboBox")
                || w->objectName() == QLatin1String("userCode");
            if (needsName && w->isVisibleTo(&dialog))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isVisibleTo(&dialog))
                QVERIFY2(
                    !button->text().isEmpty() || !button->accessibleName().isEmpty(), "a button without text or name");
        }
        QVERIFY(signInButton(dialog)->isDefault());
        QCOMPARE(dialog.currentProfile().clientId, QLatin1String(ConnectionProfile::DefaultPublicClientId));
        QVERIFY(kind(dialog, 0)->isChecked());
    }

    void invalidInputIsExplainedAndNothingIsSent()
    {
        SignInDialog dialog(&network, {});
        dialog.show();
        demo->server()->clearRequestLog();
        dialog.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("Contoso"));
        dialog.signIn();
        QVERIFY(errorLabel(dialog)->isVisible());
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("tenant")));
        QVERIFY(demo->server()->requestLog().isEmpty());
    }

    void browserFlowSignsIn_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("en") << 0;
        QTest::newRow("ru") << 0;
    }
    void browserFlowSignsIn()
    {
        SignInDialog dialog(&network, {demoProfile});
        dialog.setOpensBrowser(false);
        dialog.resize(560, 10);
        dialog.show();
        snapshot(&dialog, QStringLiteral("signin-1-form"));
        QSignalSpy browser(&dialog, &SignInDialog::browserRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        settle(dialog);
        snapshot(&dialog, QStringLiteral("signin-2-waiting-for-browser"));
        signInAsAdminInTheBrowser(browser.first().first().toUrl());
        QVERIFY(accepted.size() == 1 || accepted.wait(10000));
        std::unique_ptr<TokenCache> cache(dialog.takeTokenCache());
        QCOMPARE(
            cache->accessToken().userPrincipalName(), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
    }

    void deviceCodeFlowShowsTheCodeAndSignsIn_data() { browserFlowSignsIn_data(); }
    void deviceCodeFlowShowsTheCodeAndSignsIn()
    {
        SignInDialog dialog(&network, {demoProfile});
        dialog.resize(560, 10);
        dialog.show();
        kind(dialog, 1)->click();
        QSignalSpy shown(&dialog, &SignInDialog::deviceCodeShown);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signIn();
        QVERIFY(shown.wait(10000));
        const QString code = shown.first().at(0).toString();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("userCode"))->text(), code);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("userCode"))->isVisible());
        settle(dialog);
        snapshot(&dialog, QStringLiteral("signin-3-device-code"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("otc"), code);
        form.addQueryItem(QStringLiteral("login"), QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com"));
        form.addQueryItem(QStringLiteral("passwd"), QStringLiteral("Demo-Read-2026!"));
        demo->http.postForm(shown.first().at(1).toUrl(), form);
        QVERIFY(accepted.wait(10000));
        std::unique_ptr<TokenCache> cache(dialog.takeTokenCache());
        QCOMPARE(cache->accessToken().userPrincipalName(),
            QStringLiteral("readonly.operator@offboard-demo.onmicrosoft.com"));
    }

    void cancelStopsADeviceCodeSignIn()
    {
        SignInDialog dialog(&network, {demoProfile});
        dialog.show();
        kind(dialog, 1)->click();
        QSignalSpy shown(&dialog, &SignInDialog::deviceCodeShown);
        dialog.signIn();
        QVERIFY(shown.wait(10000));
        QPointer<DeviceCodeSignIn> flow = dialog.findChild<DeviceCodeSignIn *>();
        QVERIFY(flow && flow->isPolling());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // first Escape stops the sign-in, the dialog stays
        QVERIFY(signInButton(dialog)->isEnabled());
        QVERIFY(!flow || !flow->isPolling()); // no poll is scheduled any more
        QTRY_VERIFY(!flow); // and the flow itself is gone
    }

    void appOnlyFlowShowsEntrasErrorThenSignsIn_data() { browserFlowSignsIn_data(); }
    void appOnlyFlowShowsEntrasErrorThenSignsIn()
    {
        SignInDialog dialog(&network, {demoProfile});
        dialog.resize(560, 10);
        dialog.show();
        kind(dialog, 2)->click();
        const QJsonObject app = demo->description().value(QStringLiteral("appClient")).toObject();
        QLineEdit *clientId = nullptr;
        QLineEdit *secret = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == demoProfile.clientId)
                clientId = edit;
            if (edit->echoMode() == QLineEdit::Password)
                secret = edit;
        }
        QVERIFY(clientId && secret && secret->isVisible());
        clientId->setText(app.value(QStringLiteral("clientId")).toString());
        secret->setText(QStringLiteral("not-the-secret"));
        dialog.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel(dialog)->isVisible(), 10000);
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("AADSTS7000215")));
        settle(dialog); // the dialog grows to fit the message
        snapshot(&dialog, QStringLiteral("signin-4-app-only-error"));
        secret->setText(app.value(QStringLiteral("clientSecret")).toString());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signIn();
        QVERIFY(accepted.wait(10000));
        std::unique_ptr<TokenCache> cache(dialog.takeTokenCache());
        QVERIFY(cache->accessToken().isAppOnly());
        QVERIFY(secret->text().isEmpty()); // the secret does not linger in the form
    }

    // Entra refuses the write scopes where only the reads are consented: the dialog says so and offers read-only.
    void aConsentRefusalOffersAReadOnlySignIn_data() { browserFlowSignsIn_data(); }
    void aConsentRefusalOffersAReadOnlySignIn()
    {
        DemoServerOptions options = DemoFixture::readConsentOnly(DemoFixture::smallTenant(10, 5));
        options.deviceCodeIntervalSeconds = 1;
        DemoFixture readConsent(options);
        QVERIFY(readConsent.isReady());
        ConnectionProfile profile = demoProfile;
        profile.id = QStringLiteral("demo-read-consent");
        profile.customGraphUrl = readConsent.graph(QString());
        profile.customLoginUrl = QUrl(readConsent.identity(QString()).toString().section(QLatin1Char('/'), 0, 2));
        SignInDialog dialog(&network, {profile});
        dialog.resize(560, 10);
        dialog.show();
        kind(dialog, 1)->click();
        auto *readOnly = dialog.findChild<QCheckBox *>();
        QVERIFY(readOnly && readOnly->isVisible() && !readOnly->isChecked());
        QVERIFY(readOnly->toolTip().contains(
            translator.language() == QLatin1String("ru") ? QStringLiteral("Вывести") : QStringLiteral("Retire")));
        QSignalSpy shown(&dialog, &SignInDialog::deviceCodeShown);
        auto approve = [&] {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("otc"), shown.constLast().at(0).toString());
            form.addQueryItem(QStringLiteral("login"), QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com"));
            form.addQueryItem(QStringLiteral("passwd"), QStringLiteral("Demo-Admin-2026!"));
            readConsent.http.postForm(shown.constLast().at(1).toUrl(), form);
        };
        dialog.signIn();
        QVERIFY(shown.wait(10000));
        approve();
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel(dialog)->isVisible(), 10000);
        QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("AADSTS65001")));
        QPushButton *retry = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isVisible() && button->accessibleName() == SignInDialog::tr("Sign in read-only"))
                retry = button;
        }
        QVERIFY(retry);
        QVERIFY(retry->hasFocus());
        settle(dialog);
        snapshot(&dialog, QStringLiteral("signin-5-consent-refused"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(retry, Qt::Key_Space);
        QVERIFY(readOnly->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
        approve();
        QVERIFY(accepted.size() == 1 || accepted.wait(10000));
        std::unique_ptr<TokenCache> cache(dialog.takeTokenCache());
        QVERIFY(cache->profile().readOnly);
        QVERIFY(!cache->accessToken().hasPermission(
            QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    }

    // An administrator deployed a locked connection to the demo tenant in the system scope: the dialog opens on it,
    // says it comes from the organisation, lets nothing of it be changed, offers no own connection and no app-only
    // sign-in, signs in with it and never copies it into the user's settings.
    void anOrganisationsLockedConnectionOpensLockedAndSignsIn_data() { browserFlowSignsIn_data(); }
    void anOrganisationsLockedConnectionOpensLockedAndSignsIn()
    {
        QTemporaryDir system;
        qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());
        const QString file = system.filePath(QStringLiteral("OffboardTests/tst_signindialog.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QSettings preset(file, QSettings::IniFormat);
        preset.setValue(QStringLiteral("SignIn/AllowedMethods"), QStringList {QStringLiteral("browser")});
        preset.setValue(QStringLiteral("SignIn/OwnConnections"), false);
        preset.beginGroup(QStringLiteral("Connections/demo"));
        preset.setValue(QStringLiteral("Name"), QStringLiteral("Offboard demo (organisation)"));
        preset.setValue(QStringLiteral("Cloud"), QStringLiteral("custom"));
        preset.setValue(QStringLiteral("GraphUrl"), demoProfile.customGraphUrl.toString());
        preset.setValue(QStringLiteral("LoginUrl"), demoProfile.customLoginUrl.toString());
        preset.setValue(QStringLiteral("Tenant"), demoProfile.tenant);
        preset.setValue(QStringLiteral("ClientId"), demoProfile.clientId);
        preset.setValue(QStringLiteral("Locked"), true);
        preset.endGroup();
        preset.sync();
        OrganisationPolicy::reload();
        QVERIFY2(OrganisationPolicy::current().problems().isEmpty(),
            qPrintable(OrganisationPolicy::current().problems().join(u'\n')));
        ProfileStore::save(ownProfileNamed(QStringLiteral("My own")));

        SignInDialog dialog(&network, {});
        dialog.setOpensBrowser(false);
        dialog.resize(560, 10);
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>();
        QCOMPARE(combo->count(), 1); // neither the user's own connection nor "New connection…"
        QCOMPARE(dialog.currentProfile().id, QStringLiteral("org-demo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("organisationNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(file));
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() != QLineEdit::Password)
                QVERIFY2(edit->isReadOnly(), qPrintable(edit->accessibleName()));
        }
        QVERIFY(!dialog.findChild<QCheckBox *>()->isEnabled());
        QVERIFY(!kind(dialog, 1)->isEnabled() && !kind(dialog, 2)->isEnabled());
        QVERIFY(!kind(dialog, 2)->toolTip().isEmpty());
        settle(dialog);
        snapshot(&dialog, QStringLiteral("signin-6-organisation"));

        QSignalSpy browser(&dialog, &SignInDialog::browserRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signIn();
        QVERIFY(browser.size() == 1 || browser.wait(5000));
        signInAsAdminInTheBrowser(browser.first().first().toUrl());
        QVERIFY(accepted.size() == 1 || accepted.wait(10000));
        std::unique_ptr<TokenCache> cache(dialog.takeTokenCache());
        QCOMPARE(cache->profile().id, QStringLiteral("org-demo"));
        QCOMPARE(ProfileStore::lastUsed(), QStringLiteral("org-demo"));
        for (const ConnectionProfile &saved : ProfileStore::load())
            QVERIFY(saved.id != QLatin1String("org-demo"));

        ProfileStore::remove(QStringLiteral("mine"));
        qunsetenv("XDG_CONFIG_DIRS");
        OrganisationPolicy::reload();
    }

    void cleanupTestCase()
    {
        translator.setLanguage(QStringLiteral("en"));
        ProfileStore::remove(demoProfile.id);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
