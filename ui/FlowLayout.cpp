#include "ui/FlowLayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? horizontalGap() : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// Items a little further apart than within one (a label and its field), so each filter reads as a unit.
int FlowLayout::horizontalGap() const
{
    const QWidget *owner = parentWidget();
    const int spacing = owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner) : 6;
    return 2 * qMax(spacing, 6);
}

int FlowLayout::verticalGap() const
{
    const QWidget *owner = parentWidget();
    const int spacing = owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner) : 6;
    return qMax(spacing, 4);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<QPair<QLayoutItem *, QRect>> line;
    auto placeLine = [&] {
        // Items of different heights (a combo beside a check box) share the line's vertical centre.
        for (const auto &[item, place] : line)
            item->setGeometry(place.translated(0, (lineHeight - place.height()) / 2));
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint().boundedTo(area.size().expandedTo(item->minimumSize()));
        if (x > area.x() && x + size.width() > area.right() + 1) {
            if (apply)
                placeLine();
            x = area.x();
            y += lineHeight + verticalGap();
            lineHeight = 0;
        }
        if (apply)
            line.append({item, QRect(QPoint(x, y), size)});
        x += size.width() + horizontalGap();
        lineHeight = qMax(lineHeight, size.height());
    }
    if (apply)
        placeLine();
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}
