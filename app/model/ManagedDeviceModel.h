#pragma once

#include "ManagedDevice.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QVector>

class ManagedDeviceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceName, User, OperatingSystem, OsVersion, Model, SerialNumber, Compliance, Management, Owner, LastSync, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, SortRole, IdRole };

    explicit ManagedDeviceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendPage(const QJsonArray &values);
    const ManagedDevice &device(int row) const { return m_devices.at(row); }

private:
    QVector<ManagedDevice> m_devices;
};
