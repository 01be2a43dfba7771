// A $batch response: its answers read by request id, with each one's status, headers (Retry-After) and body.
#include "core/graph/BatchRequest.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphError.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QHash<QString, QJsonObject> answers = BatchRequest::answersById(fuzzBytes(data, size));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const int status = it->value(QStringLiteral("status")).toInt();
        const QJsonObject headers = it->value(QStringLiteral("headers")).toObject();
        (void)GraphClient::retryAfterSeconds(headers.value(QStringLiteral("Retry-After")).toString().toLatin1(), 1);
        const QByteArray body = QJsonDocument(it->value(QStringLiteral("body")).toObject()).toJson();
        (void)GraphError::fromResponse(status, QNetworkReply::NoError, body, QByteArray(), QByteArray()).details();
    }
    return 0;
}
