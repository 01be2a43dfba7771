#include "demo/DemoClock.h"

#include <atomic>

namespace {
std::atomic<int> skew {0};
}

void DemoClock::setSkewSeconds(int seconds)
{
    skew = seconds;
}

int DemoClock::skewSeconds()
{
    return skew;
}

QDateTime DemoClock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addSecs(skew);
}

qint64 DemoClock::nowSecsSinceEpoch()
{
    return QDateTime::currentSecsSinceEpoch() + skew;
}
