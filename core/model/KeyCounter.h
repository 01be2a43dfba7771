#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Counts how many rows share a key (serial numbers), kept up to date as pages arrive.
class KeyCounter : public QObject
{
public:
    KeyCounter(QAbstractItemModel *model, std::function<QString(int row)> key, QObject *parent);
    int count(const QString &key) const { return key.isEmpty() ? 0 : m_counts.value(key.toUpper()); }

private:
    QHash<QString, int> m_counts;
};
