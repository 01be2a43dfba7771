#include "app/DemoLauncher.h"
#include "core/graph/PageLoader.h"
#include "core/platform/Milestones.h"
#include "core/platform/Translator.h"
#include "demo/DemoClock.h"
#include "demo/DemoServer.h"
#include "ui/AppController.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

// The whole app on a 100,000-device demo tenant: signing out while the devices are still loading tears the window
// down mid-load (its workers convert pages with the model being destroyed), and a second click on Sign out while the
// first is on its way must do nothing. Run under the asan preset, this is the use-after-free check the issue asks for.
class TestAppController : public QObject
{
    Q_OBJECT

    static QAction *signOutAction(MainWindow *window)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Sign &out"))
                return action;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    }

    void signingOutTwiceDuringAHundredThousandDeviceLoadEndsCleanly()
    {
        Translator translator;
        translator.setLanguage(QStringLiteral("en"));
        DemoLaunchOptions options;
        options.server.tenant.devices = 100000;
        options.server.tenant.seed = 7;
        AppController controller(&translator);
        DemoLauncher demo(options, &controller);
        demo.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return controller.mainWindow() && controller.mainWindow()->deviceLoader()->itemsLoaded() > 0; },
            120000));
        MainWindow *window = controller.mainWindow();
        QVERIFY(window->deviceLoader()->isRunning());
        QAction *signOut = signOutAction(window);
        QVERIFY(signOut);
        // The second request once crashed: it connected another handler that met a window gone. The menu entry is
        // disabled after one click, so the requests go straight to the controller, as a second path would.
        emit window->signOutRequested();
        emit window->signOutRequested();
        QVERIFY(QTest::qWaitFor(
            [&] { return controller.signInDialog() && controller.signInDialog()->isVisible(); }, 30000));
        QCOMPARE(controller.mainWindow(), nullptr);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        controller.signInDialog()->close();
    }

    // The tenant's clock jumps an hour ahead (or the laptop slept through the renewal): Graph answers 401 to a token
    // our clock still calls good. The app renews it from the refresh token and the list loads, without a word to the
    // user and without signing in again.
    void aTokenGraphCallsExpiredIsRenewedAndTheListLoads()
    {
        Translator translator;
        translator.setLanguage(QStringLiteral("en"));
        DemoLaunchOptions options;
        options.server.tenant.devices = 300;
        AppController controller(&translator);
        DemoLauncher demo(options, &controller);
        demo.start();
        QVERIFY(QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 30000));
        MainWindow *window = controller.mainWindow();
        ListPage *devices = window->page(MainWindow::Devices);
        devices->ensureLoaded();
        QVERIFY(QTest::qWaitFor([&] { return devices->hasLoadFinished(); }, 30000));
        const QString before = window->session().token.raw();

        DemoClock::setSkewSeconds(3700);
        demo.server()->clearRequestLog();
        devices->refresh();
        QVERIFY(QTest::qWaitFor([&] { return devices->hasLoadFinished() || !devices->shownError().isEmpty(); }, 30000));
        DemoClock::setSkewSeconds(0);
        QVERIFY2(devices->shownError().isEmpty(), qPrintable(devices->shownError()));
        QCOMPARE(devices->entities()->rowCount(), 300);
        QVERIFY(window->session().token.raw() != before);
        int unauthorized = 0;
        for (const QJsonObject &entry : demo.server()->requestLog())
            unauthorized += entry.value(QStringLiteral("status")).toInt() == 401;
        QCOMPARE(unauthorized, 1);
    }

    // Entra refuses Offboard's write scopes where the organisation consented only the reads: the demo falls back to a
    // read-only sign-in and says why, instead of not opening at all.
    void withoutWriteConsentTheDemoOpensReadOnlyAndSaysWhy()
    {
        Translator translator;
        translator.setLanguage(QStringLiteral("en"));
        DemoLaunchOptions options;
        options.server.tenant.devices = 50;
        options.server.tenant.consent = DemoTenantOptions::Consent::ReadOnly;
        AppController controller(&translator);
        DemoLauncher demo(options, &controller);
        demo.start();
        QVERIFY(QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 30000));
        MainWindow *window = controller.mainWindow();
        QVERIFY(window->session().readOnly);
        QVERIFY(window->notice().contains(QStringLiteral("AADSTS65001")));
        QVERIFY(!window->session().token.hasPermission(
            QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
        QVERIFY(window->actionFor(QStringLiteral("retire"))->toolTip().contains(QStringLiteral("read-only")));
    }

    // offboard.timing, which support and scripts/run-benchmarks read: only when asked for, each moment of a start is
    // logged once, in the order a person sees them, and "first row" only once the device list shows rows.
    void theMomentsOfAStartAreLoggedOnceInOrderAndOnlyWhenAskedFor()
    {
        static QStringList timing;
        static std::function<int()> rowsShown;
        static QList<int> rowsAtFirstRow;
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                  if (qstrcmp(context.category, "offboard.timing") != 0)
                      return;
                  timing.append(message);
                  if (message.startsWith(QStringLiteral("first row")))
                      rowsAtFirstRow.append(rowsShown ? rowsShown() : -1);
              });
        // Also when a check below fails.
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        Milestones::startClock();
        Milestones::reach("not asked for");
        QCOMPARE(timing, QStringList());
        QLoggingCategory::setFilterRules(QStringLiteral("offboard.timing.info=true"));

        Translator translator;
        translator.setLanguage(QStringLiteral("en"));
        DemoLaunchOptions options;
        options.server.tenant.devices = 3000;
        AppController controller(&translator);
        rowsShown = [&controller] {
            return controller.mainWindow() ? controller.mainWindow()->page(MainWindow::Devices)->entities()->rowCount()
                                           : -1;
        };
        const auto forgetController = qScopeGuard([] { rowsShown = {}; }); // before the controller goes
        DemoLauncher demo(options, &controller);
        demo.start();
        QVERIFY(QTest::qWaitFor([&] { return timing.size() >= 4; }, 30000));
        QTest::qWait(200); // anything logged twice would be logged by now

        QStringList names;
        QList<double> times;
        static const QRegularExpression moment(QStringLiteral("^(.+) at ([0-9]+\\.[0-9]) ms$"));
        for (const QString &line : std::as_const(timing)) {
            const auto match = moment.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            names.append(match.captured(1));
            times.append(match.captured(2).toDouble());
        }
        QCOMPARE(names,
            QStringList({QStringLiteral("sign-in started"), QStringLiteral("signed in"), QStringLiteral("first window"),
                QStringLiteral("first row")}));
        QVERIFY(std::is_sorted(times.begin(), times.end()));
        QCOMPARE(rowsAtFirstRow.size(), 1);
        QVERIFY(rowsAtFirstRow.first() > 0);
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
