// Addresses and headers from outside: an @odata.nextLink (is it Microsoft Graph, the host in use?), Retry-After and
// the HTTP Date header.
#include "core/graph/GraphClient.h"
#include "tests/fuzz/FuzzInput.h"

#include <QNetworkAccessManager>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QNetworkAccessManager network;
    static GraphClient client(&network);
    static const bool configured = [] {
        client.setBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.com")));
        return true;
    }();
    (void)configured;
    const QByteArray bytes = fuzzBytes(data, size);
    const QUrl strict(QString::fromUtf8(bytes), QUrl::StrictMode);
    const QUrl tolerant(QString::fromUtf8(bytes), QUrl::TolerantMode);
    for (const QUrl &url : {strict, tolerant}) {
        if (client.isGraphUrl(url) && url.host() != QLatin1String("graph.microsoft.com"))
            __builtin_trap(); // a token would go to another host
    }
    (void)GraphClient::retryAfterSeconds(bytes, 1);
    (void)GraphClient::httpDate(bytes);
    return 0;
}
