#pragma once

#include "core/offboarding/OffboardingInput.h"
#include "core/offboarding/OffboardingResolver.h"
#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QSignalSpy>

// What the offboarding tests pick from a demo tenant, and resolve, the same way in each.
namespace OffboardingSamples {

inline QJsonArray autopilotIdentities(DemoFixture &demo, const QString &token)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
    return demo.http
        .get(demo.graph(QStringLiteral("/v1.0/deviceManagement/windowsAutopilotDeviceIdentities"), query),
            TestHttp::bearer(token))
        .json()[QStringLiteral("value")]
        .toArray();
}

// Serial numbers of Windows devices Intune, Autopilot and Entra ID all know (one Autopilot identity each), none of
// those in used, which they are added to.
inline QStringList linkedSerials(DemoFixture &demo, const QString &token, int count, QStringList *used)
{
    const QJsonArray identities = autopilotIdentities(demo, token);
    QHash<QString, int> serialCount;
    for (const auto &v : identities)
        serialCount[v[QStringLiteral("serialNumber")].toString()] += 1;
    QStringList serials;
    for (const auto &v : identities) {
        const QString serial = v[QStringLiteral("serialNumber")].toString();
        if (!v[QStringLiteral("managedDeviceId")].toString().startsWith(QLatin1String("00000000"))
            && serialCount.value(serial) == 1 && !used->contains(serial) && serials.size() < count)
            serials.append(serial);
    }
    *used += serials;
    return serials;
}

// The identifiers as one pasted list, resolved against the tenant the client points at.
inline QList<Resolution> resolve(GraphClient *client, const QStringList &lines)
{
    OffboardingResolver resolver(client);
    QSignalSpy finished(&resolver, &OffboardingResolver::finished);
    resolver.resolve(OffboardingInput::fromLines(lines.join(QLatin1Char('\n'))));
    if (!resolver.isFinished())
        finished.wait(30000);
    return resolver.resolutions();
}

} // namespace OffboardingSamples
