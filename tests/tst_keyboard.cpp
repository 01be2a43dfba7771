#include "core/actions/ActionCatalog.h"
#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"
#include "core/offboarding/OffboardingResolver.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/Screenshots.h"
#include "ui/ActionProgressDialog.h"
#include "ui/ConfirmActionDialog.h"
#include "ui/DevicePage.h"
#include "ui/EvidenceDialog.h"
#include "ui/FileDialog.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/OffboardingWizard.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// Every window and dialog, in English and in Russian, walked as a keyboard and screen-reader user meets it:
// no two mnemonics in one scope (a window with its menu bar, or one menu), and every interactive widget named.
class TestKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    std::unique_ptr<GraphClient> client;
    Translator translator;
    AccessToken token;

    // The Alt+letter Qt registers for a text, as widgets and menus do.
    static QChar mnemonic(const QString &text)
    {
        const QKeySequence keys = QKeySequence::mnemonic(text);
        return keys.isEmpty() ? QChar() : QChar(char16_t(keys[0].key())).toLower();
    }

    static QString describe(const QWidget *w)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }

    // The mnemonics one Alt+letter reaches in a window: its menu bar's menus and its visible labelled controls.
    static QStringList mnemonicClashes(QWidget *window)
    {
        QHash<QChar, QStringList> owners;
        auto note = [&](const QString &text) {
            if (const QChar key = mnemonic(text); !key.isNull())
                owners[key].append(QString(text).remove(QLatin1Char('&')));
        };
        if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
            for (QAction *menu : mainWindow->menuBar()->actions())
                note(menu->text());
        }
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->window() != window)
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                note(button->text());
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                note(label->text());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                note(group->title());
        }
        return clashesIn(owners);
    }

    static QStringList clashesIn(const QHash<QChar, QStringList> &owners)
    {
        QStringList clashes;
        for (auto it = owners.begin(); it != owners.end(); ++it) {
            if (it.value().size() > 1)
                clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / "))));
        }
        return clashes;
    }

    static QStringList menuClashes(QMenu *menu)
    {
        QHash<QChar, QStringList> owners;
        QStringList clashes;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (const QChar key = mnemonic(action->text()); !key.isNull())
                owners[key].append(QString(action->text()).remove(QLatin1Char('&')));
            if (action->menu())
                clashes += menuClashes(action->menu());
        }
        return clashes + clashesIn(owners);
    }

    // Interactive widgets a screen reader announces with no name (a button's text counts as its name).
    static QStringList unnamed(QWidget *window)
    {
        QStringList found;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->window() != window || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box is one accessible object with its text field

            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractItemView *>(w);
            if (!interactive)
                continue;
            QString name = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && name.isEmpty())
                name = button->text();
            if (name.trimmed().isEmpty())
                found.append(describe(w) + QStringLiteral(" in ") + describe(w->parentWidget()));
        }
        return found;
    }

    // Words in Latin letters a Russian screen shows: product and protocol names stay, data (addresses, ids,
    // versions) is not text; anything else is English left in the Russian interface.
    static QStringList englishIn(const QString &text)
    {
        static const QSet<QString> names = {QStringLiteral("Microsoft"), QStringLiteral("Graph"),
            QStringLiteral("Intune"), QStringLiteral("Autopilot"), QStringLiteral("Windows"), QStringLiteral("Entra"),
            QStringLiteral("ID"), QStringLiteral("CSV"), QStringLiteral("HTML"), QStringLiteral("PDF"),
            QStringLiteral("Offboard"), QStringLiteral("iOS"), QStringLiteral("iPadOS"), QStringLiteral("Android"),
            QStringLiteral("macOS"), QStringLiteral("Linux"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
            QStringLiteral("URL"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"),
            QStringLiteral("English"), QStringLiteral("Demo"), QStringLiteral("API"), QStringLiteral("UPN"),
            QStringLiteral("Configuration"), QStringLiteral("Manager"), // Microsoft Configuration Manager
            QStringLiteral("Qt"), QStringLiteral("QtKeychain"), QStringLiteral("GNU"), QStringLiteral("LGPL"),
            QStringLiteral("BSD"), QStringLiteral("BitLocker"), QStringLiteral("LAPS"), QStringLiteral("FileVault")};
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QStringList found;
        for (const QString &token : QString(text).remove(tags).split(QRegularExpression(QStringLiteral("\\s+")))) {
            static const QRegularExpression data(QStringLiteral("[@/.:0-9_=-]"));
            if (token.contains(data))
                continue; // an address, an id, a version, a number
            static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
            for (auto it = latinWord.globalMatch(token); it.hasNext();) {
                const QString word = it.next().captured(0);
                if (!names.contains(word))
                    found.append(word);
            }
        }
        return found;
    }

    // The texts of a window a Russian reader sees: labels, buttons, menus, column headers, combo entries, title.
    static QStringList englishInWindow(QWidget *window)
    {
        QStringList found = englishIn(window->windowTitle());
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->window() != window)
                continue;
            // The device code is data to type elsewhere; Entra ID's codes are Latin letters, sometimes without a digit.
            if (w->objectName() == QLatin1String("userCode"))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                found += englishIn(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                found += englishIn(button->text());
            else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    found += englishIn(combo->itemText(i));
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    found += englishIn(view->model()->headerData(c, Qt::Horizontal).toString());
            } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
                for (QAction *menu : menuBar->actions()) {
                    found += englishIn(menu->text());
                    for (QAction *item : menu->menu()->actions())
                        found += englishIn(item->text());
                }
            }
        }
        found.removeDuplicates();
        return found;
    }

    void check(QWidget *window, const QString &where)
    {
        QVERIFY(Screenshots::save(window, where)); // for scripts/screenshots: every window checked
        const QStringList clashes = mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        const QStringList missing = unnamed(window);
        QVERIFY2(
            missing.isEmpty(), qPrintable(where + QStringLiteral(" unnamed: ") + missing.join(QStringLiteral("; "))));
        if (where.startsWith(QLatin1String("ru"))) {
            const QStringList english = englishInWindow(window);
            QVERIFY2(english.isEmpty(),
                qPrintable(where + QStringLiteral(" English: ") + english.join(QStringLiteral(", "))));
        }
    }

    static QList<ActionTarget> targetsFor(const ActionDefinition &action)
    {
        const QString detail
            = action.target == ActionDefinition::Target::User ? QStringLiteral("a@contoso.com") : QStringLiteral("SN1");
        return {{QStringLiteral("00000000-0000-4000-8000-000000000001"), QStringLiteral("one"), detail},
            {QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("two"), detail}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QFile::remove(Journal::defaultPath()); // only this run's records
        DemoServerOptions options = DemoFixture::smallTenant(60, 20);
        options.tenant.autopilotDeletionSeconds = 1;
        demo = std::make_unique<DemoFixture>(options);
        QVERIFY(demo->isReady());
        token = AccessToken::fromJwt(demo->adminToken());
        client = std::make_unique<GraphClient>(&network);
        client->setBaseUrl(demo->graph(QString()));
        client->setTokenProvider([this] { return token.raw(); });
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void everyPageOfTheMainWindow_data() { languages_data(); }
    void everyPageOfTheMainWindow()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        MainWindow window(client.get(), SessionInfo {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.resize(1360, 800);
        window.show();
        for (int index = 0; index <= MainWindow::JournalPageIndex; ++index) {
            window.showPage(index);
            QTRY_VERIFY_WITH_TIMEOUT(!window.currentPage() || window.currentPage()->hasLoadFinished(), 20000);
            if (window.currentPage()) // a selected row, so that the detail pane and the actions show too
                window.currentPage()->view()->selectRow(0);
            static const char *const names[] = {"devices", "autopilot", "users", "partners", "journal"};
            check(&window, QStringLiteral("%1 main window %2").arg(language, QLatin1String(names[index])));
        }
        for (QAction *menu : window.menuBar()->actions()) {
            const QStringList clashes = menuClashes(menu->menu());
            QVERIFY2(clashes.isEmpty(),
                qPrintable(language + QStringLiteral(" menu ") + menu->text() + QStringLiteral(": ")
                    + clashes.join(QStringLiteral("; "))));
        }
    }

    // After a switch to Russian at run time every column title fits (no "Сери" for a serial number), and on the
    // device list what an action changes (management state, compliance) is on the first screen.
    void columnTitlesFitAfterASwitchToRussian()
    {
        QSettings().remove(QStringLiteral("lists")); // no saved layout from an earlier run
        translator.setLanguage(QStringLiteral("en"));
        MainWindow window(client.get(), SessionInfo {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.resize(1360, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.devicePage()->hasLoadFinished(), 20000);
        QHeaderView *deviceHeader = window.devicePage()->view()->horizontalHeader();
        const int management = window.deviceModel()->columnIndex(QStringLiteral("management"));
        QVERIFY(deviceHeader->visualIndex(management) < 4);
        QVERIFY(deviceHeader->sectionViewportPosition(management) + deviceHeader->sectionSize(management)
            <= window.devicePage()->view()->viewport()->width());
        translator.setLanguage(QStringLiteral("ru"));
        QCoreApplication::sendPostedEvents(); // the LanguageChange the switch posts to every window
        for (int index = 0; index < MainWindow::PageCount; ++index) {
            window.showPage(index);
            QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->hasLoadFinished(), 20000);
            QHeaderView *header = window.currentPage()->view()->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + 12;
                QVERIFY2(header->sectionSize(column) >= needed || column == header->logicalIndex(header->count() - 1),
                    qPrintable(
                        QStringLiteral("%1: %2 px for %3 px").arg(title).arg(header->sectionSize(column)).arg(needed)));
            }
        }
    }

    void everyConfirmation_data() { languages_data(); }
    void everyConfirmation()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        for (const ActionDefinition &action : ActionCatalog::all()) {
            ConfirmActionDialog dialog(action, targetsFor(action), token, client.get());
            dialog.show();
            check(&dialog, language + QLatin1Char(' ') + action.name);
        }
    }

    void theSignInDialog_data() { languages_data(); }
    void theSignInDialog()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        ConnectionProfile demoProfile;
        demoProfile.id = QStringLiteral("demo-keyboard");
        demoProfile.name = QStringLiteral("Demo");
        demoProfile.cloudId = QStringLiteral("custom");
        demoProfile.customGraphUrl = demo->graph(QString());
        demoProfile.customLoginUrl = QUrl(demo->identity(QString()).toString().section(QLatin1Char('/'), 0, 2));
        demoProfile.tenant = demo->description().value(QStringLiteral("tenantDomain")).toString();
        demoProfile.clientId = demo->description().value(QStringLiteral("publicClientId")).toString();
        SignInDialog dialog(&network, {demoProfile});
        dialog.show();
        const QList<QRadioButton *> kinds = dialog.findChildren<QRadioButton *>();
        static const char *const kindNames[] = {"browser", "device code", "app secret"};
        QCOMPARE(kinds.size(), 3);
        for (int i = 0; i < kinds.size(); ++i) { // each way to sign in shows other fields
            kinds.at(i)->click();
            check(&dialog, language + QStringLiteral(" sign-in ") + QLatin1String(kindNames[i]));
        }
        kinds.at(1)->click(); // the device code page: the code, its link and buttons
        QSignalSpy shown(&dialog, &SignInDialog::deviceCodeShown);
        dialog.signIn();
        QVERIFY2(shown.wait(10000), qPrintable(dialog.findChild<QLabel *>(QStringLiteral("signInError"))->text()));
        check(&dialog, language + QStringLiteral(" sign-in, device code shown"));
        QTest::keyClick(&dialog, Qt::Key_Escape); // stops the sign-in under way
    }

    void theAboutBox_data() { languages_data(); }
    void theAboutBox()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        MainWindow window(client.get(), SessionInfo {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/offboard-64.png"))); // as main.cpp sets it
        QMenu *help = window.menuBar()->actions().constLast()->menu();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            check(box, language + QStringLiteral(" about"));
            checked = true;
            box->reject();
        });
        help->actions().constLast()->trigger();
        QVERIFY(checked);
    }

    // The save dialog Offboard opens for exports (Qt's own where the desktop has none): Russian words and dates.
    void theFileDialog_data() { languages_data(); }
    void theFileDialog()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        QTemporaryDir folder;
        QFile existing(folder.filePath(QStringLiteral("devices.csv")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        FileDialog dialog(nullptr, QCoreApplication::translate("MainWindow", "Export visible rows"), folder.path(),
            QCoreApplication::translate("MainWindow", "CSV files (*.csv)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.adaptQtDialog();
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.resize(900, 500);
        dialog.show();
        auto *files = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(files);
        QTRY_COMPARE_WITH_TIMEOUT(files->model()->rowCount(files->rootIndex()), 1, 20000); // a busy machine lists late
        const QModelIndex file = files->model()->index(0, 3, files->rootIndex());
        const QString modified = file.data().toString();
        const QString expected = QLocale().toString(QFileInfo(existing).lastModified(), QLocale::ShortFormat);
        QCOMPARE(modified, expected);
        QCOMPARE(files->model()->index(0, 1, files->rootIndex()).data().toString(), QLocale().formattedDataSize(0));
        check(&dialog, language + QStringLiteral(" file dialog"));
    }

    void theProgressDialog_data() { languages_data(); }
    void theProgressDialog()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        Journal journal(Journal::defaultPath()); // the main window's (test mode): theJournalAfterARun reads it
        const ActionDefinition &retire = *ActionCatalog::find(QStringLiteral("retire"));
        // One device the demo tenant has and one it has not: the dialog shows a success and Graph's error.
        const QString known = demo->firstId(
            QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("managementState eq 'managed'"));
        QVERIFY(!known.isEmpty());
        const QList<ActionTarget> targets {{known, QStringLiteral("PC-1"), QStringLiteral("SN1")},
            {QStringLiteral("00000000-0000-4000-8000-00000000dead"), QStringLiteral("PC-2"), QStringLiteral("SN2")}};
        ActionProgressDialog dialog(client.get(), &journal, token, retire, targets, QString());
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        check(&dialog, language + QStringLiteral(" progress"));
    }

    // The journal page with the records theProgressDialog left, one of them a failure with Graph's message.
    void theJournalAfterARun_data() { languages_data(); }
    void theJournalAfterARun()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        MainWindow window(client.get(), SessionInfo {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.resize(1360, 800);
        window.show();
        window.showPage(MainWindow::JournalPageIndex);
        auto *records = window.findChild<QTableView *>(QStringLiteral("journalRecords"));
        QVERIFY(records);
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), 4, 10000);
        check(&window, language + QStringLiteral(" main window journal with records"));
    }

    // Every page of the offboarding wizard, on a mixed list (serial numbers, a user, an unknown entry), through a
    // run of the "return to vendor" plan.
    void theOffboardingWizard_data() { languages_data(); }
    void theOffboardingWizard()
    {
        QFETCH(QString, language);
        translator.setLanguage(language);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("operatingSystem eq 'Windows'"));
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("serialNumber,userPrincipalName"));
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("3"));
        QStringList identifiers;
        for (const auto &v : demo->http
                                 .get(demo->graph(QStringLiteral("/v1.0/deviceManagement/managedDevices"), query),
                                     TestHttp::bearer(demo->adminToken()))
                                 .json()[QStringLiteral("value")]
                                 .toArray())
            identifiers.append(v[QStringLiteral("serialNumber")].toString());
        identifiers.append(QStringLiteral("NOT-IN-TENANT-%1").arg(language));
        QTemporaryDir folder;
        Journal journal(folder.filePath(QStringLiteral("journal.jsonl")));
        OffboardingWizard wizard(
            {client.get(), &journal, token, false, QStringLiteral("offboard-demo.onmicrosoft.com")}, identifiers);
        wizard.show();
        check(&wizard, language + QStringLiteral(" offboarding 1 input"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.resolver()->isFinished(), 20000);
        check(&wizard, language + QStringLiteral(" offboarding 2 resolution"));
        wizard.next();
        wizard.currentPage()->findChild<QComboBox *>()->setCurrentIndex(1); // return to vendor
        check(&wizard, language + QStringLiteral(" offboarding 3 plan"));
        wizard.next();
        check(&wizard, language + QStringLiteral(" offboarding 4 confirm"));
        wizard.setEvidenceCost({1 << 10, 8, 1});
        const QString passphrase = QStringLiteral("keyboard-%1-passphrase").arg(language);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("evidencePassphrase")), passphrase);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("evidencePassphraseRepeat")), passphrase);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("confirmCount")),
            QString::number(wizard.plan().runnableSteps().size()));
        QSignalSpy finished(&wizard, &OffboardingWizard::runFinished);
        wizard.findChild<QPushButton *>(QStringLiteral("startPlan"))->click();
        QVERIFY(finished.wait(120000));
        check(&wizard, language + QStringLiteral(" offboarding 5 done"));

        EvidenceDialog evidence(wizard.evidencePath());
        evidence.show();
        check(&evidence, language + QStringLiteral(" evidence 1 devices"));
        evidence.findChild<QTabWidget *>()->setCurrentIndex(2);
        QTest::keyClicks(evidence.findChild<QLineEdit *>(QStringLiteral("evidencePassphrase")), passphrase);
        evidence.findChild<QPushButton *>(QStringLiteral("unlockEvidence"))->click();
        auto *keys = evidence.findChild<QTableWidget *>(QStringLiteral("evidenceKeys"));
        QTRY_VERIFY_WITH_TIMEOUT(keys->isVisible(), 10000);
        for (int row = keys->rowCount() - 1; row >= 0; --row) { // a BitLocker key, the first of them
            if (keys->item(row, 1)->text().contains(QStringLiteral("BitLocker")))
                keys->selectRow(row);
        }
        evidence.findChild<QPushButton *>(QStringLiteral("revealSecret"))->click();
        check(&evidence, language + QStringLiteral(" evidence 2 a key shown"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
