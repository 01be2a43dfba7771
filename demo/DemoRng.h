#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <array>

// The demo tenant's one source of randomness: a seeded generator, so the same seed always gives the same tenant.
class DemoRng
{
public:
    explicit DemoRng(quint32 seed)
        : m_gen(seed)
    {
    }
    int below(int bound) { return int(m_gen.bounded(quint32(bound))); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    template<typename T, size_t N> const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    template<typename T, size_t N> const T &pick(const std::array<T, N> &items) { return items[below(int(N))]; }
    QString guid()
    {
        const quint64 hi = m_gen.generate64();
        const quint64 lo = m_gen.generate64();
        const QString hex = QStringLiteral("%1%2").arg(hi, 16, 16, QLatin1Char('0')).arg(lo, 16, 16, QLatin1Char('0'));
        // A version 4 UUID: the version nibble is 4, the variant bits are 10.
        const QChar variant = QLatin1Char("89ab"[lo >> 62]);
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1String("-4") + hex.mid(13, 3)
            + QLatin1Char('-') + variant + hex.mid(17, 3) + QLatin1Char('-') + hex.mid(20, 12);
    }
    QString chars(const char *alphabet, int length)
    {
        const int n = int(qstrlen(alphabet));
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out.append(QLatin1Char(alphabet[below(n)]));
        return out;
    }
    QString digits(int length) { return chars("0123456789", length); }
    QString mac()
    {
        QString out;
        for (int i = 0; i < 6; ++i)
            out += QStringLiteral("%1").arg(below(256), 2, 16, QLatin1Char('0')).toUpper();
        return out;
    }
    QDateTime before(const QDateTime &reference, int maxSeconds)
    {
        return reference.addSecs(-qint64(below(maxSeconds)));
    }

private:
    QRandomGenerator m_gen;
};
