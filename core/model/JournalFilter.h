#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

// The journal view's filters: words anywhere in the row, one action, one outcome, and a time from which on.
class JournalFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setAction(const QString &actionName); // empty: every action
    void setOutcome(
        std::optional<int> outcome); // JournalEntry::Outcome, JournalModel::NoOutcome, or none: every outcome
    void setSince(const QDateTime &since); // invalid: from the beginning

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_action;
    std::optional<int> m_outcome;
    QDateTime m_since;
};
