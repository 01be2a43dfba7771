#include "core/model/CsvWriter.h"
#include "core/model/Formatting.h"
#include "core/model/ListFilterProxy.h"
#include "core/model/ListModels.h"
#include "core/platform/Translator.h"
#include "demo/DemoTenant.h"
#include "demo/EntityJson.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The list models and their proxy, fed with demo tenant objects rendered as Graph renders them.
class TestListModels : public QObject
{
    Q_OBJECT

    DemoTenant tenant {[] {
        DemoTenantOptions o;
        o.devices = 3000;
        o.users = 300;
        o.reference = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return o;
    }()};

    template<typename T> QList<QJsonArray> pages(const QVector<T> &objects, const QString &type, int pageSize = 1000)
    {
        QList<QJsonArray> result;
        for (int i = 0; i < objects.size(); ++i) {
            if (i % pageSize == 0)
                result.append(QJsonArray());
            result.last().append(EntityJson::render(objects[i], SimApiVersion::V1, type, {}));
        }
        return result;
    }

private slots:
    void searchKeysAreLowerCaseUtf8InEveryScript()
    {
        QCOMPARE(EntityTableModelBase::searchKeyOf(QStringLiteral("NYC-LT-0042\nJane.Doe@Contoso.COM")),
            QByteArray("nyc-lt-0042\njane.doe@contoso.com"));
        QCOMPARE(EntityTableModelBase::searchKeyOf(QStringLiteral("Ноутбук ИВАНОВА\nLatitude 5440")),
            QStringLiteral("ноутбук иванова\nlatitude 5440").toUtf8());
        QCOMPARE(
            EntityTableModelBase::searchKeyOf(QStringLiteral("ÉCOLE Straße")), QStringLiteral("école straße").toUtf8());
        QVERIFY(EntityTableModelBase::searchKeyOf(QString()).isEmpty());
    }

