#include "core/graph/PageLoader.h"
#include "core/model/EntityTableModel.h"
#include "core/model/ListFilterProxy.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoGraphClient.h"
#include "ui/AutopilotPage.h"
#include "ui/DevicePage.h"
#include "ui/MainWindow.h"
#include "ui/PartnerPage.h"
#include "ui/UserPage.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The four lists in the main window, offscreen against the demo tenant.
class TestListPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    std::unique_ptr<DemoGraphClient> graph;
    Translator translator;
    std::unique_ptr<MainWindow> window;

    static bool waitLoaded(ListPage *page)
    {
        page->ensureLoaded();
        return QTest::qWaitFor([page] { return page->hasLoadFinished(); }, 30000);
    }
    template<typename T> static QList<T> visible(ListPage *page, const EntityTableModel<T> *model)
    {
        QList<T> rows;
        for (int r = 0; r < page->proxy()->rowCount(); ++r)
            rows.append(model->at(page->proxy()->mapToSource(page->proxy()->index(r, 0)).row()));
        return rows;
    }
    static QComboBox *comboNamed(QWidget *page, const QString &accessibleName)
    {
        for (QComboBox *combo : page->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == accessibleName)
                return combo;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listpages"));
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(1500, 120));
        QVERIFY(demo->isReady());
        graph = std::make_unique<DemoGraphClient>(*demo);
        translator.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&graph->client,
            SessionInfo {AccessToken::fromJwt(graph->token), QStringLiteral("demo"), QString(), true}, &translator);
        window->show();
        for (int i = 0; i < MainWindow::PageCount; ++i)
            QVERIFY(waitLoaded(window->page(i)));
    }

    void everyListLoadsCompletely()
    {
        QCOMPARE(window->page(MainWindow::Devices)->entities()->rowCount(), 1500);
        QCOMPARE(window->page(MainWindow::Users)->entities()->rowCount(), 122);
        QVERIFY(window->page(MainWindow::Autopilot)->entities()->rowCount() > 500);
        QVERIFY(window->page(MainWindow::Partners)->entities()->rowCount() >= 3);
    }

    void deviceFiltersShowOnlyMatchingRows()
    {
        auto *page = window->devicePage();
        comboNamed(page, QStringLiteral("Compliance filter"))->setCurrentIndex(2); // Not compliant
        comboNamed(page, QStringLiteral("Operating system filter"))->setCurrentIndex(1); // Windows
        const auto rows = visible(page, page->devices());
        QVERIFY(!rows.isEmpty());
        for (const auto &d : rows) {
            QCOMPARE(d.complianceState, QStringLiteral("noncompliant"));
            QCOMPARE(d.operatingSystem, QStringLiteral("Windows"));
        }
        comboNamed(page, QStringLiteral("Compliance filter"))->setCurrentIndex(0);
        comboNamed(page, QStringLiteral("Operating system filter"))->setCurrentIndex(0);
        page->findChild<QSpinBox *>()->setValue(60);
        for (const auto &d : visible(page, page->devices()))
            QVERIFY(d.lastSyncDateTime.daysTo(QDateTime::currentDateTimeUtc()) >= 60);
        QVERIFY(page->proxy()->rowCount() < page->devices()->rowCount());
        page->findChild<QSpinBox *>()->setValue(0);
        QCOMPARE(page->proxy()->rowCount(), page->devices()->rowCount());
    }

    void theStatusBarSaysHowManyRowsTheSearchShows()
    {
        window->showPage(MainWindow::Devices);
        auto *page = window->devicePage();
        QSignalSpy changed(page, &ListPage::progressChanged);
        page->searchField()->setText(page->devices()->at(3).serialNumber);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(page->progressText(),
            QStringLiteral("%1 of %2 objects shown")
                .arg(page->proxy()->rowCount())
                .arg(QLocale().toString(page->devices()->rowCount())));
        page->searchField()->clear();
        QCOMPARE(
            page->progressText(), QStringLiteral("%1 objects").arg(QLocale().toString(page->devices()->rowCount())));
    }

    // Devices are read in slices when pages wait on the server; devices that check in meanwhile are met twice and
    // still shown once. When Graph refuses the filter, the list is read page by page, and the status bar says why.
    void theDeviceListSaysHowItWasRead()
    {
        for (const auto filter :
            {DemoTenantOptions::SyncTimeFilter::Served, DemoTenantOptions::SyncTimeFilter::Refused}) {
            DemoServerOptions options = DemoFixture::smallTenant(6000, 300);
            options.faults.pageLatencyMs = 60;
            options.tenant.checkInsPerPage = 25;
            options.tenant.syncTimeFilter = filter;
            DemoFixture slowTenant(options);
            QVERIFY(slowTenant.isReady());
            DemoGraphClient slowGraph(slowTenant);
            DevicePage page(&slowGraph.client);
            QVERIFY(waitLoaded(&page));
            QCOMPARE(page.devices()->rowCount(), 6000);
            const QString text = page.progressText();
            const bool saysHow = filter == DemoTenantOptions::SyncTimeFilter::Served
                ? text.startsWith(QLatin1String("6,000 objects (read in "))
                    && text.endsWith(QLatin1String(" slices at once)"))
                : text.startsWith(QLatin1String("6,000 objects (read page by page: Microsoft Graph refused to filter "
                                                "on lastSyncDateTime ("));
            QVERIFY2(saysHow, qPrintable(page.progressText()));
        }
    }

    void autopilotFlagsOrphansAndDuplicates()
    {
        auto *page = static_cast<AutopilotPage *>(window->page(MainWindow::Autopilot));
        QCheckBox *orphans = page->findChildren<QCheckBox *>().at(1);
        QCheckBox *duplicates = page->findChildren<QCheckBox *>().at(2);
        orphans->setChecked(true);
        QVERIFY(page->proxy()->rowCount() > 0);
        for (const auto &a : visible(page, page->identities()))
            QVERIFY(a.managedDeviceId.isEmpty());
        orphans->setChecked(false);
        duplicates->setChecked(true);
        QVERIFY(page->proxy()->rowCount() >= 2);
        for (const auto &a : visible(page, page->identities()))
            QVERIFY(page->serialCount(a.serialNumber) > 1);
        page->view()->selectRow(0);
        QVERIFY(page->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("share this serial number")));
        duplicates->setChecked(false);
    }

    void deviceDetailsLinkToTheAutopilotIdentity()
    {
        window->showPage(MainWindow::Devices);
        auto *page = window->devicePage();
        int row = -1;
        for (int r = 0; r < page->devices()->rowCount() && row < 0; ++r) {
            if (page->devices()->at(r).operatingSystem == QLatin1String("Windows")
                && static_cast<AutopilotPage *>(window->page(MainWindow::Autopilot))->identities()->rows().size() > 0)
                row = r;
        }
        const ManagedDevice device = page->devices()->at(row);
        QVERIFY(page->selectId(device.id));
        const QString html = page->findChild<QTextBrowser *>()->toHtml();
        QVERIFY(html.contains(device.serialNumber));
        if (html.contains(QStringLiteral("offboard://autopilot/"))) {
            const int at = html.indexOf(QStringLiteral("offboard://autopilot/"));
            const QUrl link(html.mid(at, html.indexOf(QLatin1Char('"'), at) - at));
            window->openLink(link);
            QCOMPARE(window->currentPage(), window->page(MainWindow::Autopilot));
            const QList<int> selected = window->currentPage()->selectedSourceRows();
            QCOMPARE(selected.size(), 1);
            auto *autopilot = static_cast<AutopilotPage *>(window->currentPage());
            QCOMPARE(autopilot->identities()->at(selected.first()).serialNumber, device.serialNumber);
        }
    }

    void userFilterShowsLeavers()
    {
        auto *page = static_cast<UserPage *>(window->page(MainWindow::Users));
        comboNamed(page, QStringLiteral("Account state filter"))->setCurrentIndex(2);
        QVERIFY(page->proxy()->rowCount() > 0);
        for (const auto &u : visible(page, page->users()))
            QVERIFY(!u.accountEnabled);
        comboNamed(page, QStringLiteral("Account state filter"))->setCurrentIndex(0);
    }

    // The user's details list their devices as Graph has them; when Graph cannot list them, the pane says so once
    // instead of asking again and again.
    void userDetailsListTheirDevicesOrSayWhyNot()
    {
        window->showPage(MainWindow::Users);
        auto *page = static_cast<UserPage *>(window->page(MainWindow::Users));
        auto *details = page->findChild<QTextBrowser *>();
        const auto selectUser = [&](int row) {
            page->view()->clearSelection();
            page->view()->selectRow(row);
        };
        int withDevices = -1;
        for (int row = 0; row < page->proxy()->rowCount() && withDevices < 0; ++row) {
            const QString id = page->users()->at(page->proxy()->mapToSource(page->proxy()->index(row, 0)).row()).id;
            const QJsonArray devices = demo->http
                                           .get(demo->graph(QStringLiteral("/v1.0/users/%1/managedDevices").arg(id)),
                                               TestHttp::bearer(graph->token))
                                           .json()
                                           .value(QStringLiteral("value"))
                                           .toArray();
            if (!devices.isEmpty()) {
                withDevices = row;
                selectUser(row);
                const QString name = devices.first().toObject().value(QStringLiteral("deviceName")).toString();
                QTRY_VERIFY(details->toPlainText().contains(name));
            }
        }
        QVERIFY(withDevices >= 0);

        FaultPlan unreadable;
        unreadable.malformedRate = 1.0;
        unreadable.pathContains = QStringLiteral("/managedDevices");
        unreadable.methods = {QStringLiteral("GET")};
        demo->server()->setFaultPlan(unreadable);
        demo->server()->clearRequestLog();
        selectUser(withDevices + 1);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("could not be listed")));
        QCOMPARE(graph->liveRequests(), 0); // after its re-reads, the failure is kept: nothing asks again
        demo->server()->setFaultPlan({});
        int asked = 0;
        for (const auto &e : demo->server()->requestLog())
            asked += e.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/managedDevices"));
        QCOMPARE(asked, 1 + PageLoader::MaxRereads);
    }

    void graphLookupAsksGraphWithStartswith()
    {
        auto *page = window->devicePage();
        const QString serial = page->devices()->at(7).serialNumber;
        demo->server()->clearRequestLog();
        page->findChild<QCheckBox *>()->setChecked(true);
        page->searchField()->setText(serial.left(4));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([page] { return page->hasLoadFinished(); }, 10000));
        bool asked = false;
        for (const auto &e : demo->server()->requestLog())
            asked |= e.value(QStringLiteral("query"))
                         .toString()
                         .contains(QStringLiteral("startswith(serialNumber,'%1')").arg(serial.left(4)));
        QVERIFY(asked);
        QVERIFY(page->devices()->rowCount() >= 1);
        QVERIFY(page->devices()->rowCount() < 1500);
        page->findChild<QCheckBox *>()->setChecked(false); // back to the whole list
        QVERIFY(
            QTest::qWaitFor([page] { return page->hasLoadFinished() && page->devices()->rowCount() == 1500; }, 20000));
        page->searchField()->clear();
    }

    // Graph refuses eq and startswith on Autopilot identities (see tst_graphsim_routes); the lookup uses contains().
    void autopilotLookupAsksGraphWithContainsAndShowsWhatGraphFound()
    {
        window->showPage(MainWindow::Autopilot);
        auto *page = static_cast<AutopilotPage *>(window->page(MainWindow::Autopilot));
        QVERIFY(QTest::qWaitFor([page] { return page->hasLoadFinished(); }, 20000));
        const int all = page->identities()->rowCount();
        const QString serial = page->identities()->at(3).serialNumber;
        demo->server()->clearRequestLog();
        page->findChild<QCheckBox *>()->setChecked(true);
        page->searchField()->setText(serial.mid(2, 6));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([page] { return page->hasLoadFinished(); }, 10000));
        int refused = 0;
        bool asked = false;
        for (const auto &e : demo->server()->requestLog()) {
            asked |= e.value(QStringLiteral("query"))
                         .toString()
                         .contains(QStringLiteral("contains(serialNumber,'%1')").arg(serial.mid(2, 6)));
            refused += e.value(QStringLiteral("status")).toInt() >= 400;
        }
        QVERIFY(asked);
        QCOMPARE(refused, 0);
        QVERIFY(page->identities()->rowCount() >= 1);
        QVERIFY(page->identities()->rowCount() < all);
        page->findChild<QCheckBox *>()->setChecked(false);
        QVERIFY(QTest::qWaitFor(
            [page, all] { return page->hasLoadFinished() && page->identities()->rowCount() == all; }, 20000));
        page->searchField()->clear();
        window->showPage(MainWindow::Devices);
    }

    // Tenant data reaches the detail pane's HTML only escaped: plain text is escaped by row() itself, and markup has
    // to be an HtmlFragment (made by link() and the like, which escape their text).
    void detailPaneRowsEscapeTenantDataThemselves()
    {
        struct Probe : ListPage
        {
            using ListPage::link;
            using ListPage::row;
        };
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> & \"Ян\"");
        QVERIFY(!Probe::row(QStringLiteral("Name"), hostile).contains(QStringLiteral("<img")));
        QVERIFY(Probe::row(QStringLiteral("Name"), hostile).contains(QStringLiteral("&lt;img")));
        const QString linked
            = Probe::row(QStringLiteral("User"), Probe::link(QStringLiteral("user"), QStringLiteral("a/b"), hostile));
        QVERIFY(linked.contains(QStringLiteral("<a href=\"offboard://user/a%2Fb\">")));
        QVERIFY(!linked.contains(QStringLiteral("<img")));
    }

    void detailPaneReadsAsLabelsAndValuesWithoutFrameMarkers()
    {
        auto *page = window->devicePage();
        window->showPage(MainWindow::Devices);
        QVERIFY(page->selectId(page->devices()->at(0).id));
        QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(page->detailsView());
        QVERIFY(pane && pane->textInterface());
        const QString spoken = pane->textInterface()->text(0, pane->textInterface()->characterCount());
        QVERIFY2(!spoken.contains(QChar(0xFDD0)) && !spoken.contains(QChar(0xFDD1)), qPrintable(spoken));
        // Labels and values are apart by whitespace of some kind (a line separator, no-break spaces).
        QVERIFY2(spoken.simplified().contains(QStringLiteral("Serial number: ") + page->devices()->at(0).serialNumber),
            qPrintable(spoken));
    }

    void csvExportHasTheVisibleRowsAndColumns()
    {
        auto *page = static_cast<PartnerPage *>(window->page(MainWindow::Partners));
        page->view()->horizontalHeader()->setSectionHidden(3, true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partners.csv"));
        QVERIFY(page->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page->proxy()->rowCount() + 1);
        // Enums carry their Graph value next to the label; dates are ISO 8601 (they sort and do not age).
        QCOMPARE(lines.first(), QStringLiteral("Name,Onboarding,Onboarding (Graph value),Last connection"));
        const RemoteAssistancePartner &first
            = page->partners()->at(page->proxy()->mapToSource(page->proxy()->index(0, 0)).row());
        const QString connected = first.lastConnectionDateTime.isValid()
            ? first.lastConnectionDateTime.toUTC().toString(Qt::ISODate)
            : QString();
        QVERIFY2(lines.at(1).endsWith(QLatin1Char(',') + first.onboardingStatus + QLatin1Char(',') + connected),
            qPrintable(lines.at(1)));
        page->view()->horizontalHeader()->setSectionHidden(3, false);
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            window->showPage(i);
            for (QWidget *w : window->currentPage()->findChildren<QWidget *>()) {
                if (!w->isVisible() || (w->parent() && w->parent()->inherits("QAbstractSpinBox")))
                    continue; // hidden, or the line edit inside a spin box
                if (auto *box = qobject_cast<QCheckBox *>(w)) {
                    QVERIFY(!box->text().isEmpty() || !box->accessibleName().isEmpty());
                    continue;
                }
                const bool interactive = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                    || qobject_cast<QSpinBox *>(w) || qobject_cast<QTableView *>(w) || qobject_cast<QTextBrowser *>(w);
                if (interactive)
                    QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
        QVERIFY(!window->findChild<QListWidget *>()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestListPages)
#include "tst_listpages.moc"
