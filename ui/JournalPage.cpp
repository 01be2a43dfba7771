#include "ui/JournalPage.h"

#include "core/actions/ActionCatalog.h"
#include "core/model/CsvWriter.h"
#include "core/model/JournalFilter.h"
#include "core/model/JournalModel.h"
#include "ui/ColumnAutoFit.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
enum Period { AllTime, Today, LastWeek, LastMonth };
}

JournalPage::JournalPage(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(new JournalModel(this))
    , m_filter(new JournalFilter(this))
{
    m_model->setActionTitle([](const QString &name) {
        const ActionDefinition *action = ActionCatalog::find(name);
        return action ? ActionCatalog::title(*action) : name;
    });
    m_filter->setSourceModel(m_model);
    buildUi();
    retranslate();
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &JournalPage::countChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &JournalPage::countChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JournalPage::countChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &JournalPage::countChanged);
}

void JournalPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_actionLabel->setBuddy(m_action);
    m_outcomeLabel = new QLabel(this);
    m_outcome = new QComboBox(this);
    m_outcomeLabel->setBuddy(m_outcome);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_periodLabel->setBuddy(m_period);
    m_reload = new QPushButton(this);
    m_export = new QPushButton(this);
    // Search on a row of its own, as in the lists: Russian filter labels and choices are long.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_reload);
    searchRow->addWidget(m_export);
    layout->addLayout(searchRow);
    for (auto [label, combo] :
        {std::pair {m_actionLabel, m_action}, {m_outcomeLabel, m_outcome}, {m_periodLabel, m_period}}) {
        filters->addWidget(label);
        filters->addWidget(combo);
    }
    filters->addStretch(1);
    layout->addLayout(filters);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #d13438; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("journalRecords"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_columnFit = new ColumnAutoFit(m_view);
    layout->addWidget(m_view, 1);

    fillFilterChoices();
    connect(m_search, &QLineEdit::textChanged, m_filter, &JournalFilter::setSearchText);
    for (QComboBox *combo : {m_action, m_outcome, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilters);
    connect(m_reload, &QPushButton::clicked, this, &JournalPage::reload);
    connect(m_export, &QPushButton::clicked, this, &JournalPage::exportRequested);
}

// Choices keep their data (action name, outcome number, period) and get their text in retranslate().
void JournalPage::fillFilterChoices()
{
    m_action->addItem(QString(), QString());
    for (const auto *list : {&ActionCatalog::all(), &ActionCatalog::planSteps()}) {
        for (const ActionDefinition &action : *list)
            m_action->addItem(QString(), action.name);
    }
    m_outcome->addItem(QString());
    for (int outcome :
        {int(JournalEntry::Outcome::Done), int(JournalEntry::Outcome::Failed), int(JournalEntry::Outcome::Unknown),
            JournalModel::NoOutcome, int(JournalEntry::Outcome::ApprovalRequired), int(JournalEntry::Outcome::NotSent)})
        m_outcome->addItem(QString(), outcome);
    for (int period : {AllTime, Today, LastWeek, LastMonth})
        m_period->addItem(QString(), period);
}

void JournalPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Device, user, request ID, message…"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_actionLabel->setText(tr("Ac&tion:"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, ActionCatalog::title(*ActionCatalog::find(m_action->itemData(i).toString())));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setItemText(0, tr("All outcomes"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, JournalModel::outcomeLabel(m_outcome->itemData(i).toInt()));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setItemText(AllTime, tr("All time"));
    m_period->setItemText(Today, tr("Today"));
    m_period->setItemText(LastWeek, tr("Last 7 days"));
    m_period->setItemText(LastMonth, tr("Last 30 days"));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload the journal"));
    m_export->setText(tr("E&xport to CSV…"));
    m_export->setAccessibleName(tr("Export the shown journal records to CSV"));
    m_view->setAccessibleName(tr("Journal records"));
    m_model->setEntries(m_entries); // labels and dates in the new language
    m_columnFit->fit();
    emit countChanged();
}

void JournalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JournalPage::applyFilters()
{
    m_filter->setAction(m_action->currentData().toString());
    const QVariant outcome = m_outcome->currentData();
    m_filter->setOutcome(outcome.isValid() ? std::optional<int>(outcome.toInt()) : std::nullopt);
    const QDateTime startOfToday = QDateTime(QDate::currentDate(), QTime(0, 0));
    switch (m_period->currentData().toInt()) {
    case Today:
        m_filter->setSince(startOfToday);
        break;
    case LastWeek:
        m_filter->setSince(startOfToday.addDays(-6));
        break;
    case LastMonth:
        m_filter->setSince(startOfToday.addDays(-29));
        break;
    default:
        m_filter->setSince({});
        break;
    }
}

void JournalPage::reload()
{
    const int reload = ++m_reloads;
    auto *watcher = new QFutureWatcher<std::pair<QList<JournalEntry>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reload] {
        watcher->deleteLater();
        if (reload != m_reloads)
            return; // a newer reload is on its way
        const auto [entries, error] = watcher->result();
        m_error->setVisible(!error.isEmpty());
        m_error->setText(tr("The journal %1 could not be read: %2").arg(m_journal->path(), error));
        m_entries = entries;
        m_model->setEntries(m_entries);
        m_columnFit->fit(); // later entries may be longer than the first ones
    });
    watcher->setFuture(QtConcurrent::run([path = m_journal->path()] {
        QString error;
        QList<JournalEntry> entries = Journal(path).readAll(&error);
        return std::pair {entries, error};
    }));
}

void JournalPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int JournalPage::visibleRows() const
{
    return m_filter->rowCount();
}

QString JournalPage::countText() const
{
    const int all = m_model->rowCount();
    if (m_filter->rowCount() == all)
        return tr("%Ln journal record(s)", nullptr, all);
    return tr("%1 shown of %Ln journal record(s)", nullptr, all).arg(QLocale().toString(m_filter->rowCount()));
}

bool JournalPage::exportCsv(const QString &path) const
{
    CsvWriter csv;
    QStringList titles;
    for (int column = 0; column < m_filter->columnCount(); ++column)
        titles.append(m_filter->headerData(column, Qt::Horizontal).toString());
    csv.addRow(titles);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_filter->columnCount(); ++column) {
            const QModelIndex index = m_filter->index(row, column);
            // An audit record needs an unambiguous time, whatever the reader's locale.
            cells.append(column == JournalModel::Time
                    ? index.data(JournalModel::TimeRole).toDateTime().toLocalTime().toString(Qt::ISODateWithMs)
                    : index.data().toString());
        }
        csv.addRow(cells);
    }
    return csv.save(path);
}
