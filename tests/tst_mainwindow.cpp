#include "core/graph/GraphClient.h"
#include "core/graph/PageLoader.h"
#include "core/model/ListModels.h"
#include "core/platform/Translator.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/Screenshots.h"
#include "ui/AutopilotPage.h"
#include "ui/DevicePage.h"
#include "ui/MainWindow.h"
#include "ui/PartnerPage.h"
#include "ui/UserGuideDialog.h"
#include "ui/UserPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

// The main window on the demo tenant, offscreen: devices appear, the demo is marked, search filters.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> demo;
    QNetworkAccessManager network;
    std::unique_ptr<GraphClient> client;
    Translator translator;
    AccessToken token;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OffboardTests"));
        demo = std::make_unique<DemoFixture>(DemoFixture::smallTenant(1500, 100));
        QVERIFY(demo->isReady());
        token = AccessToken::fromJwt(demo->adminToken());
        client = std::make_unique<GraphClient>(&network);
        client->setBaseUrl(demo->graph(QString()));
        client->setTokenProvider([this] { return token.raw(); });
        translator.setLanguage(QStringLiteral("en"));
    }

    void showsEveryManagedDeviceOfTheDemoTenant()
    {
        MainWindow window(client.get(), {token, QStringLiteral("demo"), QString(), true}, &translator);
        QAbstractItemModelTester tester(window.deviceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QSignalSpy finished(window.deviceLoader(), &PageLoader::finished);
        QVERIFY(finished.wait(30000));
        const int expected = demo->description().value(QStringLiteral("devices")).toInt();
        QCOMPARE(window.deviceModel()->rowCount(), expected);
        QCOMPARE(window.deviceView()->model()->rowCount(), expected);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    }

    void searchNarrowsTheListAsOneTypes()
    {
        MainWindow window(client.get(), {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        QSignalSpy finished(window.deviceLoader(), &PageLoader::finished);
        QVERIFY(finished.wait(30000));
        const QString serial = window.deviceModel()->at(10).serialNumber;
        QLineEdit *search = window.devicePage()->searchField();
        QVERIFY(search);
        QVERIFY(!search->accessibleName().isEmpty());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, serial);
        QTRY_VERIFY(window.deviceView()->model()->rowCount() >= 1);
        QVERIFY(window.deviceView()->model()->rowCount() < 5);
        QCOMPARE(window.deviceView()
                     ->model()
                     ->index(0, window.deviceModel()->columnIndex(QStringLiteral("serialNumber")))
                     .data()
                     .toString(),
            serial);
    }

    void retranslatesWhenTheLanguageChanges()
    {
        MainWindow window(client.get(), {token, QStringLiteral("demo"), QString(), true}, &translator);
        const QString english = window.deviceView()->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY(translator.setLanguage(QStringLiteral("ru")));
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("демо")));
        QCOMPARE(
            window.deviceView()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Имя устройства"));
        QVERIFY(english != QStringLiteral("Имя устройства"));
        translator.setLanguage(QStringLiteral("en"));
    }

    // On a 1280-pixel screen (a small laptop's) nothing of a list page is cut off, in either language: the filter row
    // wraps instead of widening the window.
    void everyListPageFitsA1280PixelScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void everyListPageFitsA1280PixelScreen()
    {
        QFETCH(QString, language);
        QVERIFY(translator.setLanguage(language));
        MainWindow window(client.get(), {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.resize(1216, 700); // what the first start picks on 1280 × 720: 95 % of the available screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(
            window.minimumSizeHint().width() <= 1216, qPrintable(QString::number(window.minimumSizeHint().width())));
        for (int page = 0; page < 4; ++page) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCoreApplication::processEvents();
            QCOMPARE(window.width(), 1216);
            for (QWidget *child : window.centralWidget()->findChildren<QWidget *>()) {
                if (!child->isVisible() || child->parentWidget()->inherits("QAbstractScrollArea")
                    || child->inherits("QScrollBar"))
                    continue;
                const QRect placed(child->mapTo(&window, QPoint(0, 0)), child->size());
                QVERIFY2(placed.right() < window.width(),
                    qPrintable(QStringLiteral("%1 \"%2\" ends at x=%3")
                                   .arg(QString::fromLatin1(child->metaObject()->className()), child->accessibleName())
                                   .arg(placed.right())));
            }
        }
        translator.setLanguage(QStringLiteral("en"));
    }

    // Help → User guide (F1) shows the guide of the window's language, with its screenshots.
    void theUserGuideOpensInTheWindowsLanguage()
    {
        QVERIFY(translator.setLanguage(QStringLiteral("ru")));
        MainWindow window(client.get(), {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts reach only the active window
        QTest::keyClick(&window, Qt::Key_F1);
        UserGuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<UserGuideDialog *>()));
        QTextDocument *document = guide->browser()->document();
        QVERIFY2(document->toPlainText().contains(QStringLiteral("руководство пользователя")),
            qPrintable(document->toPlainText().left(200)));
        const QVariant image = document->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/guide/screenshots/ru-retire.png")));
        QVERIFY(image.isValid());
        QVERIFY(Screenshots::save(guide, QStringLiteral("ru user guide")));
        guide->close();
        translator.setLanguage(QStringLiteral("en"));
    }

    void loadErrorsShowGraphsMessage()
    {
        GraphClient unauthorized(&network);
        unauthorized.setBaseUrl(demo->graph(QString()));
        unauthorized.setTokenProvider([] { return QStringLiteral("expired.or.wrong"); });
        MainWindow window(&unauthorized, {token, QStringLiteral("demo"), QString(), true}, &translator);
        window.show();
        QSignalSpy failed(window.deviceLoader(), &PageLoader::failed);
        QVERIFY(failed.wait(10000));
        QWidget *bar = window.devicePage()->findChild<QWidget *>(QStringLiteral("errorBar"));
        QVERIFY(bar->isVisible());
        const QList<QLabel *> labels = bar->findChildren<QLabel *>();
        QVERIFY(std::any_of(
            labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("401")); }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
