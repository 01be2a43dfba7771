#pragma once

#include "core/journal/Journal.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

// The journal as a table: one row per request (an intent and its outcome share an operation id), newest first.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Action, Target, Outcome, HttpStatus, RequestId, Operator, Tenant, ApiVersion, TargetId, Message, ColumnCount };
    enum Role { ActionNameRole = Qt::UserRole + 1, OutcomeRole, TimeRole };
    // An intent with no outcome yet: the app stopped while its request was on the way.
    static constexpr int NoOutcome = -1;

    struct Row
    {
        JournalEntry intent;
        JournalEntry outcome;
        bool hasIntent = false;
        bool hasOutcome = false;
        QDateTime time() const { return hasIntent ? intent.time : outcome.time; }
        const JournalEntry &any() const { return hasIntent ? intent : outcome; }
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<JournalEntry> &entries);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(int outcome);

private:
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};

// The journal view's filters: words anywhere in the row, one action, one outcome, and a time from which on.
class JournalFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setAction(const QString &actionName); // empty: every action
    void setOutcome(std::optional<int> outcome); // JournalEntry::Outcome, JournalModel::NoOutcome, or none: every outcome
    void setSince(const QDateTime &since);     // invalid: from the beginning

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_action;
    std::optional<int> m_outcome;
    QDateTime m_since;
};
