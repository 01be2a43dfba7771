#pragma once

// What every fuzz target needs: the input as Qt bytes, and a way to take a small number off its front.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Takes the first byte as a number in [0, bound) (0 when there is none) and drops it.
inline int takeSmall(QByteArray *input, int bound)
{
    if (input->isEmpty())
        return 0;
    const int value = static_cast<unsigned char>(input->front()) % bound;
    input->remove(0, 1);
    return value;
}
