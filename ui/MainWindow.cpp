#include "MainWindow.h"

#include "GraphClient.h"
#include "ManagedDevice.h"
#include "ManagedDeviceModel.h"
#include "PageLoader.h"
#include "Translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(GraphClient *client, const SessionInfo &session, Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_translator(translator)
    , m_model(new ManagedDeviceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_loader(new PageLoader(client, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManagedDeviceModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    retranslate();

    connect(m_loader, &PageLoader::pageReady, m_model, &ManagedDeviceModel::appendPage);
    connect(m_loader, &PageLoader::progress, this, [this] {
        m_waitSeconds = 0;
        updateProgress();
    });
    connect(m_loader, &PageLoader::finished, this, [this] {
        m_loadFinished = true;
        updateProgress();
    });
    connect(m_loader, &PageLoader::failed, this, &MainWindow::showLoadError);
    connect(m_loader, &PageLoader::retrying, this, [this](int seconds) {
        m_waitSeconds = seconds;
        updateProgress();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/deviceColumns")).toByteArray()))
        fitColumnsToHeaders();
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 760);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Offboard"),
                           tr("<h3>Offboard %1</h3><p>Offboards devices from Microsoft Intune and Windows Autopilot "
                              "through Microsoft Graph.</p>").arg(QApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_russianAction = new QAction(QStringLiteral("Русский"), m_languageGroup);
    for (auto *action : {m_englishAction, m_russianAction})
        action->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    m_russianAction->setData(QStringLiteral("ru"));
    (m_translator->language() == QLatin1String("ru") ? m_russianAction : m_englishAction)->setChecked(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_translator->setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #fff4ce; color: #3b2e00; border: 1px solid #e0c060; "
                                               "padding: 6px; font-weight: bold; }"));
    m_demoBanner->setVisible(m_session.demo);
    layout->addWidget(m_demoBanner);

    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel#notice { background: #eff6fc; border: 1px solid #2b88d8; padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_errorBar = new QWidget(central);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setStyleSheet(QStringLiteral("QWidget#errorBar { background: #fde7e9; border: 1px solid #d13438; }"));
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyErrorButton = new QPushButton(m_errorBar);
    m_retryButton = new QPushButton(m_errorBar);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_copyErrorButton);
    errorLayout->addWidget(m_retryButton);
    connect(m_copyErrorButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_lastError.details()); });
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::refresh);
    m_errorBar->hide();
    layout->addWidget(m_errorBar);

    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(central);
    m_search = new QLineEdit(central);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateSearch);

    m_view = new QTableView(central);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        updateProgress();
    });
    m_identityLabel = new QLabel(this);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progressBar);
    statusBar()->addWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_identityLabel);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session.demo ? tr("Offboard — demo tenant") : tr("Offboard — %1").arg(m_session.tenantName));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_signOutAction->setText(tr("Sign &out"));
    m_notice->setAccessibleName(tr("Notice"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find…"));
    m_aboutAction->setText(tr("&About Offboard"));
    m_demoBanner->setText(tr("DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, "
                             "and nothing you do here changes a real device."));
    m_demoBanner->setAccessibleName(tr("Demo tenant notice"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Device name, user, serial number, model…"));
    m_search->setAccessibleName(tr("Search managed devices"));
    m_view->setAccessibleName(tr("Managed devices"));
    m_copyErrorButton->setText(tr("Copy details"));
    m_copyErrorButton->setAccessibleName(tr("Copy error details"));
    m_retryButton->setText(tr("Try again"));
    m_retryButton->setAccessibleName(tr("Try loading again"));
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setAccessibleName(tr("Stop loading"));
    m_cancelButton->setToolTip(tr("Stop loading devices"));
    m_progressBar->setAccessibleName(tr("Loading progress"));
    const QString who = m_session.token.isAppOnly()
        ? tr("app %1").arg(m_session.token.appDisplayName().isEmpty() ? m_session.token.appId() : m_session.token.appDisplayName())
        : m_session.token.userPrincipalName();
    m_identityLabel->setText(m_session.demo ? tr("Signed in as %1 · demo tenant").arg(who)
                                            : tr("Signed in as %1 · tenant %2 · %3").arg(who, m_session.tenantName, m_session.cloudName));
    m_identityLabel->setToolTip(tr("Tenant ID: %1\nAccess token valid until %2")
                                    .arg(m_session.token.tenantId(),
                                         QLocale().toString(m_session.token.expires().toLocalTime(), QLocale::ShortFormat)));
    if (m_errorBar->isVisible())
        m_errorLabel->setText(tr("The managed devices could not be loaded: %1").arg(m_lastError.summary()));
    updateProgress();
}

void MainWindow::setSession(const SessionInfo &session)
{
    m_session = session;
    retranslate();
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/deviceColumns"), m_view->horizontalHeader()->saveState());
    m_loader->cancel();
    event->accept();
}

void MainWindow::refresh()
{
    m_errorBar->hide();
    m_loadFinished = false;
    m_model->clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), ManagedDevice::selectProperties().join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    m_loader->start(m_client->resourceUrl(ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), query));
    updateProgress();
}

void MainWindow::updateProgress()
{
    const int loaded = m_loader->itemsLoaded();
    const int total = m_loader->totalCount();
    const bool running = m_loader->isRunning();
    m_progressBar->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progressBar->setRange(0, total > 0 ? total : 0);
    m_progressBar->setValue(loaded);
    const QString count = QLocale().toString(loaded);
    if (running && m_waitSeconds > 0)
        m_progressLabel->setText(tr("Microsoft Graph asked us to slow down: waiting %n s…", nullptr, m_waitSeconds));
    else if (running && total >= 0)
        m_progressLabel->setText(tr("Loading managed devices: %1 of %2").arg(count, QLocale().toString(total)));
    else if (running)
        m_progressLabel->setText(tr("Loading managed devices: %1").arg(count));
    else if (m_loadFinished)
        m_progressLabel->setText(tr("%Ln managed device(s)", nullptr, loaded));
    else if (m_errorBar->isVisible())
        m_progressLabel->setText(tr("Loading failed after %Ln device(s)", nullptr, loaded));
    else
        m_progressLabel->setText(tr("Loading stopped after %Ln device(s)", nullptr, loaded));
}

void MainWindow::showLoadError(const GraphError &error)
{
    m_lastError = error;
    m_errorLabel->setText(tr("The managed devices could not be loaded: %1").arg(error.summary()));
    m_errorLabel->setToolTip(error.details());
    m_errorBar->show();
    updateProgress();
}

// Header text decides the first layout; measuring cell contents would walk every row of a big tenant.
void MainWindow::fitColumnsToHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(120, header->fontMetrics().horizontalAdvance(title) + 36));
    }
}

void MainWindow::updateSearch(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}
