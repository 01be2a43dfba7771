#include "core/platform/Milestones.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

Q_LOGGING_CATEGORY(lcTiming, "offboard.timing", QtWarningMsg)

namespace {

struct Clock
{
    QMutex mutex;
    QElapsedTimer sinceStart;
    QSet<QByteArray> reached;
};

Clock &runClock()
{
    static Clock instance;
    return instance;
}

} // namespace

void Milestones::startClock()
{
    const QMutexLocker lock(&runClock().mutex);
    runClock().sinceStart.start();
}

void Milestones::reach(const char *name)
{
    Clock &c = runClock();
    const QMutexLocker lock(&c.mutex);
    if (!c.sinceStart.isValid() || c.reached.contains(name))
        return;
    c.reached.insert(name);
    qCInfo(lcTiming, "%s at %.1f ms", name, c.sinceStart.nsecsElapsed() / 1e6);
}
