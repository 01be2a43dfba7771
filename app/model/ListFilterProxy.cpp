#include "ListFilterProxy.h"

#include "EntityTableModel.h"

#include <QCollator>

ListFilterProxy::ListFilterProxy(EntityTableModelBase *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(EntityTableModelBase::SortRole);
    setDynamicSortFilter(true);
}

void ListFilterProxy::setSearchText(const QString &text)
{
    // Every word must appear somewhere: "иванов latitude" finds Иванов's Latitude.
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ListFilterProxy::setRowPredicate(std::function<bool(int)> predicate)
{
    m_predicate = std::move(predicate);
    invalidateFilter();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QString &key = m_source->searchKey(sourceRow);
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return !m_predicate || m_predicate(sourceRow);
}

bool ListFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(EntityTableModelBase::SortRole);
    const QVariant b = right.data(EntityTableModelBase::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        return collator.compare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
