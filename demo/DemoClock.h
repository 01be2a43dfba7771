#pragma once

#include <QDateTime>

// The demo tenant's clock: this machine's, moved by a skew, so tests can play a server whose clock is minutes off
// the client's (Entra ID stamps tokens and Graph stamps answers by their own clocks). The skew is process-wide.
namespace DemoClock {
void setSkewSeconds(int seconds);
int skewSeconds();
QDateTime nowUtc();
qint64 nowSecsSinceEpoch();
} // namespace DemoClock
