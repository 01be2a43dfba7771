#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Faults the demo tenant injects into Graph requests, to practise and test what happens on a bad day.
// Rates are fractions of matching requests (0..1), drawn from a seeded generator so runs repeat.
struct FaultPlan
{
    int latencyMs = 0; // every Graph response waits this long
    int pageLatencyMs = 0; // collection pages wait this much longer ("slow pages")
    int slowBodyMs = 0; // collection pages send their first 4 KB at once and the rest this much later (a slow link)
    double throttleRate = 0; // answered 429 with Retry-After, nothing done (inside $batch: per request)
    int retryAfterSeconds = 1;
    double serviceUnavailableRate = 0; // 503 with Retry-After, nothing done
    double gatewayTimeoutRate = 0; // 504, nothing done
    double dropRate = 0; // the request is carried out, then the connection closes without an answer
    double serverErrorRate = 0; // 500 InternalServerError, nothing done
    double badGatewayRate = 0; // the request is carried out, then answered 502 (a gateway lost the service's answer)
    double truncateRate = 0; // the answer is cut in the middle of its body
    double malformedRate = 0; // a JSON answer whose body is not valid JSON
    QString nextLinkBase; // if set, @odata.nextLink points at this scheme://host:port instead (a hostile proxy)
    QStringList methods; // only these methods ("GET", "POST"); empty means all
    QString pathContains; // only paths containing this; empty means all
    int maxFaults = -1; // after this many faulted answers the weather is calm again (-1: no end)
    quint32 seed = 1;

    bool appliesTo(const QByteArray &method, const QString &path) const
    {
        return (methods.isEmpty() || methods.contains(QString::fromLatin1(method), Qt::CaseInsensitive))
            && (pathContains.isEmpty() || path.contains(pathContains, Qt::CaseInsensitive));
    }
};
