#include "core/journal/Journal.h"
#include "core/offboarding/OffboardingReport.h"
#include "core/offboarding/OffboardingResolver.h"
#include "core/offboarding/OffboardingRunner.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoGraphClient.h"
#include "ui/ActionController.h"
#include "ui/MainWindow.h"
#include "ui/OffboardingWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The wizard offscreen against the demo tenant, as an operator goes through it: a pasted mixed list, an ambiguous
// entry settled by id, the "return to vendor" plan with its dry run, the typed confirmation, the run, the report.
class TestOffboardingWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    Translator translator;
    QTemporaryDir dir;

    QJsonArray list(const QString &path, const QString &select)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        query.addQueryItem(QStringLiteral("$select"), select);
        return demo->http.get(demo->graph(path, query), TestHttp::bearer(graph->token))
            .json()[QStringLiteral("value")]
            .toArray();
    }

private slots:
    void initTestCase()
    {
        DemoServerOptions options = DemoFixture::smallTenant(800, 60); // 800: some devices are enrolled twice
        options.tenant.autopilotDeletionSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        translator.setLanguage(QStringLiteral("en"));
    }

    void aPastedListIsResolvedPlannedRunAndReported()
    {
        // Two Windows laptops known everywhere, an unknown serial, and a serial Intune has twice.
        QStringList serials;
        QHash<QString, int> count;
        const QJsonArray devices = list(QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            QStringLiteral("serialNumber,operatingSystem,deviceName"));
        for (const auto &v : devices)
            count[v[QStringLiteral("serialNumber")].toString()] += 1;
        QString duplicate;
        for (const auto &v : devices) {
            const QString serial = v[QStringLiteral("serialNumber")].toString();
            if (count.value(serial) > 1)
                duplicate = serial;
            else if (serials.size() < 2 && v[QStringLiteral("operatingSystem")].toString() == QLatin1String("Windows"))
                serials.append(serial);
        }
        QVERIFY(!duplicate.isEmpty());
        Journal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        OffboardingWizard wizard({&graph->client, &journal, AccessToken::fromJwt(graph->token), false,
                                     QStringLiteral("offboard-demo.onmicrosoft.com")},
            {serials.at(0), QStringLiteral("  ") + serials.at(1), QString(), QStringLiteral("NOT-THERE-1"), duplicate,
                serials.at(0).toLower()});
        wizard.show();
        auto *readAs = wizard.findChild<QTableWidget *>(QStringLiteral("readAs"));
        QCOMPARE(readAs->rowCount(), 4); // blank line and repeated serial left out

        wizard.next();
        QCOMPARE(wizard.currentId(), int(OffboardingWizard::ResolvePageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.resolver()->isFinished(), 20000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the ambiguous entry blocks the plan
        const Resolution ambiguous = wizard.resolver()->resolutions().at(3);
        QCOMPARE(ambiguous.status, Resolution::Status::Ambiguous);
        wizard.resolver()->choose(3, {ambiguous.candidates.first().key()});
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.resolver()->resolutions().at(2).status, Resolution::Status::NotFound);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(OffboardingWizard::PlanPageId));
        auto *templates = wizard.currentPage()->findChild<QComboBox *>();
        templates->setCurrentIndex(1); // return to vendor
        QCOMPARE(wizard.plan().templateUsed, OffboardingPlan::Template::ReturnToVendor);
        QCOMPARE(wizard.plan().devices.size(), 3);
        const int steps = int(wizard.plan().runnableSteps().size());
        QVERIFY(steps >= 9);
        QCOMPARE(wizard.plan().requests(graph->client.baseUrl()).size(), steps);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(OffboardingWizard::RunPageId));
        auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirmCount"));
        auto *start = wizard.findChild<QPushButton *>(QStringLiteral("startPlan"));
        QTest::keyClicks(confirm, QString::number(steps - 1));
        QVERIFY(!start->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, QString::number(steps));
        QVERIFY(start->isEnabled());
        QSignalSpy finished(&wizard, &OffboardingWizard::runFinished);
        start->click();
        QVERIFY(finished.wait(60000));
        int done = 0;
        for (int i : wizard.plan().runnableSteps())
            done += wizard.plan().steps[i].state == PlanStep::State::Done;
        QVERIFY2(done >= steps - 2, qPrintable(QString::number(done))); // hybrid joined devices keep Entra steps off
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        OffboardingReport report;
        report.resolutions = wizard.resolver()->resolutions();
        report.plan = wizard.plan();
        report.operatorName = QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com");
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(OffboardingWizard::saveReport(report, csv, QStringLiteral("csv")));
        QVERIFY(OffboardingWizard::saveReport(report, pdf, QStringLiteral("pdf")));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.contains(wizard.plan().steps[wizard.plan().runnableSteps().first()].requestId));
        QVERIFY(text.contains(QLatin1String("NOT-THERE-1")));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    // Offboard was killed during a run: on the next start the main window offers to resume it, and the wizard opens
    // at the confirmation with the plan as it was.
    void anUnfinishedRunIsOfferedOnTheNextStart()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offboardingwizard"));
        const AccessToken token = AccessToken::fromJwt(graph->token);
        OffboardingPlanFile file;
        file.tenantId = token.tenantId();
        file.runStartedAt = QDateTime::currentDateTimeUtc();
        file.plan.devices.append(PlanDevice());
        PlanStep step;
        step.action = QStringLiteral("retire");
        step.targetId = QStringLiteral("00000000-0000-4000-8000-000000000042");
        step.targetName = QStringLiteral("PC-42");
        step.device = 0;
        step.checked = true;
        file.plan.steps.append(step);
        Journal journal(Journal::defaultPath());
        QVERIFY(QDir().mkpath(QFileInfo(journal.path()).path()));
        QVERIFY(file.save(OffboardingWizard::runFilePath(&journal)));
        MainWindow window(&graph->client, SessionInfo {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        QVERIFY(window.resumeBar()->isVisible());
        window.resumeBar()->findChild<QPushButton *>(QStringLiteral("resumeOffboarding"))->click();
        OffboardingWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<OffboardingWizard *>()));
        QCOMPARE(wizard->currentId(), int(OffboardingWizard::RunPageId));
        QCOMPARE(wizard->plan().runnableSteps().size(), 1);
        wizard->reject();
        QFile::remove(OffboardingWizard::runFilePath(&journal));
    }

    // Quitting while a plan runs would leave it half done: the window stays, and says to stop the plan first.
    void theWindowDoesNotCloseUnderARunningPlan()
    {
        const QJsonArray identities = list(
            QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"), QStringLiteral("serialNumber"));
        MainWindow window(&graph->client,
            SessionInfo {AccessToken::fromJwt(graph->token), QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        window.findChild<ActionController *>()->startOffboarding(
            {identities.at(identities.size() - 1)[QStringLiteral("serialNumber")].toString()});
        OffboardingWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<OffboardingWizard *>()));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->resolver()->isFinished(), 20000);
        wizard->next();
        wizard->currentPage()->findChild<QComboBox *>()->setCurrentIndex(1);
        wizard->next();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("confirmCount")),
            QString::number(wizard->plan().runnableSteps().size()));
        QSignalSpy finished(wizard, &OffboardingWizard::runFinished);
        wizard->findChild<QPushButton *>(QStringLiteral("startPlan"))->click();
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        window.close();
        QVERIFY(window.isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(window.close());
    }

    // A plan made in another tenant is never opened: its ids mean other objects, or nothing, here.
    void aPlanFromAnotherTenantIsRefusedWhenOpened()
    {
        OffboardingPlanFile file;
        file.tenantId = QStringLiteral("99999999-0000-4000-8000-000000000000");
        const QString path = dir.filePath(QStringLiteral("foreign.json"));
        QVERIFY(file.save(path));
        MainWindow window(&graph->client,
            SessionInfo {AccessToken::fromJwt(graph->token), QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        ActionController *actions = window.findChild<ActionController *>();
        QVERIFY(actions);
        actions->openSavedPlan(path);
        QVERIFY(!window.findChild<OffboardingWizard *>());
    }
};

QTEST_MAIN(TestOffboardingWizard)
#include "tst_offboardingwizard.moc"
