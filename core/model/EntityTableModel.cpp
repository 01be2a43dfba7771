#include "core/model/EntityTableModel.h"

int EntityTableModelBase::columnIndex(const QString &id) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (columnId(column) == id)
            return column;
    }
    return -1;
}
