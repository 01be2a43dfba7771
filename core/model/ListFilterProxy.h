#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>
#include <vector>

class EntityTableModelBase;

// One proxy per list: instant search over the model's precomputed search keys, an optional predicate for the
// list's filters, and sorting by each column's sort key (dates as dates, text in the user's collation).
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListFilterProxy(EntityTableModelBase *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Called with a source row; return false to hide it. An empty function shows every row.
    void setRowPredicate(std::function<bool(int sourceRow)> predicate);
    EntityTableModelBase *entities() const { return m_source; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Labels and collation follow the language: sort again by the new ones.
    void languageChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct SortKey
    {
        qint64 number = 0;
        std::optional<QCollatorSortKey> text;
    };

    bool matchesSearch(int sourceRow) const;
    void updateMatches(bool narrowing);
    void refilter();
    void forgetRows(int first, int last);
    SortKey makeSortKey(int sourceRow, int column, const QCollator &collator) const;
    void useSortKeysOf(int column) const;
    const SortKey &sortKey(int sourceRow) const;
    void prepareSortKeys(int column);

    EntityTableModelBase *m_source;
    QList<QByteArray> m_words;
    std::function<bool(int)> m_predicate;
    // Whether each source row matches the search words, worked out for all rows at once on every keystroke (in
    // parallel); rows that arrive later are checked as they come.
    std::vector<char> m_matches;
    // The sort column's keys, made once per row: sorting 100,000 rows takes about 1.7 million comparisons, and
    // comparing two strings through a collator each time is what made sorting take half a second.
    mutable std::vector<std::optional<SortKey>> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
    mutable std::optional<QCollator> m_collator;
};
