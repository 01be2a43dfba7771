#include "core/actions/UserDevicesLookup.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoGraphClient.h"
#include "ui/ConfirmActionDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// The confirmation dialog: Cancel is the default, typing the count or name unlocks the action, a missing permission
// or reason keeps it locked, and the exact request is shown.
class TestConfirmActionDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoFixture> readConsent;
    AccessToken admin;
    AccessToken readOnly;
    AccessToken app;
    Translator translator;
    QNetworkAccessManager network;
    GraphClient publicGraph {&network}; // only names the requests; these dialogs send nothing
    GraphClient *graph = &publicGraph;

    static QList<ActionTarget> devices(int n)
    {
        QList<ActionTarget> targets;
        for (int i = 0; i < n; ++i)
            targets.append({QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                QStringLiteral("MSK-LT-%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("SN%1").arg(i)});
        return targets;
    }
    void snapshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OFFBOARD_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, translator.language()));
    }

private slots:
    void initTestCase()
    {
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(10, 5));
        QVERIFY(demo->isReady());
        admin = AccessToken::fromJwt(demo->adminToken());
        readConsent = std::make_unique<DemoFixture>(DemoFixture::readConsentOnly(DemoFixture::smallTenant(10, 5)));
        QVERIFY(readConsent->isReady());
        readOnly = AccessToken::fromJwt(readConsent->operatorToken()); // a token without write scopes
        app = AccessToken::fromJwt(demo->appToken());
        translator.setLanguage(QStringLiteral("en"));
        publicGraph.setBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.com")));
    }

    void cancelIsTheDefaultAndEnterDoesNotConfirm()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), devices(1), admin, graph);
        dialog.show();
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.confirmButton()->isDefault());
        QVERIFY(dialog.confirmButton()->isEnabled()); // one device: no typing asked for
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Tab leaves the targets table (arrows move within it) and reaches the type-to-confirm field and the buttons.
    void tabLeavesTheTargetsTableAndReachesEveryControl()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), devices(37), admin, graph);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        table->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 12; ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QVERIFY2(!(before == table && QApplication::focusWidget() == table), "Tab stayed in the table");
            reached.insert(QApplication::focusWidget());
        }
        QVERIFY(reached.contains(dialog.findChild<QLineEdit *>()));
        QVERIFY(reached.contains(dialog.cancelButton()));
        QVERIFY(reached.contains(table)); // and back round to it
    }

    void severalTargetsNeedTheCountTyped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void severalTargetsNeedTheCountTyped()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), devices(37), admin, graph);
        dialog.resize(720, 600);
        dialog.show();
        QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("37"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QLineEdit *typed = dialog.findChild<QLineEdit *>();
        QTest::keyClicks(typed, QStringLiteral("36"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("37"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        snapshot(&dialog, QStringLiteral("confirm-retire-37"));
        translator.setLanguage(QStringLiteral("en"));
    }

    void removeAllFirstListsTheUsersDevicesAndNeedsTheirName_data() { severalTargetsNeedTheCountTyped_data(); }
    void removeAllFirstListsTheUsersDevicesAndNeedsTheirName()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        DemoGraphClient demoGraph(*demo);
        // A user who has managed devices, and how many Graph lists for them.
        ActionTarget user;
        const QJsonArray devices
            = demo->http
                  .get(demo->graph(QStringLiteral(
                           "/v1.0/deviceManagement/managedDevices?$select=userId,userPrincipalName,userDisplayName")),
                      TestHttp::bearer(demoGraph.token))
                  .json()
                  .value(QStringLiteral("value"))
                  .toArray();
        for (const auto &value : devices) {
            const QJsonObject d = value.toObject();
            if (!d.value(QStringLiteral("userId")).toString().isEmpty()) {
                user = {d.value(QStringLiteral("userId")).toString(),
                    d.value(QStringLiteral("userDisplayName")).toString(),
                    d.value(QStringLiteral("userPrincipalName")).toString()};
                break;
            }
        }
        QVERIFY(!user.id.isEmpty());
        const int expected = int(demo->http
                                     .get(demo->graph(QStringLiteral("/v1.0/users/%1/managedDevices").arg(user.id)),
                                         TestHttp::bearer(demoGraph.token))
                                     .json()
                                     .value(QStringLiteral("value"))
                                     .toArray()
                                     .size());
        QVERIFY(expected > 0);

        ConfirmActionDialog dialog(
            *ActionCatalog::find(QStringLiteral("removeAllDevicesFromManagement")), {user}, admin, &demoGraph.client);
        dialog.resize(760, 620);
        dialog.show();
        QCOMPARE(dialog.expectedConfirmation(), user.detail);
        dialog.findChild<QLineEdit *>()->setText(user.detail);
        QTRY_VERIFY(dialog.userDevicesLookup()->isFinished());
        QCOMPARE(dialog.userDevicesTable()->rowCount(), expected);
        QVERIFY(dialog.userDevicesTable()->isVisible());
        QVERIFY(dialog.canConfirm());
        snapshot(&dialog, QStringLiteral("confirm-remove-all"));

        // A user Graph does not know: the devices cannot be shown, so the action cannot be confirmed.
        ConfirmActionDialog unknown(*ActionCatalog::find(QStringLiteral("removeAllDevicesFromManagement")),
            {{QStringLiteral("00000000-0000-4000-8000-000000000099"), QStringLiteral("Иванов Пётр"),
                QStringLiteral("petr.ivanov@contoso.com")}},
            admin, &demoGraph.client);
        unknown.show();
        unknown.findChild<QLineEdit *>()->setText(QStringLiteral("petr.ivanov@contoso.com"));
        QTRY_VERIFY(unknown.findChild<QPushButton *>(QStringLiteral("lookupAgain"))->isVisible());
        QVERIFY(!unknown.userDevicesTable()->isVisible());
        QVERIFY(!unknown.canConfirm());
        translator.setLanguage(QStringLiteral("en"));
    }

    void deprovisionNeedsAReasonAndShowsItInTheBody()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("deprovision")), devices(1), admin, graph);
        QVERIFY(!dialog.canConfirm());
        dialog.findChild<QComboBox *>()->setCurrentIndex(0);
        QVERIFY(dialog.canConfirm());
        QVERIFY(dialog.requestText().contains(
            QStringLiteral("POST https://graph.microsoft.com/beta/deviceManagement/managedDevices/")));
        QVERIFY(dialog.requestText().contains(QStringLiteral("deprovisionReason")));
    }

    void aMissingPermissionLocksTheActionAndNamesThePermission()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), devices(1), readOnly, graph);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        const QLabel *missing = dialog.findChild<QLabel *>(QStringLiteral("permissionMissing"));
        QVERIFY(missing);
        QVERIFY(missing->text().contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        ConfirmActionDialog appOnly(*ActionCatalog::find(QStringLiteral("disconnect")),
            {{QStringLiteral("p"), QStringLiteral("TeamViewer"), {}}}, app, graph);
        QVERIFY(!appOnly.canConfirm());
        QVERIFY(appOnly.findChild<QLabel *>(QStringLiteral("permissionMissing"))
                    ->text()
                    .contains(QStringLiteral("app-only")));
    }

    void theRequestNamesEveryTargetByItsGraphId()
    {
        const QList<ActionTarget> targets = devices(3);
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), targets, admin, graph);
        for (const ActionTarget &t : targets)
            QVERIFY(dialog.requestText().contains(
                QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(t.id)));
        QVERIFY(dialog.requestText().contains(QStringLiteral("$batch")));
    }
};

QTEST_MAIN(TestConfirmActionDialog)
#include "tst_confirmactiondialog.moc"
