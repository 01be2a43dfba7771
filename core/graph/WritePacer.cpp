#include "core/graph/WritePacer.h"

#include <algorithm>
#include <limits>

namespace {
// Our window and the service's need not start together; a little margin keeps a write from landing early.
constexpr qint64 MarginMs = 50;
} // namespace

// The families as Graph's Intune throttling groups them: managed devices (also reached under /users), and Autopilot
// enrollment with remote assistance.
WritePacer::Cost WritePacer::Cost::of(const QByteArray &method, const QString &path)
{
    Cost cost;
    if (method == "GET")
        return cost;
    if (path.contains(QLatin1String("/windowsAutopilotDeviceIdentities/"))
        || path.contains(QLatin1String("/remoteAssistancePartners/")))
        cost[Family::EnrollmentAndRemoteAssistance] = 1;
    else if (path.contains(QLatin1String("/managedDevices/")) || path.contains(QLatin1String("/comanagedDevices/"))
        || path.endsWith(QLatin1String("removeAllDevicesFromManagement")))
        cost[Family::Devices] = 1;
    return cost;
}

WritePacer::Cost &WritePacer::Cost::operator+=(const Cost &other)
{
    for (int i = 0; i < Families; ++i)
        writes[size_t(i)] += other.writes[size_t(i)];
    return *this;
}

WritePacer::WritePacer()
{
    setLimit(Family::Devices, DeviceWrites);
    setLimit(Family::EnrollmentAndRemoteAssistance, EnrollmentWrites);
}

void WritePacer::setLimit(Family family, int writes, int windowSeconds)
{
    Bucket &bucket = m_buckets[size_t(family)];
    bucket.limit = qMax(0, writes);
    bucket.windowMs = qint64(qMax(1, windowSeconds)) * 1000;
}

void WritePacer::Bucket::forgetBefore(qint64 nowMs)
{
    const qint64 windowStart = nowMs - windowMs;
    sentAt.erase(
        std::remove_if(sentAt.begin(), sentAt.end(), [&](qint64 t) { return t <= windowStart; }), sentAt.end());
}

qint64 WritePacer::Bucket::delayFor(int count, qint64 nowMs)
{
    if (limit == 0 || count <= 0)
        return 0;
    forgetBefore(nowMs);
    qint64 delay = qMax<qint64>(0, heldUntil - nowMs);
    const int over = int(sentAt.size()) + count - limit;
    // The writes that must leave the window first; more than the limit at once may go into an empty window.
    if (over > 0 && !sentAt.isEmpty())
        delay = qMax(delay, sentAt.at(qMin(over, int(sentAt.size())) - 1) + windowMs + MarginMs - nowMs);
    return delay;
}

qint64 WritePacer::delayFor(const Cost &cost, qint64 nowMs)
{
    qint64 delay = 0;
    for (int i = 0; i < Families; ++i)
        delay = qMax(delay, m_buckets[size_t(i)].delayFor(cost.writes[size_t(i)], nowMs));
    return delay;
}

int WritePacer::room(Family family, qint64 nowMs)
{
    Bucket &bucket = m_buckets[size_t(family)];
    if (bucket.limit == 0)
        return std::numeric_limits<int>::max();
    bucket.forgetBefore(nowMs);
    return bucket.heldUntil > nowMs ? 0 : qMax(0, bucket.limit - int(bucket.sentAt.size()));
}

void WritePacer::spend(const Cost &cost, qint64 nowMs)
{
    for (int i = 0; i < Families; ++i) {
        Bucket &bucket = m_buckets[size_t(i)];
        for (int n = 0; bucket.limit > 0 && n < cost.writes[size_t(i)]; ++n)
            bucket.sentAt.append(nowMs);
    }
}

void WritePacer::giveBack(const Cost &cost)
{
    for (int i = 0; i < Families; ++i) {
        QList<qint64> &sent = m_buckets[size_t(i)].sentAt;
        sent.resize(qMax<qsizetype>(0, sent.size() - qMax(0, cost.writes[size_t(i)])));
    }
}

void WritePacer::holdUntil(const Cost &turnedAway, qint64 retryAtMs)
{
    for (int i = 0; i < Families; ++i) {
        if (turnedAway.writes[size_t(i)] > 0)
            m_buckets[size_t(i)].heldUntil = qMax(m_buckets[size_t(i)].heldUntil, retryAtMs);
    }
}
