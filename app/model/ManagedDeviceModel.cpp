#include "ManagedDeviceModel.h"

#include "EnumLabels.h"

#include <QLocale>

ManagedDeviceModel::ManagedDeviceModel(QObject *parent) : QAbstractTableModel(parent) {}

int ManagedDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int ManagedDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagedDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManagedDevice &d = m_devices.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DeviceName: return d.deviceName;
        case User: return d.userPrincipalName;
        case OperatingSystem: return d.operatingSystem;
        case OsVersion: return d.osVersion;
        case Model: return d.model;
        case SerialNumber: return d.serialNumber;
        case Compliance: return EnumLabels::complianceState(d.complianceState);
        case Management: return EnumLabels::managementState(d.managementState);
        case Owner: return EnumLabels::ownerType(d.ownerType);
        case LastSync: return d.lastSyncDateTime.isValid() ? QLocale().toString(d.lastSyncDateTime.toLocalTime(), QLocale::ShortFormat)
                                                           : tr("Never");
        }
    }
    if (role == RawValueRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Compliance: return d.complianceState;
        case Management: return d.managementState;
        case Owner: return d.ownerType;
        case User: return role == Qt::ToolTipRole ? QVariant(d.userDisplayName) : QVariant(d.userPrincipalName);
        default: break;
        }
    }
    if (role == SortRole)
        return index.column() == LastSync ? QVariant(d.lastSyncDateTime) : data(index, Qt::DisplayRole);
    return {};
}

QVariant ManagedDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceName: return tr("Device name");
    case User: return tr("Primary user");
    case OperatingSystem: return tr("OS");
    case OsVersion: return tr("OS version");
    case Model: return tr("Model");
    case SerialNumber: return tr("Serial number");
    case Compliance: return tr("Compliance");
    case Management: return tr("Management state");
    case Owner: return tr("Ownership");
    case LastSync: return tr("Last check-in");
    }
    return {};
}

void ManagedDeviceModel::clear()
{
    beginResetModel();
    m_devices.clear();
    endResetModel();
}

void ManagedDeviceModel::appendPage(const QJsonArray &values)
{
    if (values.isEmpty())
        return;
    const int first = int(m_devices.size());
    beginInsertRows({}, first, first + int(values.size()) - 1);
    m_devices.reserve(first + values.size());
    for (const auto &value : values)
        m_devices.append(ManagedDevice::fromJson(value.toObject()));
    endInsertRows();
}
