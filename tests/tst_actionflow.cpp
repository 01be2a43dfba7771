#include "core/model/JournalFilter.h"
#include "core/model/JournalModel.h"
#include "core/model/ListFilterProxy.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoGraphClient.h"
#include "ui/ActionController.h"
#include "ui/ActionProgressDialog.h"
#include "ui/AutopilotPage.h"
#include "ui/ConfirmActionDialog.h"
#include "ui/DevicePage.h"
#include "ui/JournalPage.h"
#include "ui/MainWindow.h"
#include "ui/PartnerPage.h"
#include "ui/UserPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

// An action from the list, through the confirmation, to the results and the updated row, offscreen on the demo tenant.
class TestActionFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    QSet<QString> retiredHere; // devices this test class has retired already
    Translator translator;

    std::unique_ptr<MainWindow> openWindow(const QString &token, bool readOnly = false)
    {
        auto window = std::make_unique<MainWindow>(&graph->client,
            SessionInfo {AccessToken::fromJwt(token), QStringLiteral("demo"), QString(), true, readOnly}, &translator);
        window->show();
        window->devicePage()->ensureLoaded();
        if (!QTest::qWaitFor([&] { return window->devicePage()->hasLoadFinished(); }, 30000))
            return nullptr;
        return window;
    }
    static void selectRows(ListPage *page, const QList<int> &rows)
    {
        QItemSelection selection;
        for (int row : rows)
            selection.select(page->proxy()->index(row, 0), page->proxy()->index(row, page->proxy()->columnCount() - 1));
        page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    int retirePosts() const
    {
        int n = 0;
        for (const auto &e : demo->server()->requestLog())
            n += e.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/retire"))
                && e.value(QStringLiteral("method")).toString() == QLatin1String("POST");
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_actionflow"));
        QFile::remove(Journal::defaultPath());
        qRegisterMetaType<ActionResult>();
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(200, 20));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        translator.setLanguage(QStringLiteral("en"));
    }

    void cleanup() { demo->server()->setFaultPlan({}); }

    void retireThreeDevicesFromTheList()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        DevicePage *page = window->devicePage();
        page->proxy()->setRowPredicate(
            [page](int row) { return page->devices()->at(row).managementState == QLatin1String("managed"); });
        selectRows(page, {0, 1, 2});
        const QList<ActionTarget> targets = page->selectedTargets();
        QCOMPARE(targets.size(), 3);
        QAction *retire = window->actionFor(QStringLiteral("retire"));
        QVERIFY(retire->isEnabled());
        QVERIFY(!window->actionFor(QStringLiteral("disconnect"))->isVisible()); // not an action for this list
        demo->server()->clearRequestLog();
        retire->trigger();
        auto *confirm = window->findChild<ConfirmActionDialog *>();
        QVERIFY(confirm && confirm->isVisible());
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QCOMPARE(retirePosts(), 0); // nothing before confirmation
        QTest::keyClicks(confirm->findChild<QLineEdit *>(), QStringLiteral("3"));
        QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(window->findChild<ActionProgressDialog *>());
        auto *progress = window->findChild<ActionProgressDialog *>();
        QSignalSpy finished(progress->runner(), &ActionRunner::finished);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        for (const ActionResult &r : progress->runner()->results())
            QCOMPARE(r.status, ActionResult::Status::Done);
        QCOMPARE(retirePosts(), 3);
        for (const ActionTarget &t : targets)
            QCOMPARE(
                page->devices()->at(page->devices()->rowOf(t.id)).managementState, QStringLiteral("retirePending"));
        int outcomes = 0;
        for (const JournalEntry &e : window->journal()->readAll())
            outcomes += e.kind == JournalEntry::Kind::Outcome && e.outcome == JournalEntry::Outcome::Done;
        QVERIFY(outcomes >= 3);
        const QString dir = qEnvironmentVariable("OFFBOARD_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            progress->grab().save(dir + QStringLiteral("/action-results-en.png"));
        }
        // The journal view (Ctrl+5) shows the three retires as done.
        progress->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QVERIFY(!window->currentPage());
        JournalPage *journal = window->journalPage();
        QVERIFY(journal->isVisible());
        journal->searchField()->setText(targets.first().name);
        QTRY_COMPARE(journal->filter()->rowCount(), 1);
        QCOMPARE(journal->filter()->index(0, JournalModel::Outcome).data().toString(), QStringLiteral("Done"));
        QCOMPARE(journal->filter()->index(0, JournalModel::TargetId).data().toString(), targets.first().id);
        if (!dir.isEmpty())
            window->grab().save(dir + QStringLiteral("/journal-en.png"));
    }

    void cancellingTheConfirmationSendsNothing()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        selectRows(window->devicePage(), {5});
        demo->server()->clearRequestLog();
        window->actionFor(QStringLiteral("retire"))->trigger();
        QPointer<ConfirmActionDialog> confirm = window->findChild<ConfirmActionDialog *>();
        QVERIFY(confirm);
        QTest::mouseClick(confirm->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!confirm); // closed and deleted: nothing of it can start a run any more
        QVERIFY(!window->findChild<ActionProgressDialog *>());
        QCOMPARE(retirePosts(), 0);
    }

    void theDetailPaneOffersTheListsActionsForTheSelection()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        DevicePage *page = window->devicePage();
        QToolButton *retire = nullptr;
        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            if (button->defaultAction() == window->actionFor(QStringLiteral("retire")))
                retire = button;
        }
        QVERIFY(retire);
        QVERIFY(retire->isVisible());
        QCOMPARE(retire->accessibleName(), QStringLiteral("Retire"));
        page->view()->clearSelection();
        QVERIFY(!retire->isEnabled());
        selectRows(page, {7});
        QVERIFY(retire->isEnabled());
        demo->server()->clearRequestLog();
        QTest::mouseClick(retire, Qt::LeftButton);
        auto *confirm = window->findChild<ConfirmActionDialog *>();
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->requestText().count(QStringLiteral("POST ")), 1);
        QTest::mouseClick(confirm->cancelButton(), Qt::LeftButton);
        QCOMPARE(retirePosts(), 0);
    }

    // Clicks a button of the next question box (a QMessageBox run with exec()) as soon as it shows.
    // Answers the next question from the keyboard, as a person would; saves a picture of it first when asked to.
    static void answerNextQuestionWithKey(int key, Qt::KeyboardModifiers modifiers, const QString &picture)
    {
        QTimer::singleShot(50, [key, modifiers, picture] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            const QString dir = qEnvironmentVariable("OFFBOARD_SCREENSHOTS");
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                box->grab().save(QStringLiteral("%1/%2.png").arg(dir, picture));
            }
            QTest::keyClick(box, Qt::Key(key), modifiers);
        });
    }
    ActionProgressDialog *startRun(MainWindow *window, const QList<ActionTarget> &targets)
    {
        auto *progress = new ActionProgressDialog(&graph->client, window->journal(), AccessToken::fromJwt(graph->token),
            *ActionCatalog::find(QStringLiteral("retire")), targets, {}, window);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->show();
        progress->start();
        return progress;
    }

    // A run waiting out Graph's Retry-After: its window cannot just be closed, quitting asks, and once the operator
    // stops it nothing more is sent (the retry never goes out) and the journal says "not sent".
    void quittingDuringARunAsksAndStoppingSendsNothingMore()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        const QString id = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        FaultPlan plan;
        plan.throttleRate = 1.0;
        plan.retryAfterSeconds = 30;
        plan.pathContains = QStringLiteral("/retire");
        demo->server()->setFaultPlan(plan);
        demo->server()->clearRequestLog();
        QPointer<ActionProgressDialog> progress = startRun(window.get(), {{id, QStringLiteral("laptop"), {}}});
        QSignalSpy waiting(progress->runner(), &ActionRunner::waiting);
        QVERIFY(waiting.wait(10000));
        QPushButton *close = nullptr;
        for (QPushButton *b : progress->findChildren<QPushButton *>())
            close = b->text() == QStringLiteral("&Close") ? b : close;
        QVERIFY(close && !close->isEnabled());

        answerNextQuestionWithKey(
            Qt::Key_Return, Qt::NoModifier, QStringLiteral("quit-during-run-en")); // Enter keeps running
        window->close();
        QVERIFY(window->isVisible());
        QVERIFY(progress && progress->isRunning());

        answerNextQuestionWithKey(Qt::Key_Escape, Qt::NoModifier, QString()); // so does Escape
        progress->reject();
        QVERIFY(progress && progress->isRunning());

        answerNextQuestionWithKey(Qt::Key_S, Qt::AltModifier, QString()); // Alt+S: "&Stop sending"
        window->close();
        QTRY_VERIFY(!progress);
        QTRY_VERIFY(!window->isVisible());
        demo->server()->setFaultPlan({});
        QCOMPARE(retirePosts(), 1);
        const JournalEntry last = window->journal()->readAll().constLast();
        QCOMPARE(last.targetId, id);
        QCOMPARE(last.outcome, JournalEntry::Outcome::NotSent);
    }

    // "Retry failed" sends only what Graph refused, and the table and export keep every target's result.
    void retryFailedKeepsTheWholeRunsResults()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        const QStringList ids = demo->ids(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"), 2);
        demo->server()->clearRequestLog();
        ActionProgressDialog *progress = startRun(window.get(),
            {{ids[0], QStringLiteral("a"), {}}, {QStringLiteral("not-a-graph-id"), QStringLiteral("typo"), {}},
                {ids[1], QStringLiteral("b"), {}}});
        QSignalSpy finished(progress->runner(), &ActionRunner::finished);
        QVERIFY(finished.size() == 1 || finished.wait(20000));
        QPushButton *retry = nullptr;
        for (QPushButton *b : progress->findChildren<QPushButton *>())
            retry = b->text() == QStringLiteral("&Retry failed") ? b : retry;
        QVERIFY(retry && retry->isEnabled());
        retry->click();
        QVERIFY(finished.size() == 2 || finished.wait(20000));
        const QList<ActionResult> all = progress->results();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].status, ActionResult::Status::Done);
        QCOMPARE(all[1].status, ActionResult::Status::Failed);
        QCOMPARE(all[2].status, ActionResult::Status::Done);
        QCOMPARE(retirePosts(), 2); // the two good ids, once each; the bad one was never sent
        progress->close();
    }

    void afterACrashOpenIntentsAreOfferedForVerificationAndNothingIsResent()
    {
        // As a crash leaves it: intents journaled, outcomes never written; one request had reached Graph, one had not.
        QFile::remove(Journal::defaultPath());
        const QString reached = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        demo->http.post(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/retire").arg(reached)), {},
            TestHttp::bearer(graph->token));
        const QString notReached = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        JournalEntry elsewhere;
        {
            Journal journal(Journal::defaultPath()); // closed before the window takes the journal
            QString error;
            for (const QString &id : {reached, notReached}) {
                JournalEntry intent;
                intent.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                intent.time = QDateTime::currentDateTimeUtc();
                intent.action = QStringLiteral("retire");
                intent.apiVersion = QStringLiteral("v1.0");
                intent.tenantId = AccessToken::fromJwt(graph->token).tenantId();
                intent.graphHost = graph->client.baseUrl().host();
                intent.targetId = id;
                intent.targetName = id.left(8);
                QVERIFY(journal.append(intent, &error));
            }
            // Another tenant's open intent (or one sent to another Graph host) is not this sign-in's to check: a 404
            // here would be a false "no longer exists".
            elsewhere.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            elsewhere.time = QDateTime::currentDateTimeUtc();
            elsewhere.action = QStringLiteral("retire");
            elsewhere.apiVersion = QStringLiteral("v1.0");
            elsewhere.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
            elsewhere.graphHost = QStringLiteral("graph.microsoft.com");
            elsewhere.targetId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
            QVERIFY(journal.append(elsewhere, &error));
        }
        auto window = openWindow(graph->token);
        QVERIFY(window);
        QVERIFY(window->recoveryBar()->isVisible());
        demo->server()->clearRequestLog();
        QTest::mouseClick(
            window->recoveryBar()->findChild<QPushButton *>(QStringLiteral("verifyIntents")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->recoveryBar()->isVisible(), 10000);
        const QList<JournalEntry> stillOpen = Journal(Journal::defaultPath()).unresolvedIntents();
        QCOMPARE(stillOpen.size(), 1);
        QCOMPARE(stillOpen.first().targetId, elsewhere.targetId);
        for (const auto &e : demo->server()->requestLog())
            QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QStringList observed;
        for (const JournalEntry &e : Journal(Journal::defaultPath()).readAll()) {
            if (e.kind == JournalEntry::Kind::Outcome) {
                observed.append(e.message);
                QVERIFY(!e.requestId.isEmpty()); // the check's own request-id, which Microsoft support asks for
            }
        }
        QCOMPARE(observed.size(), 2);
        QVERIFY(observed.join(QLatin1Char('|')).contains(QStringLiteral("retirePending")));
        QVERIFY(observed.join(QLatin1Char('|')).contains(QStringLiteral("managed")));
    }

    void actionsTheSignInMayNotRunAreDisabledAndSayWhy()
    {
        DemoFixture readConsent(DemoFixture::readConsentOnly(DemoFixture::smallTenant(10, 5)));
        QVERIFY(readConsent.isReady());
        auto window = openWindow(readConsent.operatorToken()); // a token without write scopes
        QVERIFY(window);
        selectRows(window->devicePage(), {0});
        QAction *retire = window->actionFor(QStringLiteral("retire"));
        QVERIFY(!retire->isEnabled());
        QVERIFY(retire->toolTip().contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    }

    // Retiring a device already "retire pending" would change nothing: the action says so instead of running.
    void anActionThatWouldChangeNothingIsDisabledAndSaysWhy()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        DevicePage *page = window->devicePage();
        const ManagedDeviceModel *devices = page->devices();
        page->proxy()->setRowPredicate(
            [devices](int row) { return devices->at(row).managementState == QLatin1String("retirePending"); });
        QVERIFY(page->proxy()->rowCount() > 0);
        selectRows(page, {0});
        QAction *retire = window->actionFor(QStringLiteral("retire"));
        QVERIFY(!retire->isEnabled());
        QVERIFY(retire->toolTip().contains(QStringLiteral("Nothing to do")));
        page->proxy()->setRowPredicate({});
        int pending = -1;
        int managed = -1;
        for (int row = 0; row < page->proxy()->rowCount() && (pending < 0 || managed < 0); ++row) {
            const QString state
                = devices->at(page->proxy()->mapToSource(page->proxy()->index(row, 0)).row()).managementState;
            if (state == QLatin1String("retirePending") && pending < 0)
                pending = row;
            if (state == QLatin1String("managed") && managed < 0)
                managed = row;
        }
        selectRows(page, {pending, managed});
        QVERIFY(retire->isEnabled()); // one of them would change
        selectRows(page, {managed});
        const QString id = page->selectedTargets().constFirst().id;
        window->actions()->applyEffect(*ActionCatalog::find(QStringLiteral("retire")), {id, QString(), QString()});
        QVERIFY(!retire->isEnabled()); // the row now shows the action's effect
    }

    // In the lists Tab moves on from the table to the detail pane and the filters; arrows move within the table.
    void tabLeavesTheListTable()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTableView *view = window->devicePage()->view();
        view->setFocus();
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != view);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), view);
    }

    // F6 walks the panes (lists, search, table, details); a confirmation closed with Escape gives focus back.
    void f6MovesBetweenPanesAndFocusComesBackAfterADialog()
    {
        auto window = openWindow(graph->token);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        DevicePage *page = window->devicePage();
        page->view()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), page->detailsView());
        QTest::keyClick(window.get(), Qt::Key_F6);
        QVERIFY(QApplication::focusWidget() != page->detailsView()); // round to the list of lists
        QTest::keyClick(window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), page->detailsView());
        QTest::keyClick(window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), page->view());

        selectRows(page, {0});
        window->actionFor(QStringLiteral("retire"))->trigger();
        QPointer<ConfirmActionDialog> confirm = window->findChild<ConfirmActionDialog *>();
        QVERIFY(confirm);
        QVERIFY(QTest::qWaitForWindowActive(confirm));
        QTest::keyClick(confirm, Qt::Key_Escape);
        QTRY_VERIFY(!confirm);
        QTRY_COMPARE(QApplication::focusWidget(), page->view());
    }

    // The whole job from the keyboard alone, in both languages: find a device, select it, retire it, confirm,
    // read the result, close, and find the request in the journal.
    void findRetireAndReadTheJournalWithTheKeyboardAlone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void findRetireAndReadTheJournalWithTheKeyboardAlone()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        auto window = openWindow(graph->token);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        DevicePage *page = window->devicePage();
        QString name;
        for (const ManagedDevice &d : page->devices()->rows()) {
            if (d.managementState == QLatin1String("managed") && !retiredHere.contains(d.id)) {
                name = d.deviceName;
                retiredHere.insert(d.id);
                break;
            }
        }
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier); // Find
        QCOMPARE(QApplication::focusWidget(), page->searchField());
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTRY_COMPARE(page->proxy()->rowCount(), 1);
        QTest::keyClick(window.get(), Qt::Key_F6); // to the table
        QCOMPARE(QApplication::focusWidget(), page->view());
        QTest::keyClick(page->view(), Qt::Key_Space); // select the current (only) row
        QTRY_COMPARE(page->selectedTargets().size(), 1);
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Retire
        ConfirmActionDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window->findChild<ConfirmActionDialog *>()));
        QVERIFY(QTest::qWaitForWindowActive(confirm));
        // Keys go to the dialog's own focus widget (the offscreen platform does not move application focus).
        auto inDialog = [confirm] { return confirm->focusWidget() ? confirm->focusWidget() : confirm; };
        QCOMPARE(inDialog(), confirm->cancelButton()); // Cancel is where a destructive dialog starts
        for (int i = 0; i < 12 && inDialog() != confirm->confirmButton(); ++i)
            QTest::keyClick(inDialog(), Qt::Key_Tab);
        QCOMPARE(inDialog(), confirm->confirmButton());
        QTest::keyClick(confirm->confirmButton(), Qt::Key_Space);
        ActionProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = window->findChild<ActionProgressDialog *>()));
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isRunning(), 20000);
        QCOMPARE(progress->runner()->results().constFirst().status, ActionResult::Status::Done);
        QPointer<ActionProgressDialog> closing(progress);
        QTest::keyClick(progress, Qt::Key_Escape); // closes once the run is over
        QTRY_VERIFY(!closing);
        QTRY_COMPARE(window->focusWidget(), page->view()); // back where the action started
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier); // Journal
        JournalPage *journal = window->journalPage();
        QTRY_VERIFY(journal->isVisible());
        journal->focusSearch();
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTRY_COMPARE(journal->filter()->rowCount(), 1);
        const QString done = language == QLatin1String("ru") ? QStringLiteral("Выполнено") : QStringLiteral("Done");
        QCOMPARE(journal->filter()->index(0, JournalModel::Outcome).data().toString(), done);
        translator.setLanguage(QStringLiteral("en"));
    }

    void aReadOnlySignInOffersNoActionEvenWhenItsTokenWould()
    {
        auto window = openWindow(graph->token, true);
        QVERIFY(window);
        selectRows(window->devicePage(), {0});
        for (const ActionDefinition &action : ActionCatalog::all()) {
            QAction *entry = window->actionFor(action.name);
            QVERIFY(!entry->isEnabled());
            if (entry->isVisible())
                QVERIFY(entry->toolTip().contains(QStringLiteral("read-only")));
        }
        demo->server()->clearRequestLog();
        window->actionFor(QStringLiteral("retire"))->trigger();
        window->requestAction(QStringLiteral("retire"));
        QVERIFY(!window->findChild<ConfirmActionDialog *>());
        QCOMPARE(retirePosts(), 0);
    }
};

QTEST_MAIN(TestActionFlow)
#include "tst_actionflow.moc"
