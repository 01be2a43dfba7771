// Graph's and Entra ID's error bodies, with any status: what the user is shown of them.
#include "core/graph/GraphError.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzzBytes(data, size);
    static const int statuses[] = {0, 200, 400, 401, 403, 404, 409, 424, 429, 500, 502, 503, 504};
    const int status = statuses[takeSmall(&body, int(std::size(statuses)))];
    const GraphError error = GraphError::fromResponse(
        status, QNetworkReply::NoError, body, QByteArrayLiteral("request-id"), QByteArrayLiteral("client-id"));
    (void)error.summary();
    (void)error.details();
    return 0;
}
