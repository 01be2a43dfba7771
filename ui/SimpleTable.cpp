#include "ui/SimpleTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace SimpleTable {

QTableWidget *make(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8); // 50 lines on one screen
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fitColumns(QTableWidget *table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), maxWidth));
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        item->setText(cells.at(column));
    }
}

} // namespace SimpleTable
