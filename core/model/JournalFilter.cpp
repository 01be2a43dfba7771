#include "core/model/JournalFilter.h"

#include "core/model/JournalModel.h"

JournalFilter::JournalFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JournalModel::TimeRole);
}

void JournalFilter::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void JournalFilter::setAction(const QString &actionName)
{
    m_action = actionName;
    invalidateRowsFilter();
}

void JournalFilter::setOutcome(std::optional<int> outcome)
{
    m_outcome = outcome;
    invalidateRowsFilter();
}

void JournalFilter::setSince(const QDateTime &since)
{
    m_since = since;
    invalidateRowsFilter();
}

bool JournalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_action.isEmpty() && first.data(JournalModel::ActionNameRole).toString() != m_action)
        return false;
    if (m_outcome && first.data(JournalModel::OutcomeRole).toInt() != *m_outcome)
        return false;
    if (m_since.isValid() && first.data(JournalModel::TimeRole).toDateTime() < m_since)
        return false;
    if (m_words.isEmpty())
        return true;
    QString all;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        all += model->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    return std::all_of(
        m_words.begin(), m_words.end(), [&](const QString &word) { return all.contains(word, Qt::CaseInsensitive); });
}
