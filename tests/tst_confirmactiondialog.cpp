#include "ConfirmActionDialog.h"
#include "DemoFixture.h"
#include "Translator.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The confirmation dialog: Cancel is the default, typing the count or name unlocks the action, a missing permission
// or reason keeps it locked, and the exact request is shown.
class TestConfirmActionDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    AccessToken admin;
    AccessToken readOnly;
    AccessToken app;
    Translator translator;
    const QUrl graph{QStringLiteral("https://graph.microsoft.com")};

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
        readOnly = AccessToken::fromJwt(demo->operatorToken());
        app = AccessToken::fromJwt(demo->appToken());
        translator.setLanguage(QStringLiteral("en"));
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

    void removeAllNeedsTheUsersNameEvenForOne()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("removeAllDevicesFromManagement")),
                                   {{QStringLiteral("u1"), QStringLiteral("Иванов Пётр"), QStringLiteral("petr.ivanov@contoso.com")}}, admin, graph);
        QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("petr.ivanov@contoso.com"));
        QVERIFY(!dialog.canConfirm());
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("petr.ivanov@contoso.com"));
        QVERIFY(dialog.canConfirm());
    }

    void deprovisionNeedsAReasonAndShowsItInTheBody()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("deprovision")), devices(1), admin, graph);
        QVERIFY(!dialog.canConfirm());
        dialog.findChild<QComboBox *>()->setCurrentIndex(0);
        QVERIFY(dialog.canConfirm());
        QVERIFY(dialog.requestText().contains(QStringLiteral("POST https://graph.microsoft.com/beta/deviceManagement/managedDevices/")));
        QVERIFY(dialog.requestText().contains(QStringLiteral("deprovisionReason")));
    }

    void aMissingPermissionLocksTheActionAndNamesThePermission()
    {
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), devices(1), readOnly, graph);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        const QLabel *missing = dialog.findChild<QLabel *>(QStringLiteral("permissionMissing"));
        QVERIFY(missing);
        QVERIFY(missing->text().contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        ConfirmActionDialog appOnly(*ActionCatalog::find(QStringLiteral("disconnect")), {{QStringLiteral("p"), QStringLiteral("TeamViewer"), {}}},
                                    app, graph);
        QVERIFY(!appOnly.canConfirm());
        QVERIFY(appOnly.findChild<QLabel *>(QStringLiteral("permissionMissing"))->text().contains(QStringLiteral("app-only")));
    }

    void theRequestNamesEveryTargetByItsGraphId()
    {
        const QList<ActionTarget> targets = devices(3);
        ConfirmActionDialog dialog(*ActionCatalog::find(QStringLiteral("retire")), targets, admin, graph);
        for (const ActionTarget &t : targets)
            QVERIFY(dialog.requestText().contains(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(t.id)));
        QVERIFY(dialog.requestText().contains(QStringLiteral("$batch")));
    }
};

QTEST_MAIN(TestConfirmActionDialog)
#include "tst_confirmactiondialog.moc"
