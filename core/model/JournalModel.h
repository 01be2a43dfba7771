#pragma once

#include "core/journal/Journal.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

// The journal as a table: one row per request (an intent and its outcome share an operation id), newest first.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Action,
        Target,
        Outcome,
        HttpStatus,
        RequestId,
        Operator,
        Tenant,
        ApiVersion,
        TargetId,
        Message,
        ColumnCount
    };
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
    // How the Action column names an action (the catalog's translated title); by default Graph's name.
    void setActionTitle(std::function<QString(const QString &actionName)> title) { m_actionTitle = std::move(title); }
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(int outcome);

private:
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
    std::function<QString(const QString &)> m_actionTitle;
};
