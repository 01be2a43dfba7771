#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Intune's per-tenant and per-app request limits, counted in fixed 20-second windows as Microsoft documents them
// (Graph throttling guidance, "Intune service limits"). Over a limit, the request gets 429 and Retry-After.
class IntuneThrottle
{
public:
    enum class Category { None, Devices, EnrollmentAndRemoteAssistance };

    struct Limits
    {
        int tenantRequests;
        int appRequests;
        int tenantWrites;
        int appWrites;
    };

    static Limits documentedLimits(Category category);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Multiplies every documented limit (e.g. 0.01 to see throttling with a few requests in tests).
    // Bounded so that a scaled limit always stays a sensible int.
    void setScale(double scale) { m_scale = qBound(0.001, scale, 1000.0); }
    void setWindowSeconds(int seconds) { m_windowSeconds = qMax(1, seconds); }

    // Counts the request; returns the seconds to wait when it is over a limit.
    std::optional<int> admit(Category category, bool write, const QString &appId, const QDateTime &now);

private:
    struct Counter
    {
        qint64 windowStart = -1;
        int requests = 0;
        int writes = 0;
    };
    bool m_enabled = true;
    double m_scale = 1.0;
    int m_windowSeconds = 20;
    QHash<QString, Counter> m_counters;
};
