#include "core/model/JournalFilter.h"
#include "core/model/JournalModel.h"
#include "core/platform/Translator.h"
#include "ui/JournalPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The journal view: one row per request with its latest outcome, filters by words, action, outcome and period,
// and CSV export of what is shown, in English and Russian.
class TestJournalView : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString path;
    Translator translator;

    static JournalEntry entry(JournalEntry::Kind kind, const QString &operation, const QString &action,
        const QString &target, const QDateTime &time)
    {
        JournalEntry e;
        e.kind = kind;
        e.operationId = operation;
        e.time = time;
        e.operatorName = QStringLiteral("helpdesk.admin@offboard-demo.onmicrosoft.com");
        e.tenantId = QStringLiteral("3f6f0c53-7d9e-4a11-9b5e-0ffb0a2d0001");
        e.action = action;
        e.apiVersion = action == QLatin1String("deprovision") ? QStringLiteral("beta") : QStringLiteral("v1.0");
        e.targetId = QUuid::createUuidV5(QUuid(), target).toString(QUuid::WithoutBraces);
        e.targetName = target;
        return e;
    }
    void write(const QString &action, const QString &target, const QDateTime &time,
        std::optional<JournalEntry::Outcome> outcome, const QString &message = {})
    {
        Journal journal(path);
        const QString operation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY(journal.append(entry(JournalEntry::Kind::Intent, operation, action, target, time), &error));
        if (!outcome)
            return;
        JournalEntry done = entry(JournalEntry::Kind::Outcome, operation, action, target, time.addSecs(1));
        done.outcome = *outcome;
        done.httpStatus = *outcome == JournalEntry::Outcome::Done ? 204
            : *outcome == JournalEntry::Outcome::Failed           ? 403
                                                                  : 0;
        done.requestId = QStringLiteral("req-") + target;
        done.message = message;
        QVERIFY(journal.append(done, &error));
    }
    static int rowsOf(const JournalPage &page) { return page.filter()->rowCount(); }
    static void reloadAndWait(JournalPage &page)
    {
        QSignalSpy reset(page.filter(), &QAbstractItemModel::modelReset);
        page.reload();
        QVERIFY(reset.wait(10000));
    }

