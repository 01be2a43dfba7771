#include "core/graph/GraphError.h"

#include <QTest>

// Every error shape Graph and Entra ID send becomes one GraphError with the message and ids the user needs.
class TestGraphError : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryShape_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("requestIdHeader");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("graph")
            << 404
            << QByteArray("{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"Resource 'x' does not "
                          "exist.\",\"innerError\":{\"date\":\"2026-11-23T10:00:00\",\"request-id\":\"r-1\",\"client-"
                          "request-id\":\"c-1\"}}}")
            << QByteArray("r-header") << "Request_ResourceNotFound"
            << "does not exist"
            << "r-1";
        QTest::newRow("intune json-in-message")
            << 404
            << QByteArray("{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"{\\\"_version\\\": 3, "
                          "\\\"Message\\\": \\\"Resource not found for the segment "
                          "'managedDevices'.\\\"}\",\"innerError\":{\"request-id\":\"r-2\"}}}")
            << QByteArray() << "ResourceNotFound"
            << "managedDevices"
            << "r-2";
        QTest::newRow("graph without innerError")
            << 400 << QByteArray("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid filter clause\"}}")
            << QByteArray("r-3") << "BadRequest"
            << "Invalid filter"
            << "r-3";
        QTest::newRow("entra")
            << 400
            << QByteArray(
                   "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: The code has "
                   "expired.\",\"error_codes\":[70008],\"trace_id\":\"t-1\",\"timestamp\":\"2026-11-23 10:00:00Z\"}")
            << QByteArray() << "invalid_grant"
            << "AADSTS70008"
            << "t-1";
        QTest::newRow("html from a proxy")
            << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray("r-5") << ""
            << ""
            << "r-5";
        QTest::newRow("empty") << 503 << QByteArray() << QByteArray() << ""
                               << ""
                               << "";
    }

    void parsesEveryShape()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, requestIdHeader);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QFETCH(QString, requestId);
        const GraphError error
            = GraphError::fromResponse(status, QNetworkReply::ContentNotFoundError, body, requestIdHeader, "c-h");
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QVERIFY(error.message.contains(messagePart));
        QVERIFY2(!error.message.contains(QLatin1String("_version")), qPrintable(error.message)); // Intune's wrapping
        QCOMPARE(error.requestId, requestId);
        QVERIFY(error.summary().contains(QString::number(status)) || !error.message.isEmpty());
        QVERIFY(error.details().contains(QString::number(status)));
    }

    void aPercentSignInGraphsMessageStaysAsGraphWroteIt()
    {
        const QByteArray body = R"({"error":{"code":"BadRequest","message":"Value %1 is invalid for %2"}})";
        const GraphError error
            = GraphError::fromResponse(400, QNetworkReply::ProtocolInvalidOperationError, body, {}, {});
        QVERIFY(error.summary().startsWith(QStringLiteral("Value %1 is invalid for %2 (HTTP 400, BadRequest)")));
    }

    void networkErrorsHaveSentences()
    {
        const GraphError error = GraphError::fromResponse(0, QNetworkReply::ConnectionRefusedError, {}, {}, {});
        QVERIFY(error.isError());
        QCOMPARE(error.summary(), GraphError::networkErrorText(QNetworkReply::ConnectionRefusedError));
        GraphError unknown = GraphError::fromResponse(0, QNetworkReply::RemoteHostClosedError, {}, {}, {});
        unknown.outcomeUnknown = true;
        QVERIFY(unknown.summary().contains(QStringLiteral("unknown"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestGraphError)
#include "tst_grapherror.moc"
