#include "demo/ODataFilter.h"

#include <QJsonObject>
#include <QTest>

class TestODataFilter : public QObject
{
    Q_OBJECT

    static bool eval(const QString &expression, const QJsonObject &object)
    {
        QString error;
        const ODataFilter filter = ODataFilter::parse(expression, &error);
        if (!filter.isValid())
            qWarning("%s", qPrintable(error));
        return filter.isValid() && filter.matches([&](const QString &p) { return object.value(p); });
    }

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("eq") << "deviceName eq 'MSK-LT-00001'" << true;
        QTest::newRow("eq is case-insensitive") << "deviceName eq 'msk-lt-00001'" << true;
        QTest::newRow("ne") << "operatingSystem ne 'Windows'" << false;
        QTest::newRow("startswith") << "startswith(deviceName,'MSK')" << true;
        QTest::newRow("startswith Cyrillic") << "startswith(userDisplayName,'Иван')" << true;
        QTest::newRow("doubled quote") << "surname eq 'O''Brien'" << true;
        QTest::newRow("and") << "operatingSystem eq 'Windows' and complianceState eq 'compliant'" << true;
        QTest::newRow("or") << "serialNumber eq 'X' or serialNumber eq 'ABC123'" << true;
        QTest::newRow("and binds tighter than or")
            << "serialNumber eq 'X' or serialNumber eq 'Y' and isEncrypted eq true" << false;
        QTest::newRow("parentheses") << "(serialNumber eq 'X' or serialNumber eq 'ABC123') and isEncrypted eq true"
                                     << true;
        QTest::newRow("not") << "not startswith(deviceName,'LON')" << true;
        QTest::newRow("in") << "operatingSystem in ('iOS','Windows')" << true;
        QTest::newRow("date lt") << "lastSyncDateTime lt 2026-01-01T00:00:00Z" << true;
        QTest::newRow("date gt") << "lastSyncDateTime gt 2026-01-01T00:00:00Z" << false;
        QTest::newRow("date ge, the same instant") << "lastSyncDateTime ge 2025-10-01T12:00:00Z" << true;
        QTest::newRow("date lt, the same instant") << "lastSyncDateTime lt 2025-10-01T12:00:00Z" << false;
        QTest::newRow("date with a fraction") << "lastSyncDateTime lt 2025-10-01T12:00:00.001Z" << true;
        QTest::newRow("date with an offset") << "lastSyncDateTime lt 2025-10-01T14:00:01+02:00" << true;
        QTest::newRow("date range") << "lastSyncDateTime ge 2025-10-01T00:00:00Z and lastSyncDateTime lt "
                                       "2025-10-02T00:00:00Z"
                                    << true;
        QTest::newRow("date of seven fraction digits") << "enrolledDateTime gt 2024-02-29T23:59:59.9990000Z" << true;
        QTest::newRow("number ge") << "freeStorageSpaceInBytes ge 1000" << true;
        QTest::newRow("null") << "notes eq null" << true;
        QTest::newRow("endswith") << "endswith(deviceName,'00001')" << true;
        QTest::newRow("contains") << "contains(serialNumber,'c12')" << true;
        QTest::newRow("contains, no match") << "contains(serialNumber,'XYZ')" << false;
    }

    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const QJsonObject device {{QStringLiteral("deviceName"), QStringLiteral("MSK-LT-00001")},
            {QStringLiteral("operatingSystem"), QStringLiteral("Windows")},
            {QStringLiteral("complianceState"), QStringLiteral("compliant")},
            {QStringLiteral("serialNumber"), QStringLiteral("ABC123")},
            {QStringLiteral("userDisplayName"), QStringLiteral("Иванов Пётр")},
            {QStringLiteral("surname"), QStringLiteral("O'Brien")}, {QStringLiteral("isEncrypted"), true},
            {QStringLiteral("freeStorageSpaceInBytes"), 123456},
            {QStringLiteral("notes"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastSyncDateTime"), QStringLiteral("2025-10-01T12:00:00Z")},
            {QStringLiteral("enrolledDateTime"), QStringLiteral("2024-03-01T00:00:00.0000001Z")}};
        QCOMPARE(eval(expression, device), expected);
    }

    void rejectsMalformedExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("unterminated string") << "deviceName eq 'abc";
        QTest::newRow("missing operand") << "deviceName eq";
        QTest::newRow("unknown operator") << "deviceName like 'a'";
        QTest::newRow("unknown function") << "substringof('a',deviceName)";
        QTest::newRow("dangling and") << "deviceName eq 'a' and";
        QTest::newRow("unbalanced parenthesis") << "(deviceName eq 'a'";
        QTest::newRow("empty") << "   ";
    }

    void rejectsMalformedExpressions()
    {
        QFETCH(QString, expression);
        QString error;
        QVERIFY(!ODataFilter::parse(expression, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void tellsWhetherOnlyContainsIsUsed()
    {
        QString error;
        QVERIFY(ODataFilter::parse(QStringLiteral("contains(serialNumber,'A') or contains(displayName,'B')"), &error)
                    .comparesOnlyWith(QStringLiteral("contains")));
        QVERIFY(!ODataFilter::parse(QStringLiteral("contains(serialNumber,'A') and id eq 'x'"), &error)
                     .comparesOnlyWith(QStringLiteral("contains")));
        QVERIFY(!ODataFilter::parse(QStringLiteral("serialNumber eq 'A'"), &error)
                     .comparesOnlyWith(QStringLiteral("contains")));
    }

    void listsThePropertiesItUses()
    {
        QString error;
        const ODataFilter filter
            = ODataFilter::parse(QStringLiteral("startswith(deviceName,'a') or serialNumber eq 'b'"), &error);
        QCOMPARE(filter.properties(), (QStringList {QStringLiteral("deviceName"), QStringLiteral("serialNumber")}));
        QVERIFY(filter.usesFunction(QStringLiteral("startswith")));
        QVERIFY(!filter.usesFunction(QStringLiteral("endswith")));
    }
};

QTEST_GUILESS_MAIN(TestODataFilter)
#include "tst_odatafilter.moc"
