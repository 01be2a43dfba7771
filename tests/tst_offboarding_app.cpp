#include "app/DemoLauncher.h"
#include "core/offboarding/EvidenceFile.h"
#include "core/offboarding/OffboardingResolver.h"
#include "core/offboarding/OffboardingRunner.h"
#include "core/platform/PrivateFiles.h"
#include "core/platform/Translator.h"
#include "tests/support/Screenshots.h"
#include "tests/support/SecretScan.h"
#include "tests/support/TestHttp.h"
#include "ui/AppController.h"
#include "ui/EvidenceDialog.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/OffboardingWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The whole app as `offboard --demo` starts it (2,500 devices), driven as an operator would: Ctrl+N, a pasted list of
// 50 mixed identifiers (serial numbers in any case, device names, Intune and Entra ids, 5 people, 3 unknown, 2
// enrolled twice), the two ambiguous ones settled in the Choose dialog, the "return to vendor" plan, the typed count,
// the run. Prints how long each part took; with OFFBOARD_SCREENSHOTS set, saves each page. OFFBOARD_REAL_DELAYS=1 keeps
// the demo's own Autopilot deregistration time (20 s, 80 s for every fifth) instead of 2 s.
class TestOffboardingApp : public QObject
{
    Q_OBJECT

    struct Tenant
    {
        QStringList identifiers;
        QStringList ambiguous;
    };

    static QJsonArray all(
        TestHttp &http, const QUrl &base, const QString &token, const QString &path, const QString &select)
    {
        QJsonArray values;
        QString next = base.toString() + path + QStringLiteral("?$top=999&$select=") + select;
        while (!next.isEmpty()) {
            const QJsonObject page = http.get(QUrl(next), TestHttp::bearer(token)).json();
            for (const auto &v : page.value(QStringLiteral("value")).toArray())
                values.append(v);
            next = page.value(QStringLiteral("@odata.nextLink")).toString();
        }
        return values;
    }

    // 50 identifiers of every kind, picked from the tenant the way a helpdesk ticket mixes them.
    static Tenant fiftyIdentifiers(const QUrl &base, const QString &token)
    {
        TestHttp http;
        const QJsonArray devices = all(http, base, token, QStringLiteral("/v1.0/deviceManagement/managedDevices"),
            QStringLiteral("id,deviceName,serialNumber,azureADDeviceId,userPrincipalName,operatingSystem"));
        QHash<QString, int> serials, names, upnDevices;
        for (const auto &v : devices) {
            serials[v[QStringLiteral("serialNumber")].toString()] += 1;
            names[v[QStringLiteral("deviceName")].toString()] += 1;
            upnDevices[v[QStringLiteral("userPrincipalName")].toString()] += 1;
        }
        Tenant t;
        QStringList upns;
        int serialCount = 0, nameCount = 0, intuneIds = 0, entraIds = 0;
        for (const auto &v : devices) {
            const QString serial = v[QStringLiteral("serialNumber")].toString();
            const QString name = v[QStringLiteral("deviceName")].toString();
            const QString upn = v[QStringLiteral("userPrincipalName")].toString();
            if (serials.value(serial) > 1) {
                if (t.ambiguous.size() < 2 && !t.ambiguous.contains(serial))
                    t.ambiguous.append(serial);
                continue;
            }
            if (upnDevices.value(upn) > 3 || upns.contains(upn))
                continue; // a person with many devices is planned through their UPN only
            if (!upn.isEmpty() && upns.size() < 5 && upnDevices.value(upn) <= 3) {
                upns.append(upn);
                continue;
            }
            if (serialCount < 24) {
                t.identifiers.append(serialCount % 3 == 0 ? serial.toLower() : serial);
                ++serialCount;
            } else if (nameCount < 8 && names.value(name) == 1) {
                t.identifiers.append(name);
                ++nameCount;
            } else if (intuneIds < 4) {
                t.identifiers.append(v[QStringLiteral("id")].toString());
                ++intuneIds;
            } else if (entraIds < 4) {
                t.identifiers.append(v[QStringLiteral("azureADDeviceId")].toString());
                ++entraIds;
            }
        }
        t.identifiers += upns;
        t.identifiers += t.ambiguous;
        t.identifiers
            += {QStringLiteral("NO-SUCH-0001"), QStringLiteral("Unknown laptop"), QStringLiteral("5CG0000000")};
        return t;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offboarding_app"));
    }

