#include "ui/FilterBar.h"

#include "ui/FlowLayout.h"
#include "ui/ListPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace FilterBar {

QComboBox *comboWithAll(QWidget *parent, const QStringList &values)
{
    auto *combo = new QComboBox(parent);
    // Compact in the filter row; the open list is as wide as its longest (often Russian) label.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    combo->addItem(QString(), QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    return combo;
}

void addFilter(FlowLayout *bar, QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    auto *pair = new QHBoxLayout;
    pair->setContentsMargins({});
    pair->addWidget(label);
    pair->addWidget(field);
    bar->addLayout(pair);
}

// Sets the "All" entry and the translated labels of a combo whose data are Graph enum values.
void labelCombo(QComboBox *combo, const std::function<QString(const QString &)> &label)
{
    combo->setItemText(0, ListPage::tr("All"));
    for (int i = 1; i < combo->count(); ++i)
        combo->setItemText(i, label(combo->itemData(i).toString()));
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
}

bool matches(const QComboBox *combo, const QString &value)
{
    const QString wanted = combo->currentData().toString();
    return wanted.isEmpty() || wanted == value;
}

} // namespace FilterBar
