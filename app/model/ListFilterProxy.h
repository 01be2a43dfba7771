#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

#include <functional>

class EntityTableModelBase;

// One proxy per list: instant search over the model's precomputed search keys, an optional predicate for the
// list's filters, and sorting by each column's sort key (dates as dates).
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListFilterProxy(EntityTableModelBase *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Called with a source row; return false to hide it. An empty function shows every row.
    void setRowPredicate(std::function<bool(int sourceRow)> predicate);
    EntityTableModelBase *entities() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EntityTableModelBase *m_source;
    QList<QByteArray> m_words;
    std::function<bool(int)> m_predicate;
    // Which source rows the last search matched; when a new search only narrows it, the others stay hidden unchecked.
    QBitArray m_lastMatches;
    bool m_narrowing = false;
};
