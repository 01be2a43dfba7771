#include "demo/IntuneThrottle.h"

#include <cmath>

IntuneThrottle::Limits IntuneThrottle::documentedLimits(Category category)
{
    switch (category) {
    case Category::Devices:
        return {4000, 2000, 400, 200};
    case Category::EnrollmentAndRemoteAssistance:
        return {2000, 1000, 200, 100};
    case Category::None:
        break;
    }
    return {0, 0, 0, 0};
}

std::optional<int> IntuneThrottle::admit(Category category, bool write, const QString &appId, const QDateTime &now)
{
    if (!m_enabled || category == Category::None)
        return std::nullopt;
    const Limits documented = documentedLimits(category);
    auto scaled = [this](int limit) { return qMax(1, int(std::lround(limit * m_scale))); };
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_windowSeconds) * 1000;
    const qint64 windowStart = nowMs - nowMs % windowMs;
    const QString prefix = QString::number(int(category)) + QLatin1Char(':');

    auto counter = [&](const QString &key) -> Counter & {
        Counter &c = m_counters[prefix + key];
        if (c.windowStart != windowStart)
            c = {windowStart, 0, 0};
        return c;
    };
    Counter &tenant = counter(QStringLiteral("tenant"));
    Counter &app = counter(QStringLiteral("app:") + appId);
    const bool over = tenant.requests >= scaled(documented.tenantRequests)
        || app.requests >= scaled(documented.appRequests)
        || (write && (tenant.writes >= scaled(documented.tenantWrites) || app.writes >= scaled(documented.appWrites)));
    if (over)
        return int((windowStart + windowMs - nowMs + 999) / 1000);
    ++tenant.requests;
    ++app.requests;
    if (write) {
        ++tenant.writes;
        ++app.writes;
    }
    return std::nullopt;
}
