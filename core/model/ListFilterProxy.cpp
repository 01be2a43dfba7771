#include "core/model/ListFilterProxy.h"

#include "core/model/EntityTableModel.h"

#include <QCollator>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <string_view>

namespace {

QCollator listCollator()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// Splits [0, rows) into one slice per core, for work that is the same for every row.
QList<std::pair<int, int>> slices(int rows)
{
    const int count = qBound(1, QThread::idealThreadCount(), 16);
    QList<std::pair<int, int>> result;
    const int size = (rows + count - 1) / count;
    for (int first = 0; first < rows; first += size)
        result.append({first, qMin(rows, first + size)});
    return result;
}

} // namespace

ListFilterProxy::ListFilterProxy(EntityTableModelBase *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    // Connected before the proxy's own handlers, so that cached matches and keys are already right when it re-filters.
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            forgetRows(topLeft.row(), bottomRight.row());
        });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int) {
        // Rows appended at the end are checked as they come; anything else shifts the rows the caches describe.
        if (first < int(m_matches.size()) || first < int(m_sortKeys.size()))
            forgetRows(0, m_source->rowCount() - 1);
    });
    const auto forgetAll = [this] { forgetRows(0, m_source->rowCount() - 1); };
    connect(source, &QAbstractItemModel::rowsRemoved, this, forgetAll);
    connect(source, &QAbstractItemModel::rowsMoved, this, forgetAll);
    connect(source, &QAbstractItemModel::modelReset, this, forgetAll);
    connect(source, &QAbstractItemModel::layoutChanged, this, forgetAll);
    setSourceModel(source);
    setSortRole(EntityTableModelBase::SortRole);
    setDynamicSortFilter(true);
}

void ListFilterProxy::forgetRows(int first, int last)
{
    if (first == 0 && last >= m_source->rowCount() - 1) {
        m_matches.clear();
        m_sortKeys.clear();
        return;
    }
    for (int row = first; row <= last; ++row) {
        if (row < int(m_matches.size()))
            m_matches[size_t(row)] = matchesSearch(row);
        if (row < int(m_sortKeys.size()))
            m_sortKeys[size_t(row)].reset();
    }
}

void ListFilterProxy::setSearchText(const QString &text)
{
    // Every word must appear somewhere: "иванов latitude" finds Иванов's Latitude.
    QList<QByteArray> words;
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    if (words == m_words)
        return;
    // Narrowing: every old word is still there, grown or not, so rows that did not match still do not.
    bool narrowing
        = !m_words.isEmpty() && words.size() >= m_words.size() && int(m_matches.size()) == m_source->rowCount();
    for (int i = 0; narrowing && i < m_words.size(); ++i)
        narrowing = words.at(i).contains(m_words.at(i));
    m_words = words;
    updateMatches(narrowing);
    refilter();
}

void ListFilterProxy::updateMatches(bool narrowing)
{
    const int rows = m_source->rowCount();
    if (!narrowing)
        m_matches.assign(size_t(rows), 1);
    if (m_words.isEmpty())
        return;
    QtConcurrent::blockingMap(slices(rows), [this](const std::pair<int, int> &slice) {
        for (int row = slice.first; row < slice.second; ++row) {
            if (m_matches[size_t(row)])
                m_matches[size_t(row)] = matchesSearch(row);
        }
    });
}

void ListFilterProxy::setRowPredicate(std::function<bool(int)> predicate)
{
    m_predicate = std::move(predicate);
    refilter();
}

// Rebuilds the mapping in one go: removing thousands of scattered rows one range at a time, as
// invalidateRowsFilter() does, costs the view far more than one layout change.
void ListFilterProxy::refilter()
{
    invalidate();
}

bool ListFilterProxy::matchesSearch(int sourceRow) const
{
    const QByteArray &bytes = m_source->searchKey(sourceRow);
    // string_view::find (memchr, then compare) is several times faster than QByteArray::contains in Qt 6.4.
    const std::string_view key(bytes.constData(), size_t(bytes.size()));
    for (const QByteArray &word : m_words) {
        if (key.find(std::string_view(word.constData(), size_t(word.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const bool match = sourceRow < int(m_matches.size()) ? m_matches[size_t(sourceRow)] != 0 : matchesSearch(sourceRow);
    return match && (!m_predicate || m_predicate(sourceRow));
}

void ListFilterProxy::sort(int column, Qt::SortOrder order)
{
    prepareSortKeys(column);
    QSortFilterProxyModel::sort(column, order);
}

void ListFilterProxy::languageChanged()
{
    m_sortKeys.clear();
    m_collator.reset();
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void ListFilterProxy::prepareSortKeys(int column)
{
    if (column < 0)
        return;
    useSortKeysOf(column);
    QtConcurrent::blockingMap(slices(m_source->rowCount()), [this, column](const std::pair<int, int> &slice) {
        const QCollator collator = listCollator(); // one per thread: a collator is not meant to be shared
        for (int row = slice.first; row < slice.second; ++row) {
            if (!m_sortKeys[size_t(row)])
                m_sortKeys[size_t(row)] = makeSortKey(row, column, collator);
        }
    });
}

ListFilterProxy::SortKey ListFilterProxy::makeSortKey(int sourceRow, int column, const QCollator &collator) const
{
    const QVariant value = m_source->index(sourceRow, column).data(EntityTableModelBase::SortRole);
    SortKey key;
    if (value.typeId() == QMetaType::QString)
        key.text = collator.sortKey(value.toString());
    else
        key.number = value.toLongLong();
    return key;
}

// Keys are kept for one column; rows that arrived since are given room here, before any key is handed out.
void ListFilterProxy::useSortKeysOf(int column) const
{
    if (column != m_sortKeysColumn) {
        m_sortKeys.clear();
        m_sortKeysColumn = column;
    }
    if (int(m_sortKeys.size()) < m_source->rowCount())
        m_sortKeys.resize(size_t(m_source->rowCount()));
}

const ListFilterProxy::SortKey &ListFilterProxy::sortKey(int sourceRow) const
{
    std::optional<SortKey> &key = m_sortKeys[size_t(sourceRow)];
    if (!key) {
        if (!m_collator)
            m_collator = listCollator();
        key = makeSortKey(sourceRow, m_sortKeysColumn, *m_collator);
    }
    return *key;
}

bool ListFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    useSortKeysOf(left.column());
    const SortKey &a = sortKey(left.row());
    const SortKey &b = sortKey(right.row());
    if (a.text && b.text)
        return a.text->compare(*b.text) < 0;
    if (a.text || b.text)
        return !a.text; // numbers before text; a column holds one or the other
    return a.number < b.number;
}
