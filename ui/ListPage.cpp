#include "ui/ListPage.h"
#include "ui/FlowLayout.h"

#include "core/graph/ODataQuery.h"
#include "ui/ColumnAutoFit.h"

#include "core/graph/PageLoader.h"
#include "core/graph/PartitionedLoader.h"
#include "core/model/CsvWriter.h"
#include "core/model/EntityTableModel.h"
#include "core/model/ListFilterProxy.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

ListPage::ListPage(GraphClient *client, EntityTableModelBase *model, const Collection &collection,
    const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_collection(collection)
    , m_settingsKey(settingsKey)
    , m_proxy(new ListFilterProxy(model, this))
    , m_loader(collection.partitionProperty.isEmpty()
              ? static_cast<CollectionLoader *>(new PageLoader(client, this))
              : new PartitionedLoader(client, collection.partitionProperty, this))
{
    model->setParent(this);
    buildUi();
    m_repaintPause.setSingleShot(true);
    m_repaintPause.setInterval(200);
    connect(&m_repaintPause, &QTimer::timeout, this, [this] { m_view->viewport()->setUpdatesEnabled(true); });
    // Pages become typed rows on the worker thread; the GUI thread only appends them.
    m_loader->setConverter([model](const GraphPage &page) { return model->convert(page); });
    connect(m_loader, &CollectionLoader::rowsReady, this, &ListPage::appendRows);
    connect(m_loader, &CollectionLoader::progress, this, [this](int loaded, int total) {
        if (total > 0 && loaded > 0 && m_loader->pagesLoaded() == 1)
            m_model->reserve(total);
        m_waitSeconds = 0;
        emit progressChanged();
    });
    connect(m_loader, &CollectionLoader::retrying, this, [this](int seconds) {
        m_waitSeconds = seconds;
        emit progressChanged();
    });
    connect(m_loader, &CollectionLoader::finished, this, [this] {
        m_finished = true;
        fitColumnsToContent();
#ifdef __GLIBC__
        // Parsing 100,000 objects on worker threads leaves freed pages in their malloc arenas; give them back. That
        // takes tens of milliseconds on a big heap, so not on the GUI thread (glibc locks each arena it trims).
        (void)QtConcurrent::run([] { malloc_trim(0); });
#endif
        emit progressChanged();
    });
    connect(m_loader, &CollectionLoader::failed, this, &ListPage::showError);
    connect(m_loader, &CollectionLoader::methodChanged, this, &ListPage::progressChanged);
}

ListPage::~ListPage()
{
    // The loader's workers convert pages with the model: they must be done before the model goes.
    delete m_loader;
}

// The actions for this list, also offered as buttons under the detail pane; each button follows its action's text,
// enabled state and tooltip, so the pane never offers what the toolbar would refuse.
void ListPage::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::StrongFocus);
        const auto name = [button, action] {
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        };
        name();
        connect(action, &QAction::changed, button, name);
        m_detailActions->addWidget(button);
    }
}

// Pages can arrive fifty times a second; the table is repainted a few times a second while they do, not after each.
void ListPage::appendRows(const std::shared_ptr<void> &rows)
{
    const bool firstRows = m_model->rowCount() == 0;
    if (!firstRows && !m_repaintPause.isActive()) {
        m_view->viewport()->setUpdatesEnabled(false);
        m_repaintPause.start();
    }
    m_model->appendConverted(rows);
    if (firstRows)
        fitColumnsToContent();
}

void ListPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setStyleSheet(QStringLiteral("QWidget#errorBar { background: #fde7e9; border: 1px solid #d13438; }"));
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyError = new QPushButton(m_errorBar);
    m_retry = new QPushButton(m_errorBar);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_copyError);
    errorLayout->addWidget(m_retry);
    m_errorBar->hide();
    layout->addWidget(m_errorBar);
    connect(m_copyError, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_lastError.details()); });
    connect(m_retry, &QPushButton::clicked, this, &ListPage::refresh);

    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_serverSearch = new QCheckBox(this);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_serverSearch);
    layout->addLayout(searchRow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_serverSearch->isChecked())
            m_proxy->setSearchText(text);
        emit progressChanged(); // "N of M shown"
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_serverSearch->isChecked())
            startLoading(serverFilter(m_search->text().trimmed()));
    });
    connect(m_serverSearch, &QCheckBox::toggled, this, [this](bool server) {
        m_proxy->setSearchText(server ? QString() : m_search->text());
        if (!server && !m_serverQuery.isEmpty())
            startLoading(QString()); // back to the whole list
    });

    m_filterBar = new FlowLayout;
    layout->addLayout(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(m_splitter);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ListPage::showHeaderMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        emit selectionChanged();
    });
    // An object changed in place (an action's new state): its details must not keep showing the old one.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QList<int> rows = selectedSourceRows();
            if (rows.size() == 1 && rows.first() >= topLeft.row() && rows.first() <= bottomRight.row())
                updateDetails();
        });

    auto *detailPane = new QWidget(m_splitter);
    auto *paneLayout = new QVBoxLayout(detailPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(detailPane);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(220);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ListPage::linkActivated);
    paneLayout->addWidget(m_details, 1);
    m_detailActions = new QVBoxLayout;
    paneLayout->addLayout(m_detailActions);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    connect(
        copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(visibleRowsAsText(true)); });

    QSettings settings;
    m_columnFit = new ColumnAutoFit(m_view);
    m_columnFit->setEnabled(!m_view->horizontalHeader()->restoreState(
        settings.value(m_settingsKey + QStringLiteral("/columns")).toByteArray()));
    fitColumnsToContent();
    if (!m_splitter->restoreState(settings.value(m_settingsKey + QStringLiteral("/splitter")).toByteArray())) {
        // Wide enough for a Graph id on one line beside its label.
        const QFontMetrics metrics = m_details->fontMetrics();
        const int details = metrics.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000"))
            + metrics.horizontalAdvance(QStringLiteral("Entra device ID")) * 3 / 2 + 48;
        m_splitter->setSizes({1000, details});
    }
}

void ListPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setAccessibleName(tr("Search %1").arg(title()));
    m_view->setAccessibleName(title());
    m_details->setAccessibleName(tr("Details of the selected %1").arg(title()));
    m_serverSearch->setText(tr("Look &up in Microsoft Graph"));
    m_serverSearch->setToolTip(
        tr("For very large tenants: press Enter to ask Microsoft Graph for names, serial numbers or "
           "user names that start with the text, instead of searching the loaded list."));
    m_serverSearch->setAccessibleName(tr("Look up in Microsoft Graph"));
    m_serverSearch->setVisible(!serverFilter(QStringLiteral("x")).isEmpty());
    m_proxy->languageChanged();
    m_copyError->setText(tr("Copy details"));
    m_retry->setText(tr("Try again"));
    m_retry->setAccessibleName(tr("Try loading again"));
    if (m_errorBar->isVisible())
        m_errorLabel->setText(errorText(m_lastError));
    updateDetails();
    fitColumnsToContent(); // titles change length with the language
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListPage::fitColumnsToContent()
{
    m_columnFit->fit();
}

void ListPage::setDefaultColumns(const QStringList &leading, const QStringList &hidden)
{
    if (!m_columnFit->isEnabled())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    for (int i = 0; i < leading.size(); ++i) {
        const int column = m_model->columnIndex(leading.at(i));
        if (column >= 0)
            header->moveSection(header->visualIndex(column), i);
    }
    for (const QString &id : hidden) {
        if (const int column = m_model->columnIndex(id); column >= 0)
            header->setSectionHidden(column, true);
    }
}

void ListPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/columns"), m_view->horizontalHeader()->saveState());
    settings.setValue(m_settingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
}

void ListPage::ensureLoaded()
{
    if (!m_started)
        refresh();
}

void ListPage::refresh()
{
    startLoading(m_serverSearch->isChecked() ? serverFilter(m_search->text().trimmed()) : QString());
}

void ListPage::startLoading(const QString &filter)
{
    m_started = true;
    m_finished = false;
    m_waitSeconds = 0;
    m_serverQuery = filter;
    m_errorBar->hide();
    m_model->clear();
    ODataQuery query;
    query.select(m_collection.select)
        .top(m_collection.pageSize)
        .filter(filter)
        .count()
        .onDirectoryObjects(m_collection.directoryObjects);
    m_loader->start(
        m_client->resourceUrl(m_collection.version, m_collection.path, query.toUrlQuery()), query.headers());
    emit progressChanged();
}

QString ListPage::progressText() const
{
    const QString text = loadingText();
    const QString method = m_loader->methodDescription();
    return method.isEmpty() || text.isEmpty() ? text : tr("%1 (%2)").arg(text, method);
}

QString ListPage::loadingText() const
{
    const int loaded = m_loader->itemsLoaded();
    const int total = m_loader->totalCount();
    const QString count = QLocale().toString(loaded);
    if (m_loader->isRunning() && m_waitSeconds > 0)
        return tr("Microsoft Graph asked us to slow down: waiting %n s…", nullptr, m_waitSeconds);
    if (m_loader->isRunning() && total >= 0)
        return tr("Loading: %1 of %2").arg(count, QLocale().toString(total));
    if (m_loader->isRunning())
        return tr("Loading: %1").arg(count);
    if (m_errorBar->isVisible())
        return tr("Loading failed after %Ln object(s)", nullptr, loaded);
    if (!m_finished)
        return m_started ? tr("Loading stopped after %Ln object(s)", nullptr, loaded) : QString();
    const int shown = m_proxy->rowCount();
    return shown == loaded ? tr("%Ln object(s)", nullptr, loaded)
                           : tr("%1 of %Ln object(s) shown", nullptr, loaded).arg(QLocale().toString(shown));
}