    void everyModelPassesTheModelTester()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        std::unique_ptr<AutopilotModel> autopilot(ListModels::autopilotIdentities(nullptr));
        std::unique_ptr<UserModel> users(ListModels::users(nullptr));
        std::unique_ptr<PartnerModel> partners(ListModels::remoteAssistancePartners(nullptr));
        QAbstractItemModelTester t1(devices.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(autopilot.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(users.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(partners.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &page : pages(tenant.devices(), EntityJson::ManagedDevice))
            devices->appendConverted(devices->convert(page));
        for (const auto &page : pages(tenant.autopilotIdentities(), EntityJson::AutopilotIdentity))
            autopilot->appendPage(page);
        for (const auto &page : pages(tenant.users(), EntityJson::User))
            users->appendPage(page);
        for (const auto &page : pages(tenant.partners(), EntityJson::RemoteAssistancePartner))
            partners->appendPage(page);
        QCOMPARE(devices->rowCount(), tenant.deviceCount());
        QCOMPARE(autopilot->rowCount(), int(tenant.autopilotIdentities().size()));
        QCOMPARE(users->rowCount(), int(tenant.users().size()));
        QCOMPARE(partners->rowCount(), int(tenant.partners().size()));
        const QString id = tenant.devices()[1234].id;
        QCOMPARE(devices->rowOf(id), 1234);
        QVERIFY(devices->update(id, [](ManagedDevice &d) { d.managementState = QStringLiteral("retirePending"); }));
        QCOMPARE(devices->at(1234).managementState, QStringLiteral("retirePending"));
        devices->clear();
        QCOMPARE(devices->rowCount(), 0);
    }

    void enumsShowLabelsWithTheRawValueAsTooltip()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        devices->appendPage(pages(tenant.devices(), EntityJson::ManagedDevice).first());
        const int column = devices->columnIndex(QStringLiteral("compliance"));
        for (int row = 0; row < 50; ++row) {
            const QModelIndex index = devices->index(row, column);
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), devices->at(row).complianceState);
            QVERIFY(!index.data().toString().isEmpty());
            if (devices->at(row).complianceState == QLatin1String("noncompliant"))
                QCOMPARE(index.data().toString(), QStringLiteral("Not compliant"));
        }
    }

    void searchMatchesEveryWordCaseInsensitivelyIncludingCyrillic()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        for (const auto &page : pages(tenant.devices(), EntityJson::ManagedDevice))
            devices->appendPage(page);
        ListFilterProxy proxy(devices.get());
        QString russianName;
        for (const auto &d : tenant.devices()) {
            if (d.userDisplayName.contains(QRegularExpression(QStringLiteral("^[А-Я]")))
                && d.operatingSystem == QLatin1String("Windows")) {
                russianName = d.userDisplayName.section(QLatin1Char(' '), 0, 0);
                break;
            }
        }
        QVERIFY(!russianName.isEmpty());
        proxy.setSearchText(russianName.toLower());
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(devices->at(proxy.mapToSource(proxy.index(r, 0)).row())
                        .userDisplayName.contains(russianName, Qt::CaseInsensitive));
        const int broad = proxy.rowCount();
        proxy.setSearchText(russianName.toUpper() + QStringLiteral(" latitude"));
        QVERIFY(proxy.rowCount() <= broad);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(devices->at(proxy.mapToSource(proxy.index(r, 0)).row()).model.contains(QStringLiteral("Latitude")));
        // Narrowing and widening again gives the same rows as searching afresh.
        proxy.setSearchText(russianName);
        QCOMPARE(proxy.rowCount(), broad);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), devices->rowCount());
        proxy.setRowPredicate([&](int row) { return devices->at(row).operatingSystem == QLatin1String("macOS"); });
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(devices->at(proxy.mapToSource(proxy.index(r, 0)).row()).operatingSystem, QStringLiteral("macOS"));
    }

    void datesSortAsDatesAndNamesInAlphabeticalOrder()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        devices->appendPage(pages(tenant.devices(), EntityJson::ManagedDevice).first());
        ListFilterProxy proxy(devices.get());
        proxy.sort(devices->columnIndex(QStringLiteral("lastSync")), Qt::AscendingOrder);
        QDateTime previous;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QDateTime t = devices->at(proxy.mapToSource(proxy.index(r, 0)).row()).lastSyncDateTime;
            QVERIFY(!previous.isValid() || previous <= t);
            previous = t;
        }
        std::unique_ptr<UserModel> users(ListModels::users(nullptr));
        for (const auto &page : pages(tenant.users(), EntityJson::User))
            users->appendPage(page);
        ListFilterProxy byName(users.get());
        byName.sort(0, Qt::AscendingOrder);
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int r = 1; r < byName.rowCount(); ++r)
            QVERIFY(
                collator.compare(byName.index(r - 1, 0).data().toString(), byName.index(r, 0).data().toString()) <= 0);
    }

    // The proxy keeps per-row matches and sort keys between keystrokes; rows that arrive later and rows changed in
    // place (an action's new state) must be filtered and sorted as if everything had been worked out afresh.
    void sortedSearchStaysRightWhileRowsArriveAndChange()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        const QList<QJsonArray> devicePages = pages(tenant.devices(), EntityJson::ManagedDevice);
        devices->appendPage(devicePages.at(0));
        ListFilterProxy proxy(devices.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int management = devices->columnIndex(QStringLiteral("management"));
        proxy.sort(management, Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("latitude"));
        for (int i = 1; i < devicePages.size(); ++i)
            devices->appendPage(devicePages.at(i));
        const auto expectedRows = [&] {
            int count = 0;
            for (int row = 0; row < devices->rowCount(); ++row)
                count += devices->searchKey(row).contains("latitude") ? 1 : 0;
            return count;
        };
        QVERIFY(proxy.rowCount() > 100);
        QCOMPARE(proxy.rowCount(), expectedRows());
        const auto sortedByManagement = [&] {
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            collator.setNumericMode(true);
            for (int r = 1; r < proxy.rowCount(); ++r) {
                if (collator.compare(
                        proxy.index(r - 1, management).data().toString(), proxy.index(r, management).data().toString())
                    > 0)
                    return false;
            }
            return true;
        };
        QVERIFY(sortedByManagement());
        // Retiring the last row in sort order moves it up to the other "Retire pending" rows.
        const int lastSource = proxy.mapToSource(proxy.index(proxy.rowCount() - 1, 0)).row();
        const QString id = devices->idAt(lastSource);
        devices->update(id, [](ManagedDevice &d) { d.managementState = QStringLiteral("retirePending"); });
        QVERIFY(sortedByManagement());
        QVERIFY(proxy.mapFromSource(devices->index(lastSource, 0)).row() < proxy.rowCount() - 1);
        // Renaming a row so that it no longer matches hides it at once.
        devices->update(id, [](ManagedDevice &d) {
            d.deviceName = QStringLiteral("renamed");
            d.operatingSystem = QStringLiteral("iOS");
            d.model = d.manufacturer = d.userDisplayName = d.userPrincipalName = d.serialNumber = QString();
        });
        QVERIFY(!proxy.mapFromSource(devices->index(lastSource, 0)).isValid());
        QCOMPARE(proxy.rowCount(), expectedRows());
    }

    // A partitioned load meets a device that checked in twice: in its old range and in the last one. It keeps one
    // row, which shows the later copy, and the search finds it by what it says now.
    void anObjectMetTwiceKeepsOneRowWithTheNewerCopy()
    {
        std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
        ListFilterProxy proxy(devices.get());
        QAbstractItemModelTester tester(devices.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QJsonArray> devicePages = pages(tenant.devices(), EntityJson::ManagedDevice);
        devices->appendPage(devicePages.at(0));
        QJsonArray again;
        QJsonObject moved = devicePages.at(0).at(10).toObject();
        moved.insert(QStringLiteral("lastSyncDateTime"), QStringLiteral("2026-11-26T10:00:00Z"));
        moved.insert(QStringLiteral("deviceName"), QStringLiteral("CHECKED-IN-AGAIN"));
        again.append(moved);
        again.append(devicePages.at(1).at(0));
        again.append(devicePages.at(1).at(0)); // twice in one page, too
        QSignalSpy changed(devices.get(), &QAbstractItemModel::dataChanged);
        devices->appendPage(again);
        QCOMPARE(devices->rowCount(), 1001);
        QCOMPARE(changed.size(), 1);
        const int row = devices->rowOf(moved.value(QStringLiteral("id")).toString());
        QCOMPARE(row, 10);
        QCOMPARE(devices->at(row).deviceName, QStringLiteral("CHECKED-IN-AGAIN"));
        QCOMPARE(devices->rowOf(devicePages.at(1).at(0).toObject().value(QStringLiteral("id")).toString()), 1000);
        proxy.setSearchText(QStringLiteral("checked-in-again"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void graphDatesAreReadExactly()
    {
        const auto date = [](const char *text) {
            GraphProperty property;
            property.kind = GraphProperty::Kind::Text;
            property.text = text;
            return GraphValues::graphDateTime(property);
        };
        QCOMPARE(date("2026-11-20T08:15:30Z"), QDateTime(QDate(2026, 11, 20), QTime(8, 15, 30), Qt::UTC));
        QCOMPARE(date("2026-11-20T08:15:30.1234567Z"), QDateTime(QDate(2026, 11, 20), QTime(8, 15, 30, 123), Qt::UTC));
        QCOMPARE(date("2026-11-20T10:15:30+02:00").toUTC(), QDateTime(QDate(2026, 11, 20), QTime(8, 15, 30), Qt::UTC));
        QVERIFY(!date("0001-01-01T00:00:00Z").isValid());
        QVERIFY(!date("2026-13-40T08:15:30Z").isValid());
        QVERIFY(!date("not a date").isValid());
        QVERIFY(!GraphValues::graphDateTime(GraphProperty {}).isValid());
    }

    void ageIsSaidInWordsWithRussianPlurals()
    {
        Translator translator;
        const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        translator.setLanguage(QStringLiteral("en"));
        QCOMPARE(Formatting::age(now.addDays(-3), now), QStringLiteral("3 days ago"));
        QCOMPARE(Formatting::age(now.addDays(-1), now), QStringLiteral("1 day ago"));
        translator.setLanguage(QStringLiteral("ru"));
        QCOMPARE(Formatting::age(now.addDays(-1), now), QStringLiteral("1 день назад"));
        QCOMPARE(Formatting::age(now.addDays(-3), now), QStringLiteral("3 дня назад"));
        QCOMPARE(Formatting::age(now.addDays(-5), now), QStringLiteral("5 дней назад"));
        QCOMPARE(Formatting::age(now.addDays(-21), now), QStringLiteral("21 день назад"));
        translator.setLanguage(QStringLiteral("en"));
    }

    void csvIsRfc4180Utf8WithBomAndNeutralisedFormulas()
    {
        CsvWriter csv;
        csv.addRow({QStringLiteral("Имя"), QStringLiteral("Serial")});
        csv.addRow({QStringLiteral("Иванов, Пётр"), QStringLiteral("say \"hi\"")});
        csv.addRow({QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
            QStringLiteral("@SUM(A1)"), QStringLiteral("plain")});
        csv.addRow({QStringLiteral("two\nlines")});
        const QByteArray data = csv.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(data.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("Имя,Serial"));
        QCOMPARE(lines.at(1), QStringLiteral("\"Иванов, Пётр\",\"say \"\"hi\"\"\""));
        QCOMPARE(lines.at(2), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),plain"));
        QCOMPARE(lines.at(3), QStringLiteral("\"two\nlines\""));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    }
};

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