    void fiftyMixedIdentifiersThroughTheWholeApp_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void fiftyMixedIdentifiersThroughTheWholeApp()
    {
        QFETCH(QString, language);
        const SecretScan scan; // every logging category on, from sign-in to the end
        PrivateFiles::restrictSettingsFile(); // as main() does
        Translator translator;
        translator.setLanguage(language);
        DemoLaunchOptions options; // as `offboard --demo`: 2,500 devices
        if (qEnvironmentVariable("OFFBOARD_REAL_DELAYS") != QLatin1String("1"))
            options.server.tenant.autopilotDeletionSeconds = 2;
        AppController controller(&translator);
        DemoLauncher demo(options, &controller);
        demo.start();
        QVERIFY(QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 60000));
        MainWindow *window = controller.mainWindow();
        window->resize(1360, 800);
        const Tenant tenant = fiftyIdentifiers(demo.connection().customGraphUrl, window->session().token.raw());
        QCOMPARE(tenant.identifiers.size(), 50);
        QCOMPARE(tenant.ambiguous.size(), 2);

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window)); // shortcuts reach only the active window
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier); // File > New offboarding
        OffboardingWizard *wizard = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (wizard = window->findChild<OffboardingWizard *>()) != nullptr; }, 5000));
        auto *text = wizard->findChild<QPlainTextEdit *>(QStringLiteral("identifiers"));
        QApplication::clipboard()->setText(tenant.identifiers.join(QStringLiteral("\r\n")));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("readAs"))->rowCount(), 50);
        QVERIFY(Screenshots::save(wizard, language + QStringLiteral("-fifty-1-input")));

        QElapsedTimer clock;
        clock.start();
        wizard->next();
        QVERIFY(QTest::qWaitFor([&] { return wizard->resolver()->isFinished(); }, 60000));
        const qint64 resolveMs = clock.elapsed();
        int found = 0, notFound = 0, ambiguous = 0;
        for (const Resolution &r : wizard->resolver()->resolutions()) {
            found += r.status == Resolution::Status::Found;
            notFound += r.status == Resolution::Status::NotFound;
            ambiguous += r.status == Resolution::Status::Ambiguous;
        }
        QCOMPARE(notFound, 3);
        QCOMPARE(ambiguous, 2);
        QCOMPARE(found, 45);
        QVERIFY(Screenshots::save(wizard, language + QStringLiteral("-fifty-2-resolution")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("resolution"));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (wizard->resolver()->resolutions().at(row).status != Resolution::Status::Ambiguous)
                continue;
            table->selectRow(row);
            QTimer::singleShot(0, this, [] { // the Choose dialog: tick the first match, use it
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *list = dialog->findChild<QListWidget *>();
                QVERIFY(list && list->count() >= 2);
                list->item(0)->setCheckState(Qt::Checked);
                dialog->accept();
            });
            const QList<QPushButton *> buttons = wizard->currentPage()->findChildren<QPushButton *>();
            QVERIFY(!buttons.isEmpty());
            QVERIFY2(buttons.first()->isEnabled(), qPrintable(buttons.first()->text()));
            buttons.first()->click();
        }
        for (const Resolution &r : wizard->resolver()->resolutions())
            QVERIFY2(r.status == Resolution::Status::Found || r.status == Resolution::Status::NotFound,
                qPrintable(r.entry.text + QLatin1Char(' ') + r.reason));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        wizard->next();
        wizard->currentPage()->findChild<QComboBox *>()->setCurrentIndex(1); // return to vendor
        const int steps = int(wizard->plan().runnableSteps().size());
        QVERIFY(steps > 100);
        QVERIFY(Screenshots::save(wizard, language + QStringLiteral("-fifty-3-plan")));
        wizard->next();
        // Recovery information is read first and sealed with the operator's passphrase (scrypt at full cost).
        const QString passphrase = QStringLiteral("Fifty devices, %1").arg(language);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("evidencePassphrase")), passphrase);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("evidencePassphraseRepeat")), passphrase);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("confirmCount")), QString::number(steps));
        QSignalSpy finished(wizard, &OffboardingWizard::runFinished);
        clock.restart();
        QTest::keyClick(wizard->findChild<QLineEdit *>(QStringLiteral("confirmCount")), Qt::Key_Return);
        QVERIFY(finished.wait(900000));
        const qint64 runMs = clock.elapsed();
        QVERIFY(Screenshots::save(wizard, language + QStringLiteral("-fifty-4-done")));
        int done = 0, other = 0;
        for (int i : wizard->plan().runnableSteps())
            (wizard->plan().steps[i].state == PlanStep::State::Done ? done : other) += 1;
        QCOMPARE(other, 0);
        QString error;
        const auto evidence = EvidenceFile::read(wizard->evidencePath(), &error);
        QVERIFY2(evidence, qPrintable(error));
        const auto secrets = EvidenceFile::openSecrets(*evidence, passphrase, &error);
        QVERIFY2(secrets && !secrets->isEmpty(), qPrintable(error));
        qInfo("%s: %d devices, %d steps, %lld recovery secrets sealed; resolved 50 identifiers in %lld ms; plan "
              "(recovery first) ran in %lld ms",
            qPrintable(language), int(wizard->plan().devices.size()), steps, secrets->size(), resolveMs, runMs);
        // The evidence file opened again from the run page, a BitLocker key shown after the passphrase.
        QPushButton *openEvidence = nullptr;
        for (QPushButton *button : wizard->findChildren<QPushButton *>()) {
            if (button->text() == OffboardingWizard::tr("Open the evidence f&ile…"))
                openEvidence = button;
        }
        QVERIFY(openEvidence && openEvidence->isVisible());
        openEvidence->click();
        EvidenceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<EvidenceDialog *>()));
        dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("evidencePassphrase")), passphrase);
        dialog->findChild<QPushButton *>(QStringLiteral("unlockEvidence"))->click();
        auto *keys = dialog->findChild<QTableWidget *>(QStringLiteral("evidenceKeys"));
        QTRY_VERIFY_WITH_TIMEOUT(keys->isVisible(), 20000);
        int bitLocker = -1;
        for (int row = keys->rowCount() - 1; row >= 0; --row) {
            if (keys->item(row, 1)->text().contains(QStringLiteral("BitLocker")))
                bitLocker = row;
        }
        QVERIFY(bitLocker >= 0);
        keys->selectRow(bitLocker);
        dialog->findChild<QPushButton *>(QStringLiteral("revealSecret"))->click();
        auto *shown = dialog->findChild<QLabel *>(QStringLiteral("revealedSecret"));
        QVERIFY(QRegularExpression(QStringLiteral("^(\\d{6}-){7}\\d{6}$")).match(shown->text()).hasMatch());
        QVERIFY(Screenshots::save(dialog, language + QStringLiteral("-fifty-5-evidence")));
        dialog->close();

        // No recovery key, LAPS password or access token in the logs, the settings, anything Offboard wrote (journal,
        // CSV export, run file, evidence file, whose secrets are sealed) or this process's command line and
        // environment.
        QStringList secretsRead {
            window->session().token.raw(), window->session().token.raw().section(QLatin1Char('.'), 2)};
        for (const auto &secret : *secrets)
            secretsRead.append(secret.toObject().value(QStringLiteral("secret")).toString());
        const QString exports = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(exports));
        QVERIFY(window->page(MainWindow::Devices)->exportCsv(exports + QStringLiteral("/devices.csv")));
        QSettings().sync();
        const QString secretFoundIn = scan.whereFound(secretsRead,
            {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                QFileInfo(wizard->evidencePath()).absolutePath()},
            {QSettings().fileName()});
        QVERIFY2(secretFoundIn.isEmpty(), qPrintable(QStringLiteral("a secret in ") + secretFoundIn));
        // Everything Offboard wrote, and the folders holding it, are its user's alone.
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QStringList written {QSettings().fileName()};
        QDirIterator it(
            exports, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            written.append(it.next());
        for (const QString &path : std::as_const(written))
            QVERIFY2((QFile::permissions(path) & others) == QFileDevice::Permissions(), qPrintable(path));
        qInfo("%s: %lld secrets looked for in %lld log messages (every category on) and the files written: none found; "
              "%lld files and folders written, all owner-only",
            qPrintable(language), qsizetype(secretsRead.size()), scan.messageCount(), qsizetype(written.size()));
        wizard->accept();
    }
};

QTEST_MAIN(TestOffboardingApp)
#include "tst_offboarding_app.moc"
