#include "core/journal/Journal.h"
#include "core/offboarding/EvidenceFile.h"
#include "core/offboarding/OffboardingReport.h"
#include "core/offboarding/OffboardingResolver.h"
#include "core/offboarding/OffboardingRunner.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoGraphClient.h"
#include "tests/support/OffboardingSamples.h"
#include "tests/support/Screenshots.h"
#include "ui/ActionController.h"
#include "ui/EvidenceDialog.h"
#include "ui/MainWindow.h"
#include "ui/OffboardingWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
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

    static PassphraseCipher::Cost cheap() { return {1 << 10, 8, 1}; }
    // The run page asks for the evidence file's passphrase whenever the plan reads recovery information.
    static void enterPassphrase(OffboardingWizard *wizard, const QString &passphrase)
    {
        wizard->setEvidenceCost(cheap());
        auto *first = wizard->findChild<QLineEdit *>(QStringLiteral("evidencePassphrase"));
        auto *again = wizard->findChild<QLineEdit *>(QStringLiteral("evidencePassphraseRepeat"));
        if (!first->isVisible())
            return;
        QTest::keyClicks(first, passphrase);
        QTest::keyClicks(again, passphrase);
    }
    // Resolves the wizard's identifiers and plans them with "return to vendor" (retire, delete everywhere).
    static void planReturnToVendor(OffboardingWizard &wizard)
    {
        wizard.show();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.resolver()->isFinished(), 20000);
        wizard.next();
        wizard.currentPage()->findChild<QComboBox *>()->setCurrentIndex(1);
        QCOMPARE(wizard.plan().templateUsed, OffboardingPlan::Template::ReturnToVendor);
    }
    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
        enterPassphrase(&wizard, QStringLiteral("evidence-passphrase"));
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

    // "Return to vendor" for ten devices: their BitLocker keys, LAPS passwords and FileVault keys are read before the
    // first request that changes anything, sealed in the evidence file, and found nowhere else: not in the journal,
    // the reports or the settings. The evidence dialog refuses a wrong passphrase and shows a key on request.
    void recoveryInformationIsReadFirstAndKeptOnlyInTheSealedEvidence()
    {
        QStringList used;
        QStringList serials = OffboardingSamples::linkedSerials(*demo, graph->token, 8, &used);
        serials += demo->ids(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("operatingSystem eq 'macOS'"), 2);
        const QString journalPath = dir.filePath(QStringLiteral("recovery-journal.jsonl"));
        Journal journal(journalPath);
        OffboardingWizard wizard({&graph->client, &journal, AccessToken::fromJwt(graph->token), false,
                                     QStringLiteral("offboard-demo.onmicrosoft.com")},
            serials);
        planReturnToVendor(wizard);
        QVERIFY(wizard.plan().readRecovery);
        QCOMPARE(wizard.plan().devicesForRecovery().size(), 10);
        auto *note = wizard.findChild<QLabel *>(QStringLiteral("recoveryNote"));
        QVERIFY(note->text().contains(QStringLiteral("10")));
        wizard.next();
        const QString passphrase = QStringLiteral("Vendor return 2026-11");
        enterPassphrase(&wizard, passphrase);
        auto *start = wizard.findChild<QPushButton *>(QStringLiteral("startPlan"));
        auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirmCount"));
        QTest::keyClicks(confirm, QString::number(wizard.plan().runnableSteps().size()));
        QVERIFY(start->isEnabled());
        demo->server()->clearRequestLog();
        // Every logging category on, every message kept: no secret may reach a log either.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        QSignalSpy finished(&wizard, &OffboardingWizard::runFinished);
        // Enter in the confirmation, in an active window: it starts the plan and presses no other button.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Return);
        const bool ran = finished.wait(90000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ran);
        qInfo("%lld log messages captured during the run, scanned for secrets below", qsizetype(logged.size()));
        QVERIFY(std::all_of(wizard.plan().steps.begin(), wizard.plan().steps.end(), [](const PlanStep &step) {
            return !step.checked || !step.allowed || step.state != PlanStep::State::Pending;
        }));

        // Every recovery read comes before the first request that changes anything.
        int lastRead = -1;
        int firstChange = -1;
        const QList<QJsonObject> log = demo->server()->requestLog();
        for (int i = 0; i < log.size(); ++i) {
            const QString path = log[i].value(QStringLiteral("path")).toString();
            const bool read = path.contains(QLatin1String("recoveryKeys"))
                || path.contains(QLatin1String("deviceLocalCredentials"))
                || path.contains(QLatin1String("getFileVaultKey"));
            if (read)
                lastRead = i;
            if (firstChange < 0 && log[i].value(QStringLiteral("method")).toString() != QLatin1String("GET"))
                firstChange = i;
        }
        QVERIFY(lastRead >= 0 && firstChange > lastRead);

        // The sealed secrets open with the passphrase; none of them is anywhere else.
        QString error;
        const auto document = EvidenceFile::read(wizard.evidencePath(), &error);
        QVERIFY2(document, qPrintable(error));
        const auto secrets = EvidenceFile::openSecrets(*document, passphrase, &error);
        QVERIFY2(secrets && secrets->size() >= 8, qPrintable(error));
        int withRequestId = 0;
        for (const auto &step : document->value(QStringLiteral("steps")).toArray())
            withRequestId += !step.toObject().value(QStringLiteral("requestId")).toString().isEmpty();
        QCOMPARE(withRequestId, int(wizard.plan().runnableSteps().size())); // every step sent, with its request-id
        OffboardingReport report;
        report.resolutions = wizard.resolver()->resolutions();
        report.plan = wizard.plan();
        QVERIFY(OffboardingWizard::saveReport(report, dir.filePath(QStringLiteral("r.csv")), QStringLiteral("csv")));
        QVERIFY(OffboardingWizard::saveReport(report, dir.filePath(QStringLiteral("r.html")), QStringLiteral("html")));
        const QList<QByteArray> elsewhere = {contentsOf(journalPath), contentsOf(dir.filePath(QStringLiteral("r.csv"))),
            contentsOf(dir.filePath(QStringLiteral("r.html"))), contentsOf(QSettings().fileName()),
            contentsOf(wizard.evidencePath())};
        const QByteArray messages = logged.join(QLatin1Char('\n')).toUtf8();
        for (const auto &secret : *secrets) {
            const QByteArray value = secret.toObject().value(QStringLiteral("secret")).toString().toUtf8();
            for (const QByteArray &content : elsewhere)
                QVERIFY2(!content.contains(value), "a recovery secret outside the sealed part");
            QVERIFY2(!messages.contains(value), "a recovery secret in the log");
        }

        // The evidence dialog: a wrong passphrase is refused, the right one shows a key only when asked.
        EvidenceDialog dialog(wizard.evidencePath());
        dialog.show();
        QVERIFY(dialog.isLoaded());
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2); // Recovery keys
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("evidencePassphrase"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("evidenceStatus"));
        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Wrong passphrase")), 10000);
        QVERIFY(dialog.isVisible()); // Enter unlocks; it does not close the dialog
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        auto *keys = dialog.findChild<QTableWidget *>(QStringLiteral("evidenceKeys"));
        QTRY_VERIFY2_WITH_TIMEOUT(keys->isVisible(), qPrintable(status->text()), 10000);
        QCOMPARE(keys->rowCount(), secrets->size());
        const QString first = secrets->first().toObject().value(QStringLiteral("secret")).toString();
        QVERIFY(keys->item(0, 4)->text() != first); // hidden until asked
        dialog.findChild<QPushButton *>(QStringLiteral("revealSecret"))->click();
        QCOMPARE(keys->item(0, 4)->text(), first);
        dialog.findChild<QPushButton *>(QStringLiteral("copySecret"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), first);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        Screenshots::save(&dialog, QStringLiteral("%1 evidence dialog").arg(translator.language()));
        QGuiApplication::clipboard()->clear();
    }

    // Intune's daily limit: after 998 retires today, the confirmation warns that three more go over 1,000; the demo
    // tenant (its limit set to 2) refuses the third, and the step says it was the limit.
    void aPlanOverTheDailyLimitIsWarnedAboutAndItsRefusalExplained()
    {
        DemoServerOptions options = DemoFixture::smallTenant(300, 40);
        options.tenant.autopilotDeletionSeconds = 1;
        options.tenant.dailyRetireLimit = 2;
        DemoFixture limited(options);
        QVERIFY(limited.isReady());
        DemoGraphClient limitedGraph(limited);
        QStringList used;
        const QStringList serials = OffboardingSamples::linkedSerials(limited, limitedGraph.token, 3, &used);
        // Earlier today this tenant retired 998 devices through Offboard, so three more cross Intune's 1,000.
        const QString journalPath = dir.filePath(QStringLiteral("limits-journal.jsonl"));
        {
            QFile earlier(journalPath);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            for (int i = 0; i < 998; ++i) {
                JournalEntry intent;
                intent.operationId = QStringLiteral("earlier-%1").arg(i);
                intent.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
                intent.tenantId = AccessToken::fromJwt(limitedGraph.token).tenantId();
                intent.graphHost = limitedGraph.client.baseUrl().host();
                intent.action = QStringLiteral("retire");
                intent.targetId = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
                JournalEntry outcome = intent;
                outcome.kind = JournalEntry::Kind::Outcome;
                outcome.outcome = JournalEntry::Outcome::Done;
                for (const JournalEntry &entry : {intent, outcome})
                    earlier.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
            }
        }
        Journal journal(journalPath);
        OffboardingWizard wizard({&limitedGraph.client, &journal, AccessToken::fromJwt(limitedGraph.token), false,
                                     QStringLiteral("offboard-demo.onmicrosoft.com")},
            serials);
        planReturnToVendor(wizard); // retires each
        wizard.next();
        auto *limits = wizard.findChild<QLabel *>(QStringLiteral("dailyLimits"));
        QTRY_VERIFY(limits->text().contains(QStringLiteral("Retire: this plan 3")));
        QVERIFY2(limits->text().contains(QStringLiteral("over the daily limit by 1")), qPrintable(limits->text()));
        enterPassphrase(&wizard, QStringLiteral("limits-passphrase"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("confirmCount")),
            QString::number(wizard.plan().runnableSteps().size()));
        QSignalSpy finished(&wizard, &OffboardingWizard::runFinished);
        wizard.findChild<QPushButton *>(QStringLiteral("startPlan"))->click();
        QVERIFY(finished.wait(90000));
        int refused = 0;
        for (int i : wizard.plan().runnableSteps()) {
            const PlanStep &step = wizard.plan().steps[i];
            if (step.action == QLatin1String("retire") && step.state == PlanStep::State::Failed) {
                ++refused;
                QVERIFY2(step.message.startsWith(QStringLiteral("Intune's daily limit")), qPrintable(step.message));
            }
        }
        QCOMPARE(refused, 1);
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
        enterPassphrase(wizard, QStringLiteral("evidence-passphrase"));
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
