// What the sign-in service sends: token answers, device-code answers, and the access token's claims (a JWT).
#include "core/auth/AccessToken.h"
#include "core/auth/DeviceCodeSignIn.h"
#include "core/auth/TokenEndpoint.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzzBytes(data, size);
    static const int statuses[] = {200, 302, 400, 401, 500};
    const int status = statuses[takeSmall(&body, int(std::size(statuses)))];
    const QUrl url(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    const TokenResponse tokens = TokenEndpoint::readAnswer(status, QNetworkReply::NoError, url, body);
    (void)tokens.error.details();
    const AccessToken token = AccessToken::fromJwt(tokens.ok() ? tokens.accessToken : QString::fromUtf8(body));
    (void)token.permissions();
    (void)token.operatorName();
    (void)DeviceCodeSignIn::readDeviceCode(status, body);
    return 0;
}
