#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

// Read-only tables of a few hundred rows (the offboarding wizard's, the evidence file's): rows selected whole,
// Tab leaving the table, columns fitted to their contents.
namespace SimpleTable {

QTableWidget *make(QWidget *parent, const QString &objectName);
// Columns as wide as their contents, but none so wide that the last one (what was found, the message) is cut.
void fitColumns(QTableWidget *table, int maxWidth = 300);
void setRow(QTableWidget *table, int row, const QStringList &cells);

} // namespace SimpleTable
