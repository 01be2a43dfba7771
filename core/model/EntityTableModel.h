#pragma once

#include "core/graph/GraphPage.h"
#include "core/model/GraphValues.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <algorithm>
#include <functional>
#include <memory>

// The part of every list model the views and the filter proxy use, whatever the object type.
class EntityTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, RawValueRole };
    // How a column goes into a CSV export: as shown, as its Graph value (dates as ISO 8601, which sort and stay
    // true), or as shown followed by a column with the Graph value (enums: the label and the value Graph uses).
    enum class Export { Display, Raw, DisplayAndRaw };
    virtual Export columnExport(int column) const = 0;

    using QAbstractTableModel::QAbstractTableModel;

    // Lower-case UTF-8 text of the searchable properties of a row, kept so a keystroke costs one contains() per row.
    virtual const QByteArray &searchKey(int row) const = 0;
    // Turns a page of Graph objects into rows. Pure, so the loaders run it on a worker thread.
    virtual std::shared_ptr<void> convert(const GraphPage &page) const = 0;
    // The same for objects that came another way.
    virtual std::shared_ptr<void> convert(const QJsonArray &values) const = 0;
    virtual QString idAt(int row) const = 0;
    virtual int rowOf(const QString &id) const = 0;
    virtual QString columnId(int column) const = 0;
    int columnIndex(const QString &id) const;
    // The search key of a row's searchable text: lower-case UTF-8.
    static QByteArray searchKeyOf(const QString &text);
    // Makes room for the whole collection at once when Graph tells its size (@odata.count).
    virtual void reserve(int rows) = 0;
    // Sets Graph string properties of one object in place (an action's documented effect); an empty value clears
    // one. False when the object is not in the list.
    virtual bool applyChanges(const QString &id, const QList<QPair<QString, QString>> &changes) = 0;
    // True when the row already shows every one of these changes (an action would change nothing there).
    virtual bool showsChanges(int row, const QList<QPair<QString, QString>> &changes) const = 0;

public slots:
    virtual void appendPage(const QJsonArray &values) = 0;
    // Appends what convert() made.
    virtual void appendConverted(const std::shared_ptr<void> &rows) = 0;
    virtual void clear() = 0;
};

// A table of typed Graph objects, filled page by page. Columns are described once: header, text, sort key, and the
// raw Graph value behind a translated label.
template<typename T> class EntityTableModel : public EntityTableModelBase
{
public:
    struct Column
    {
        QString id; // stable, for saved layouts
        const char *title; // translated in the "Columns" context
        std::function<QVariant(const T &)> display;
        std::function<QVariant(const T &)> sortKey = {}; // default: the displayed value
        std::function<QString(const T &)> raw = {}; // the Graph value shown as a tooltip (enums, ISO dates)
        Export exportAs = Export::Display;
    };

    EntityTableModel(QList<Column> columns, std::function<QString(const T &)> searchText, QObject *parent = nullptr)
        : EntityTableModelBase(parent)
        , m_columns(std::move(columns))
        , m_searchText(std::move(searchText))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case SortRole:
            return column.sortKey ? column.sortKey(row) : column.display(row);
        case RawValueRole:
        case Qt::ToolTipRole:
            return column.raw ? QVariant(column.raw(row)) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return {};
        return QCoreApplication::translate("Columns", m_columns.at(section).title);
    }

    const QByteArray &searchKey(int row) const override { return m_searchKeys.at(row); }
    QString idAt(int row) const override { return m_rows.at(row).id; }
    int rowOf(const QString &id) const override { return m_rowById.value(id, -1); }
    QString columnId(int column) const override { return m_columns.value(column).id; }
    Export columnExport(int column) const override { return m_columns.value(column).exportAs; }
    const T &at(int row) const { return m_rows.at(row); }
    void reserve(int rows) override
    {
        m_rows.reserve(rows);
        m_searchKeys.reserve(rows);
        m_rowById.reserve(rows);
    }
    const QVector<T> &rows() const { return m_rows; }

    struct Batch
    {
        QVector<T> rows;
        QVector<QByteArray> keys;
    };

    std::shared_ptr<void> convert(const GraphPage &page) const override
    {
        auto batch = std::make_shared<Batch>();
        batch->rows = GraphValues::readPage<T>(page);
        batch->keys.reserve(batch->rows.size());
        for (const T &row : std::as_const(batch->rows))
            batch->keys.append(searchKeyOf(m_searchText(row)));
        return batch;
    }

    std::shared_ptr<void> convert(const QJsonArray &values) const override
    {
        auto batch = std::make_shared<Batch>();
        batch->rows.reserve(values.size());
        batch->keys.reserve(values.size());
        for (const auto &value : values) {
            batch->rows.append(T::fromJson(value.toObject()));
            batch->keys.append(searchKeyOf(m_searchText(batch->rows.constLast())));
        }
        return batch;
    }

    void appendPage(const QJsonArray &values) override { appendConverted(convert(values)); }

    // An object already in the list (a partitioned load met it twice) takes the newer copy in its row.
    void appendConverted(const std::shared_ptr<void> &converted) override
    {
        const auto *batch = static_cast<const Batch *>(converted.get());
        if (!batch || batch->rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        QList<int> fresh; // indexes into the batch of the rows to append
        fresh.reserve(batch->rows.size());
        for (int i = 0; i < batch->rows.size(); ++i) {
            const int row = m_rowById.value(batch->rows.at(i).id, -1);
            if (row < 0) {
                m_rowById.insert(batch->rows.at(i).id, first + int(fresh.size()));
                fresh.append(i);
                continue;
            }
            if (row >= first) { // twice in this batch
                fresh[row - first] = i;
                continue;
            }
            m_rows[row] = batch->rows.at(i);
            m_searchKeys[row] = batch->keys.at(i);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        // No exact reserve here: growing geometrically keeps appending 100,000 rows page by page linear.
        for (const int i : std::as_const(fresh)) {
            m_rows.append(batch->rows.at(i));
            m_searchKeys.append(batch->keys.at(i));
        }
        endInsertRows();
    }

    void clear() override
    {
        beginResetModel();
        m_rows.clear();
        m_searchKeys.clear();
        m_rowById.clear();
        endResetModel();
    }

    bool applyChanges(const QString &id, const QList<QPair<QString, QString>> &changes) override
    {
        return update(id, [&changes](T &row) {
            for (const auto &[name, value] : changes) {
                if (QString T::*member = T::stringProperty(name))
                    row.*member = value;
            }
        });
    }

    bool showsChanges(int row, const QList<QPair<QString, QString>> &changes) const override
    {
        const T &entity = m_rows.at(row);
        return std::all_of(changes.begin(), changes.end(), [&entity](const QPair<QString, QString> &change) {
            QString T::*member = T::stringProperty(change.first);
            return member && entity.*member == change.second;
        });
    }

    // Changes one object in place (e.g. after an action) and tells the views.
    bool update(const QString &id, const std::function<void(T &)> &change)
    {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        change(m_rows[row]);
        m_searchKeys[row] = searchKeyOf(m_searchText(m_rows.at(row)));
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

private:
    QList<Column> m_columns;
    std::function<QString(const T &)> m_searchText;
    QVector<T> m_rows;
    QVector<QByteArray> m_searchKeys;
    QHash<QString, int> m_rowById;
};
