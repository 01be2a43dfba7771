#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class FlowLayout;
class QLabel;
class QWidget;

// The filter row above a list: combos of Graph enum values with an "All" entry, labelled fields.
namespace FilterBar {

QComboBox *comboWithAll(QWidget *parent, const QStringList &values);

// The label and its field stay together when the row wraps.
void addFilter(FlowLayout *bar, QLabel *label, QWidget *field);

// Sets the "All" entry and the translated labels of a combo whose data are Graph enum values.
void labelCombo(QComboBox *combo, const std::function<QString(const QString &)> &label);

bool matches(const QComboBox *combo, const QString &value);

} // namespace FilterBar