private slots:
    void initTestCase()
    {
        translator.setLanguage(QStringLiteral("en"));
        path = dir.filePath(QStringLiteral("journal.jsonl"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        write(
            QStringLiteral("retire"), QStringLiteral("ЕКБ-ноутбук-017"), now.addSecs(-60), JournalEntry::Outcome::Done);
        write(QStringLiteral("retire"), QStringLiteral("MSK-LT-0002"), now.addSecs(-50), JournalEntry::Outcome::Failed,
            QStringLiteral("Missing permission DeviceManagementManagedDevices.PrivilegedOperations.All"));
        write(
            QStringLiteral("deprovision"), QStringLiteral("SPB-PC-0003"), now.addDays(-3), JournalEntry::Outcome::Done);
        write(
            QStringLiteral("disconnect"), QStringLiteral("TeamViewer"), now.addDays(-40), JournalEntry::Outcome::Done);
        write(QStringLiteral("retire"), QStringLiteral("KZN-LT-0005"), now.addSecs(-10), std::nullopt);
        write(QStringLiteral("unassignUserFromDevice"), QStringLiteral("5CG1234XYZ"), now.addDays(-10),
            JournalEntry::Outcome::Unknown, QStringLiteral("Checked after a restart: no user is assigned"));
    }

    void everyRequestIsOneRowWithItsOutcomeNewestFirst()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(Journal(path).readAll());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, JournalModel::Target).data().toString(), QStringLiteral("KZN-LT-0005"));
        QCOMPARE(model.index(0, JournalModel::Outcome).data().toString(), QStringLiteral("No outcome recorded"));
        QCOMPARE(model.index(2, JournalModel::Target).data().toString(), QStringLiteral("ЕКБ-ноутбук-017"));
        QCOMPARE(model.index(2, JournalModel::Outcome).data().toString(), QStringLiteral("Done"));
        QCOMPARE(model.index(2, JournalModel::HttpStatus).data().toString(), QStringLiteral("204"));
        QCOMPARE(model.index(5, JournalModel::Target).data().toString(), QStringLiteral("TeamViewer"));
    }

    void filtersNarrowByWordsActionOutcomeAndPeriod()
    {
        Journal journal(path);
        JournalPage page(&journal);
        page.show();
        reloadAndWait(page);
        QCOMPARE(rowsOf(page), 6);
        QCOMPARE(page.countText(), QStringLiteral("6 journal records")); // all of them: no "6 of 6"

        page.searchField()->setText(QStringLiteral("екб"));
        QCOMPARE(rowsOf(page), 1);
        page.searchField()->setText(QStringLiteral("PrivilegedOperations"));
        QCOMPARE(rowsOf(page), 1);
        page.searchField()->clear();

        page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("retire")));
        QCOMPARE(rowsOf(page), 3);
        page.outcomeFilter()->setCurrentIndex(page.outcomeFilter()->findData(int(JournalEntry::Outcome::Failed)));
        QCOMPARE(rowsOf(page), 1);
        QCOMPARE(page.filter()->index(0, JournalModel::Target).data().toString(), QStringLiteral("MSK-LT-0002"));
        page.outcomeFilter()->setCurrentIndex(page.outcomeFilter()->findData(JournalModel::NoOutcome));
        QCOMPARE(rowsOf(page), 1);
        QCOMPARE(page.filter()->index(0, JournalModel::Target).data().toString(), QStringLiteral("KZN-LT-0005"));
        page.actionFilter()->setCurrentIndex(0);
        page.outcomeFilter()->setCurrentIndex(0);

        page.periodFilter()->setCurrentIndex(2); // last 7 days
        QCOMPARE(rowsOf(page), 4);
        page.periodFilter()->setCurrentIndex(3); // last 30 days
        QCOMPARE(rowsOf(page), 5);
        page.periodFilter()->setCurrentIndex(0);
        QCOMPARE(rowsOf(page), 6);
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (w->isVisible()
                && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QTableView *>(w)
                    || qobject_cast<QPushButton *>(w)))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void newRecordsAppearOnReload()
    {
        Journal journal(path);
        JournalPage page(&journal);
        reloadAndWait(page);
        const int before = rowsOf(page);
        write(QStringLiteral("removeAllDevicesFromManagement"), QStringLiteral("Иван Петров"),
            QDateTime::currentDateTimeUtc(), JournalEntry::Outcome::ApprovalRequired);
        reloadAndWait(page);
        QCOMPARE(rowsOf(page), before + 1);
        QCOMPARE(
            page.filter()->index(0, JournalModel::Outcome).data().toString(), QStringLiteral("Waiting for approval"));
    }

    void columnsWidenWhenALongerRecordArrives()
    {
        QString ownPath = dir.filePath(QStringLiteral("widening.jsonl"));
        std::swap(path, ownPath);
        const auto restorePath = qScopeGuard([&] { path = ownPath; });
        Journal journal(path);
        JournalPage page(&journal);
        page.resize(1400, 600);
        write(QStringLiteral("retire"), QStringLiteral("PC-1"), QDateTime::currentDateTimeUtc(),
            JournalEntry::Outcome::Done);
        reloadAndWait(page);
        const auto *view = page.findChild<QTableView *>();
        const int narrow = view->columnWidth(JournalModel::Target);
        const QString longName = QStringLiteral("Екатеринбург-бухгалтерия-ноутбук-0017");
        write(QStringLiteral("retire"), longName, QDateTime::currentDateTimeUtc(), JournalEntry::Outcome::Done);
        reloadAndWait(page);
        QVERIFY(view->columnWidth(JournalModel::Target) > narrow);
        QVERIFY(view->columnWidth(JournalModel::Target) >= view->fontMetrics().horizontalAdvance(longName));
    }

    void exportWritesTheShownRowsWithIsoTimes()
    {
        Journal journal(path);
        JournalPage page(&journal);
        reloadAndWait(page);
        page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("retire")));
        const QString csvPath = dir.filePath(QStringLiteral("journal.csv"));
        QVERIFY(page.exportCsv(csvPath));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1); // header, three retires, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("Time,Action,Target,Outcome,HTTP status,Request ID"));
        QVERIFY(csv.contains("ЕКБ-ноутбук-017"));
        QVERIFY(!csv.contains("SPB-PC-0003"));
        QVERIFY(QDateTime::fromString(QString::fromUtf8(lines.at(1).split(',').at(0)), Qt::ISODateWithMs).isValid());
    }

    void russianLabelsAndPluralsWhenTheLanguageChanges()
    {
        translator.setLanguage(QStringLiteral("ru"));
        Journal journal(path);
        JournalPage page(&journal);
        reloadAndWait(page);
        QCOMPARE(
            page.filter()->headerData(JournalModel::Outcome, Qt::Horizontal).toString(), QStringLiteral("Результат"));
        QCOMPARE(page.actionFilter()->itemText(0), QStringLiteral("Все действия"));
        page.outcomeFilter()->setCurrentIndex(page.outcomeFilter()->findData(int(JournalEntry::Outcome::Done)));
        QCOMPARE(page.countText(), QStringLiteral("Показано 3 из 7 записей журнала"));
        translator.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestJournalView)
#include "tst_journalview.moc"