QString ListPage::shownError() const
{
    return m_errorBar->isHidden() ? QString() : m_errorLabel->text();
}

// Graph's message, and the request-id Microsoft support asks for, in plain sight.
QString ListPage::errorText(const GraphError &error)
{
    const QString text = tr("The list could not be loaded: %1").arg(error.summary());
    return error.requestId.isEmpty() ? text : tr("%1 Request ID: %2").arg(text, error.requestId);
}

void ListPage::showError(const GraphError &error)
{
    m_lastError = error;
    m_errorLabel->setText(errorText(error));
    m_errorLabel->setToolTip(error.details());
    m_errorBar->show();
    emit progressChanged();
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ListPage::serverFilter(const QString &) const
{
    return {};
}

bool ListPage::accepts(int) const
{
    return true;
}

void ListPage::reapplyFilters()
{
    m_proxy->setRowPredicate([this](int row) { return accepts(row); });
    emit progressChanged();
}

QList<int> ListPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ListPage::selectId(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ListPage::updateDetails()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a row to see its details.").toHtmlEscaped()));
    else if (rows.size() > 1)
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("%Ln objects selected.", nullptr, int(rows.size())).toHtmlEscaped()));
    else {
        prepareDetails(rows.first());
        m_details->setHtml(describe(rows.first()));
    }
}

// Each field is its label on one line and its value below: a Graph id, a user principal name or a serial number is
// one word and is kept on one line (never broken at '-' or '@'); longer values wrap.
QString ListPage::row(const QString &label, const QString &text)
{
    return row(label, HtmlFragment::escaped(text), !text.isEmpty() && !text.contains(QLatin1Char(' ')));
}

QString ListPage::row(const QString &label, const HtmlFragment &value, bool oneWord)
{
    return QStringLiteral(
        "<p style=\"margin-top:0; margin-bottom:6px;%1\"><span style=\"color:#555\">%2</span><br>%3</p>")
        .arg(oneWord ? QStringLiteral(" white-space:nowrap") : QString(),
            tr("%1:", "detail pane label").arg(label).toHtmlEscaped(), value.markup);
}

HtmlFragment ListPage::link(const QString &kind, const QString &id, const QString &text)
{
    return {QStringLiteral("<a href=\"offboard://%1/%2\">%3</a>")
                .arg(kind, QString::fromLatin1(QUrl::toPercentEncoding(id)), text.toHtmlEscaped())};
}

QList<int> ListPage::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QStringList ListPage::rowCells(int proxyRow, const QList<int> &columns) const
{
    QStringList cells;
    for (int column : columns)
        cells.append(m_proxy->index(proxyRow, column).data().toString());
    return cells;
}

QString ListPage::visibleRowsAsText(bool onlySelected) const
{
    const QList<int> columns = visibleColumns();
    const QList<int> selectedRows = selectedSourceRows();
    const QSet<int> selected(selectedRows.begin(), selectedRows.end());
    QStringList lines;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (onlySelected && !selected.contains(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            continue;
        lines.append(rowCells(r, columns).join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ListPage::exportCsv(const QString &path) const
{
    using Export = EntityTableModelBase::Export;
    const QList<int> columns = visibleColumns();
    QStringList titles;
    for (int column : columns) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        titles.append(title);
        if (m_model->columnExport(column) == Export::DisplayAndRaw)
            titles.append(tr("%1 (Graph value)").arg(title));
    }
    CsvWriter csv;
    csv.addRow(titles);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int column : columns) {
            const QModelIndex index = m_proxy->index(r, column);
            const Export kind = m_model->columnExport(column);
            cells.append(
                index.data(kind == Export::Raw ? int(EntityTableModelBase::RawValueRole) : int(Qt::DisplayRole))
                    .toString());
            if (kind == Export::DisplayAndRaw)
                cells.append(index.data(EntityTableModelBase::RawValueRole).toString());
        }
        csv.addRow(cells);
    }
    return csv.save(path);
}

void ListPage::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveLayout();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void ListPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    QAction *copyCell = menu.addAction(tr("Copy &cell"));
    copyCell->setEnabled(index.isValid());
    connect(copyCell, &QAction::triggered, this,
        [index] { QGuiApplication::clipboard()->setText(index.data().toString()); });
    QAction *copyRows = menu.addAction(tr("Copy selected &rows"));
    copyRows->setShortcut(QKeySequence::Copy);
    connect(copyRows, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(visibleRowsAsText(true)); });
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
