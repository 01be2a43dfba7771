#include "core/model/JournalModel.h"

#include <QHash>
#include <QLocale>

void JournalModel::setEntries(const QList<JournalEntry> &entries)
{
    QList<Row> rows;
    QHash<QString, int> rowOf;
    for (const JournalEntry &entry : entries) {
        auto it = rowOf.constFind(entry.operationId);
        if (it == rowOf.constEnd()) {
            it = rowOf.insert(entry.operationId, int(rows.size()));
            rows.append(Row());
        }
        Row &row = rows[*it];
        // A later outcome (e.g. the check after a restart) says more than an earlier one.
        if (entry.kind == JournalEntry::Kind::Intent) {
            row.intent = entry;
            row.hasIntent = true;
        } else {
            row.outcome = entry;
            row.hasOutcome = true;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.time() > b.time(); });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString JournalModel::outcomeLabel(int outcome)
{
    switch (outcome) {
    case NoOutcome:
        return tr("No outcome recorded");
    case int(JournalEntry::Outcome::Done):
        return tr("Done");
    case int(JournalEntry::Outcome::Failed):
        return tr("Failed");
    case int(JournalEntry::Outcome::Unknown):
        return tr("Outcome unknown");
    case int(JournalEntry::Outcome::NotSent):
        return tr("Not sent");
    case int(JournalEntry::Outcome::ApprovalRequired):
        return tr("Waiting for approval");
    default:
        return {};
    }
}

QString JournalModel::text(const Row &row, int column) const
{
    const JournalEntry &entry = row.any();
    switch (column) {
    case Time:
        return QLocale().toString(row.time().toLocalTime(), QLocale::ShortFormat);
    case Action:
        return m_actionTitle ? m_actionTitle(entry.action) : entry.action;
    case Target:
        return entry.targetName;
    case Outcome:
        return outcomeLabel(row.hasOutcome ? int(row.outcome.outcome) : NoOutcome);
    case HttpStatus:
        return row.hasOutcome && row.outcome.httpStatus > 0 ? QString::number(row.outcome.httpStatus) : QString();
    case RequestId:
        return row.hasOutcome ? row.outcome.requestId : QString();
    case Operator:
        return entry.operatorName;
    case Tenant:
        return entry.tenantId;
    case ApiVersion: // Graph's "v1.0" and "beta", said in words
        return entry.apiVersion == QLatin1String("beta") ? tr("Beta") : tr("Stable");
    case TargetId:
        return entry.targetId;
    case Message:
        return row.hasOutcome ? row.outcome.message : QString();
    default:
        return {};
    }
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Message || index.column() == Outcome ? QVariant(text(row, Message)) : QVariant();
    case ActionNameRole:
        return row.any().action;
    case OutcomeRole:
        return row.hasOutcome ? int(row.outcome.outcome) : NoOutcome;
    case TimeRole:
        return row.time();
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case HttpStatus:
        return tr("HTTP status");
    case RequestId:
        return tr("Request ID");
    case Operator:
        return tr("Operator");
    case Tenant:
        return tr("Tenant");
    case ApiVersion:
        return tr("API version");
    case TargetId:
        return tr("Target ID");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}
