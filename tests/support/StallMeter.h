#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// The longest time the thread's event loop was kept from running: a 5 ms heartbeat, and the widest gap between two
// beats beyond that. The figure is reported, never compared with a time limit (that would flake on a busy machine).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_beat.setTimerType(Qt::PreciseTimer);
        m_beat.setInterval(BeatMs);
        connect(&m_beat, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = qMax(m_longest, now - m_last - BeatMs);
            m_last = now;
        });
        m_clock.start();
        m_beat.start();
    }
    qint64 longestStallMs() const { return qMax<qint64>(0, m_longest); }

private:
    static constexpr int BeatMs = 5;
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
