#include "core/model/KeyCounter.h"

KeyCounter::KeyCounter(QAbstractItemModel *model, std::function<QString(int)> key, QObject *parent)
    : QObject(parent)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, key](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const QString k = key(row).toUpper();
            if (!k.isEmpty())
                ++m_counts[k];
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_counts.clear(); });
}
