#include "core/actions/ActionCatalog.h"
#include "core/actions/OrganisationPolicy.h"
#include "core/auth/ProfileStore.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoFixture.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Organisation presets read from Qt's system scope in temporary XDG_CONFIG_DIRS, as an administrator deploys them:
// the shipped example, locks the user's own settings cannot beat, actions and sign-in methods turned off, the
// default language, and mistakes reported instead of guessed.
class TestOrganisationPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir dirs;
    std::unique_ptr<DemoFixture> demo;

    QString systemFile(const QString &dir) const
    {
        return dirs.filePath(dir + QStringLiteral("/OffboardTests/tst_organisationpolicy.conf"));
    }
    void deploy(const QByteArray &content, const QString &dir = QStringLiteral("first"))
    {
        QDir().mkpath(QFileInfo(systemFile(dir)).path());
        QFile file(systemFile(dir));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        OrganisationPolicy::reload();
    }
    void deployExample()
    {
        QFile example(QStringLiteral(OFFBOARD_SOURCE_DIR "/resources/examples/Offboard.conf"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        deploy(example.readAll());
    }
    static ConnectionProfile ownProfile(const QString &id, const QString &tenant)
    {
        ConnectionProfile p;
        p.id = id;
        p.name = QStringLiteral("Mine");
        p.tenant = tenant;
        p.clientId = QLatin1String(ConnectionProfile::DefaultPublicClientId);
        return p;
    }
    static const ConnectionProfile *byId(const QList<ConnectionProfile> &list, const QString &id)
    {
        const auto it = std::find_if(list.begin(), list.end(), [&](const ConnectionProfile &p) { return p.id == id; });
        return it == list.end() ? nullptr : &*it;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_organisationpolicy"));
        QVERIFY(dirs.isValid());
        qputenv("XDG_CONFIG_DIRS",
            (dirs.filePath(QStringLiteral("first")) + u':' + dirs.filePath(QStringLiteral("second"))).toUtf8());
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(5, 2));
        QVERIFY(demo->isReady());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(systemFile(QStringLiteral("first")));
        QFile::remove(systemFile(QStringLiteral("second")));
        OrganisationPolicy::reload();
    }

    void withoutADeployedFileNothingIsRestricted()
    {
        const OrganisationPolicy &policy = OrganisationPolicy::current();
        QVERIFY(policy.isEmpty());
        QVERIFY(policy.allowsOwnConnections());
        QVERIFY(policy.allowsSignInKind(ConnectionProfile::SignInKind::ClientSecret));
        QVERIFY(policy.connections().isEmpty());
        QVERIFY(policy.problems().isEmpty());
        ProfileStore::save(ownProfile(QStringLiteral("mine"), QStringLiteral("contoso.onmicrosoft.com")));
        QCOMPARE(policy.merged(ProfileStore::load()).size(), 1);
    }

    void theShippedExampleIsReadWithoutProblems()
    {
        deployExample();
        const OrganisationPolicy &policy = OrganisationPolicy::current();
        QCOMPARE(policy.source(), systemFile(QStringLiteral("first")));
        QVERIFY2(policy.problems().isEmpty(), qPrintable(policy.problems().join(u'\n')));
        QCOMPARE(policy.defaultLanguage(), QStringLiteral("ru"));
        QVERIFY(!policy.allowsOwnConnections());
        QVERIFY(policy.allowsSignInKind(ConnectionProfile::SignInKind::Browser));
        QVERIFY(policy.allowsSignInKind(ConnectionProfile::SignInKind::DeviceCode));
        QVERIFY(!policy.allowsSignInKind(ConnectionProfile::SignInKind::ClientSecret));
        QVERIFY(policy.disablesAction(QStringLiteral("removeAllDevicesFromManagement")));
        QVERIFY(policy.disablesAction(QStringLiteral("deleteEntraDevice")));
        QVERIFY(!policy.disablesAction(QStringLiteral("retire")));
        QCOMPARE(policy.connections().size(), 2);
        const ConnectionProfile *production = byId(policy.connections(), QStringLiteral("org-contoso"));
        QVERIFY(production);
        QCOMPARE(production->name, QStringLiteral("Contoso (production)"));
        QCOMPARE(production->tenant, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(production->cloudId, QStringLiteral("global"));
        QVERIFY(production->locked && production->fromOrganisation && !production->readOnly);
        const ConnectionProfile *audit = byId(policy.connections(), QStringLiteral("org-contoso-audit"));
        QVERIFY(audit && audit->readOnly);
        QCOMPARE(audit->signInKind, ConnectionProfile::SignInKind::DeviceCode);
    }

    void theFirstDirectoryOfXdgConfigDirsWins()
    {
        deploy("[Interface]\nLanguage=en\n", QStringLiteral("second"));
        QCOMPARE(OrganisationPolicy::current().defaultLanguage(), QStringLiteral("en"));
        deploy("[Interface]\nLanguage=ru\n", QStringLiteral("first"));
        QCOMPARE(OrganisationPolicy::current().defaultLanguage(), QStringLiteral("ru"));
    }

    void theUsersOwnSettingsNeverOverrideALockedConnection()
    {
        deployExample();
        ConnectionProfile edited
            = ownProfile(QStringLiteral("org-contoso"), QStringLiteral("fabrikam.onmicrosoft.com"));
        edited.signInKind = ConnectionProfile::SignInKind::ClientSecret;
        ProfileStore::save(edited);
        ProfileStore::save(ownProfile(QStringLiteral("mine"), QStringLiteral("fabrikam.onmicrosoft.com")));
        const QList<ConnectionProfile> offered = OrganisationPolicy::current().merged(ProfileStore::load());
        QCOMPARE(offered.size(), 2); // OwnConnections=false: the user's own connection is not offered
        const ConnectionProfile *production = byId(offered, QStringLiteral("org-contoso"));
        QVERIFY(production && production->locked);
        QCOMPARE(production->tenant, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(production->signInKind, ConnectionProfile::SignInKind::Browser);
        QVERIFY(!byId(offered, QStringLiteral("mine")));
        QVERIFY(OrganisationPolicy::current().refusalFor(*production).isEmpty());
        QVERIFY(OrganisationPolicy::current()
                    .refusalFor(ownProfile(QStringLiteral("mine"), QStringLiteral("fabrikam.onmicrosoft.com")))
                    .contains(QStringLiteral("only the connections it has set up")));
    }

    void anUnlockedPresetKeepsTheUsersEdits()
    {
        deploy("[Connections/eu]\nName=EU\nTenant=contoso.onmicrosoft.com\nLocked=false\n");
        ProfileStore::save(ownProfile(QStringLiteral("org-eu"), QStringLiteral("contoso-eu.onmicrosoft.com")));
        ProfileStore::save(ownProfile(QStringLiteral("mine"), QStringLiteral("fabrikam.onmicrosoft.com")));
        const QList<ConnectionProfile> offered = OrganisationPolicy::current().merged(ProfileStore::load());
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.first().id, QStringLiteral("org-eu")); // the organisation's come first
        QCOMPARE(offered.first().tenant, QStringLiteral("contoso-eu.onmicrosoft.com"));
        QVERIFY(offered.first().fromOrganisation && !offered.first().locked);
        QVERIFY(byId(offered, QStringLiteral("mine")));
    }

    void aSignInMethodTurnedOffIsRefusedWithTheReason()
    {
        deploy("[SignIn]\nAllowedMethods=browser\n");
        ConnectionProfile appOnly = ownProfile(QStringLiteral("app"), QStringLiteral("contoso.onmicrosoft.com"));
        appOnly.signInKind = ConnectionProfile::SignInKind::ClientSecret;
        QVERIFY(OrganisationPolicy::current().refusalFor(appOnly).contains(QStringLiteral("app-only")));
        appOnly.signInKind = ConnectionProfile::SignInKind::DeviceCode;
        QVERIFY(OrganisationPolicy::current().refusalFor(appOnly).contains(QStringLiteral("device code")));
        appOnly.signInKind = ConnectionProfile::SignInKind::Browser;
        QVERIFY(OrganisationPolicy::current().refusalFor(appOnly).isEmpty());
    }

    void anActionTurnedOffIsRefusedWhateverTheTokenAllows()
    {
        const AccessToken admin = AccessToken::fromJwt(demo->adminToken());
        const ActionDefinition *removeAll = ActionCatalog::find(QStringLiteral("removeAllDevicesFromManagement"));
        const ActionDefinition *retire = ActionCatalog::find(QStringLiteral("retire"));
        QVERIFY(ActionCatalog::check(*removeAll, admin).allowed);
        deployExample();
        const ActionCatalog::Permission refused = ActionCatalog::check(*removeAll, admin);
        QVERIFY(!refused.allowed);
        QVERIFY(refused.reason.contains(QStringLiteral("organisation")));
        QVERIFY(refused.reason.contains(systemFile(QStringLiteral("first"))));
        QVERIFY(ActionCatalog::check(*retire, admin).allowed);
    }

    void theOrganisationsLanguageIsTheDefaultNotTheUsersChoice()
    {
        deployExample();
        const QString organisation = OrganisationPolicy::current().defaultLanguage();
        QCOMPARE(Translator::startupLanguage(QString(), organisation), QStringLiteral("ru"));
        QCOMPARE(Translator::startupLanguage(QStringLiteral("en"), organisation), QStringLiteral("en"));
        Translator translator;
        translator.setLanguage(QStringLiteral("ru")); // starting in a language is not choosing it
        QCOMPARE(Translator::startupLanguage(QString(), QStringLiteral("en")), QStringLiteral("en"));
        translator.chooseLanguage(QStringLiteral("en"));
        QCOMPARE(Translator::startupLanguage(QString(), organisation), QStringLiteral("en"));
        translator.setLanguage(QStringLiteral("en"));
    }

    void mistakesAreReportedAndTheirEntriesIgnored()
    {
        deploy("[Interface]\nLanguage=de\n"
               "[SignIn]\nAllowedMethods=browser, password\nOwnConnections=maybe\n"
               "[Actions]\nDisabled=retire, wipe\n"
               "[Connections/typo]\nTennant=contoso.onmicrosoft.com\n"
               "[Connections/good]\nTenant=contoso.onmicrosoft.com\nLocked=no\n"
               "[Connections/appOnly]\nTenant=contoso.onmicrosoft.com\nSignIn=clientSecret\n"
               "[Conections/x]\nTenant=a.b\n");
        const OrganisationPolicy &policy = OrganisationPolicy::current();
        const QString problems = policy.problems().join(u'\n');
        for (const char *mentioned : {"Language=de", "password", "OwnConnections", "wipe", "Connections/typo",
                 "Tennant", "Connections/appOnly", "AllowedMethods", "[Conections]"})
            QVERIFY2(problems.contains(QLatin1String(mentioned)), mentioned);
        QVERIFY(policy.defaultLanguage().isEmpty());
        QVERIFY(policy.allowsOwnConnections()); // not understood: left as it was
        QVERIFY(policy.disablesAction(QStringLiteral("retire")));
        QCOMPARE(policy.connections().size(), 1);
        QCOMPARE(policy.connections().first().id, QStringLiteral("org-good"));
        QVERIFY(!policy.connections().first().locked); // "no" is false, not QVariant's true
    }

    void cleanupTestCase()
    {
        QFile::remove(systemFile(QStringLiteral("first")));
        QFile::remove(systemFile(QStringLiteral("second")));
        OrganisationPolicy::reload();
    }
};

QTEST_GUILESS_MAIN(TestOrganisationPolicy)
#include "tst_organisationpolicy.moc"
