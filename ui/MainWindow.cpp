#include "ui/MainWindow.h"

#include "ui/ActionController.h"

#include "core/graph/GraphClient.h"
#include "core/graph/PageLoader.h"
#include "core/model/ListFilterProxy.h"
#include "core/platform/Translator.h"
#include "ui/AutopilotPage.h"
#include "ui/DevicePage.h"
#include "ui/EvidenceDialog.h"
#include "ui/FileDialog.h"
#include "ui/JournalPage.h"
#include "ui/OffboardingWizard.h"
#include "ui/PaintMilestone.h"
#include "ui/PartnerPage.h"
#include "ui/UserGuideDialog.h"
#include "ui/UserPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

// Empty when the build was not given the project's address (OFFBOARD_HOMEPAGE_URL): About names no link it lacks.
QString projectLink()
{
    const QUrl homepage(QStringLiteral(OFFBOARD_HOMEPAGE_URL));
    if (homepage.isEmpty())
        return {};
    return MainWindow::tr("<p>Project page: <a href=\"%1\">%2</a></p>")
        .arg(homepage.toString(QUrl::FullyEncoded), homepage.toDisplayString().toHtmlEscaped());
}

} // namespace

MainWindow::MainWindow(GraphClient *client, const SessionInfo &session, Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_translator(translator)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_actions = new ActionController(
        client, this, [this](ActionDefinition::Target kind) { return pageFor(kind); }, this);
    m_actions->setSession(session.token, session.readOnly);
    connect(m_actions, &ActionController::effectApplied, this, &MainWindow::updateActionStates);
    connect(m_actions, &ActionController::intentsVerified, this, [this](const QStringList &findings) {
        offerRecovery();
        m_journalPage->reload();
        showNotice(tr("Checked with Microsoft Graph:") + QLatin1Char('\n') + findings.join(QLatin1Char('\n')));
    });
    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createActionEntries();
    createStatusBar();
    retranslate();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(QSize(1360, 800).boundedTo(screen()->availableGeometry().size() * 0.95)); // a laptop's screen too
    showPage(Devices);
    QString journalProblem;
    if (!journal()->lock(&journalProblem))
        showNotice(journalProblem);
    offerRecovery();
    // Autopilot identities feed the device detail pane; load them alongside the devices.
    m_autopilot->ensureLoaded();
}

MainWindow::~MainWindow() = default;

ListPage *MainWindow::page(int index) const
{
    return static_cast<ListPage *>(m_stack->widget(index));
}

ListPage *MainWindow::currentPage() const
{
    return m_stack->currentIndex() < PageCount ? static_cast<ListPage *>(m_stack->currentWidget()) : nullptr;
}

QTableView *MainWindow::deviceView() const
{
    return m_devices->view();
}

ManagedDeviceModel *MainWindow::deviceModel() const
{
    return m_devices->devices();
}

CollectionLoader *MainWindow::deviceLoader() const
{
    return m_devices->loader();
}

void MainWindow::createActions()
{
    for (const auto &keys : {QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] { focusNextPane(1); });
    for (const auto &keys : {QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] { focusNextPane(-1); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        if (refuseWhileOffboarding())
            return;
        m_actions->whenStopped(
            tr("An action is still running. Stop sending and sign out once the requests already on their "
               "way have reported? Nothing more is sent."),
            [this] {
                m_signOutAction->setEnabled(false); // one sign-out at a time
                emit signOutRequested();
            });
    });
    m_newOffboardingAction = new QAction(this);
    m_newOffboardingAction->setShortcut(QKeySequence::New);
    connect(m_newOffboardingAction, &QAction::triggered, this, [this] { m_actions->startOffboarding({}); });
    m_openPlanAction = new QAction(this);
    m_openPlanAction->setShortcut(QKeySequence::Open);
    connect(m_openPlanAction, &QAction::triggered, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Open plan"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Offboard plans (*.json)"));
        if (!path.isEmpty())
            m_actions->openSavedPlan(path);
    });
    m_openEvidenceAction = new QAction(this);
    connect(m_openEvidenceAction, &QAction::triggered, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Open evidence file"), OffboardingWizard::evidenceFolder(), tr("Offboard evidence (*.json)"));
        if (path.isEmpty())
            return;
        auto *dialog = new EvidenceDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_offboardSelectedAction = new QAction(this);
    m_offboardSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_offboardSelectedAction, &QAction::triggered, this, &MainWindow::offboardSelected);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentList);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (currentPage())
            currentPage()->focusSearch();
        else
            m_journalPage->focusSearch();
    });
    for (int i = 0; i <= JournalPageIndex; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(action);
    }
    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(m_translator->language(), this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox about(QMessageBox::NoIcon, tr("About Offboard"),
            tr("<h3>Offboard %1</h3><p>Offboards devices from Microsoft Intune and Windows Autopilot "
               "through Microsoft Graph.</p>")
                    .arg(QApplication::applicationVersion())
                + tr("<p>Built with Qt %1, running on Qt %2; QtKeychain %3.</p><p>Qt is used under the GNU LGPL "
                     "version 3 and QtKeychain under the BSD 2-clause licence, both linked from the system's "
                     "libraries.</p>")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                          QStringLiteral(OFFBOARD_QTKEYCHAIN_VERSION))
                + projectLink(),
            QMessageBox::NoButton, this);
        about.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
        // Qt's own Russian catalogue leaves "OK" in Latin letters.
        about.setEscapeButton(about.addButton(tr("OK"), QMessageBox::AcceptRole));
        about.exec();
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
        [this](QAction *action) { m_translator->chooseLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newOffboardingAction);
    m_fileMenu->addAction(m_openPlanAction);
    m_fileMenu->addAction(m_openEvidenceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_actionsMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_findAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_newOffboardingAction->setIcon(actionIcon(QStringLiteral("offboard")));
    m_toolBar->addAction(m_newOffboardingAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_findAction);
    m_toolBar->addAction(m_exportAction);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(
        QStringLiteral("QLabel#demoBanner { background: #fff4ce; color: #3b2e00; border: 1px solid #e0c060; "
                       "padding: 6px; font-weight: bold; }"));
    m_demoBanner->setVisible(m_session.demo);
    layout->addWidget(m_demoBanner);

    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel#notice { background: #eff6fc; border: 1px solid #2b88d8; padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    QPushButton *verify = nullptr;
    m_recoveryBar = createWarningBar(central, QStringLiteral("recoveryBar"), &m_recoveryLabel, &verify);
    verify->setText(tr("Verif&y now"));
    verify->setObjectName(QStringLiteral("verifyIntents"));
    connect(verify, &QPushButton::clicked, this, &MainWindow::verifyUnresolvedIntents);
    layout->addWidget(m_recoveryBar);
    QPushButton *resume = nullptr;
    m_resumeBar = createWarningBar(central, QStringLiteral("resumeBar"), &m_resumeLabel, &resume);
    resume->setText(tr("Resume the off&boarding…"));
    resume->setObjectName(QStringLiteral("resumeOffboarding"));
    connect(resume, &QPushButton::clicked, this, [this] {
        m_resumeBar->hide();
        m_actions->resumeOffboarding();
    });
    layout->addWidget(m_resumeBar);

    // The navigation is exactly as wide as its longest entry (see retranslate()), so it sits beside the pages without
    // a splitter that would only leave a gap.
    auto *columns = new QHBoxLayout;
    m_navigation = new QListWidget(central);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    columns->addWidget(m_navigation);
    columns->addWidget(m_stack, 1);
    m_devices = new DevicePage(m_client, m_stack);
    m_autopilot = new AutopilotPage(m_client, m_stack);
    m_users = new UserPage(m_client, m_stack);
    m_partners = new PartnerPage(m_client, m_stack);
    m_devices->setAutopilot(m_autopilot->identities());
    PaintMilestone::watch(
        m_devices->view()->viewport(), "first row", [this] { return m_devices->devices()->rowCount() > 0; });
    m_autopilot->setDevices(m_devices->devices());
    for (ListPage *p : {static_cast<ListPage *>(m_devices), static_cast<ListPage *>(m_autopilot),
             static_cast<ListPage *>(m_users), static_cast<ListPage *>(m_partners)}) {
        m_stack->addWidget(p);
        m_navigation->addItem(QString());
        connect(p, &ListPage::progressChanged, this, [this, p] {
            if (p == currentPage())
                updateProgress();
            trySelectPending();
        });
        connect(p, &ListPage::linkActivated, this, &MainWindow::openLink);
        connect(p, &ListPage::selectionChanged, this, &MainWindow::updateActionStates);
    }
    m_journalPage = new JournalPage(journal(), m_stack);
    connect(m_actions, &ActionController::runFinished, m_journalPage, &JournalPage::reload);
    // Deleted objects leave the lists only when they are read again.
    connect(m_actions, &ActionController::offboardingFinished, this, [this] {
        offerRecovery(); // the run file is gone once a run finishes
        for (int i = 0; i < PageCount; ++i) {
            if (page(i)->hasLoadFinished())
                page(i)->refresh();
        }
    });
    m_stack->addWidget(m_journalPage);
    m_navigation->addItem(QString());
    connect(m_journalPage, &JournalPage::countChanged, this, &MainWindow::updateProgress);
    connect(m_journalPage, &JournalPage::exportRequested, this, &MainWindow::exportCurrentList);
    layout->addLayout(columns, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
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
        if (!currentPage())
            return;
        currentPage()->loader()->cancel();
        updateProgress();
    });
    m_identityLabel = new QLabel(this);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progressBar);
    statusBar()->addWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_identityLabel);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index > JournalPageIndex)
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    if (currentPage())
        currentPage()->ensureLoaded();
    else
        m_journalPage->reload();
    updateProgress();
    updateActionStates();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session.demo ? tr("Offboard — demo tenant") : tr("Offboard — %1").arg(m_session.tenantName));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_actionsMenu->setTitle(tr("&Actions"));
    for (const ActionDefinition &action : ActionCatalog::all())
        m_actionEntries.value(action.name)->setText(ActionCatalog::title(action) + QStringLiteral("…"));
    updateActionStates();
    m_quitAction->setText(tr("&Quit"));
    m_signOutAction->setText(tr("Sign &out"));
    m_exportAction->setText(tr("&Export visible rows to CSV…"));
    m_newOffboardingAction->setText(tr("&New offboarding…"));
    m_openPlanAction->setText(tr("Open &plan…"));
    m_openPlanAction->setToolTip(tr("Open an offboarding plan saved to a file, to check it again and run it"));
    m_openEvidenceAction->setText(tr("Open e&vidence…"));
    m_openEvidenceAction->setToolTip(tr("Open a run's evidence file: what was done, and the recovery keys and "
                                        "passwords read before, with its passphrase"));
    m_newOffboardingAction->setToolTip(tr("Offboard devices or people from a list of serial numbers, device names, "
                                          "ids or user names"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find…"));
    m_aboutAction->setText(tr("&About Offboard"));
    m_guideAction->setText(tr("User &guide"));
    int widest = 0;
    for (int i = 0; i <= JournalPageIndex; ++i) {
        const QString title = i < PageCount ? page(i)->title() : m_journalPage->title();
        m_navigation->item(i)->setText(title);
        m_pageActions[i]->setText(title);
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    }
    // Russian titles are long: the navigation is as wide as its longest entry, whatever the language.
    m_navigation->setFixedWidth(widest + 2 * m_navigation->frameWidth() + 24);
    m_navigation->setAccessibleName(tr("Lists"));
    m_demoBanner->setText(
        tr("DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, "
           "and nothing you do here changes a real device."));
    m_demoBanner->setAccessibleName(m_demoBanner->text()); // read as the warning it is, not as a title
    m_demoBanner->setAccessibleDescription(tr("Demo tenant notice"));
    m_notice->setAccessibleDescription(tr("Notice"));
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setAccessibleName(tr("Stop loading"));
    m_cancelButton->setToolTip(tr("Stop loading this list"));
    m_progressBar->setAccessibleName(tr("Loading progress"));
    const QString who = m_session.token.isAppOnly()
        ? tr("app %1").arg(
            m_session.token.appDisplayName().isEmpty() ? m_session.token.appId() : m_session.token.appDisplayName())
        : m_session.token.userPrincipalName();
    QString identity = m_session.demo
        ? tr("Signed in as %1 · demo tenant").arg(who)
        : tr("Signed in as %1 · tenant %2 · %3").arg(who, m_session.tenantName, m_session.cloudName);
    if (m_session.readOnly)
        identity += tr(" · read-only");
    m_identityLabel->setText(identity);
    m_identityLabel->setToolTip(
        tr("Tenant ID: %1\nAccess token valid until %2")
            .arg(m_session.token.tenantId(),
                QLocale().toString(m_session.token.expires().toLocalTime(), QLocale::ShortFormat)));
    updateProgress();
}

void MainWindow::setSession(const SessionInfo &session)
{
    m_session = session;
    m_actions->setSession(session.token, session.readOnly);
    retranslate();
}

QString MainWindow::notice() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text); // a screen reader reads the notice itself
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

Journal *MainWindow::journal() const
{
    return m_actions->journal();
}

// An offboarding plan is stopped in its own window, where what is still on its way reports; leaving it running
// would only make the next start offer to resume it.
bool MainWindow::refuseWhileOffboarding()
{
    if (!m_actions->isOffboardingRunning())
        return false;
    QMessageBox::information(this, tr("An offboarding plan is running"),
        tr("Stop the plan in its window first (Stop), and wait until the requests already sent have reported."));
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (refuseWhileOffboarding()) {
        event->ignore();
        return;
    }
    if (!m_actions->runningActions().isEmpty()) {
        event->ignore();
        m_actions->whenStopped(
            tr("An action is still running. Stop sending and quit once the requests already on their way "
               "have reported? Nothing more is sent."),
            [this] { close(); });
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    for (int i = 0; i < PageCount; ++i) {
        page(i)->saveLayout();
        page(i)->loader()->cancel();
    }
    event->accept();
}

void MainWindow::refresh()
{
    if (currentPage())
        currentPage()->refresh();
    else
        m_journalPage->reload();
}

void MainWindow::updateProgress()
{
    if (!m_stack)
        return;
    if (!currentPage()) {
        m_progressBar->hide();
        m_cancelButton->hide();
        m_progressLabel->setText(m_journalPage->countText());
        return;
    }
    const CollectionLoader *loader = currentPage()->loader();
    const bool running = loader->isRunning();
    m_progressBar->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progressBar->setRange(0, loader->totalCount() > 0 ? loader->totalCount() : 0);
    m_progressBar->setValue(loader->itemsLoaded());
    m_progressLabel->setText(currentPage()->progressText());
}

void MainWindow::exportCurrentList()
{
    ListPage *list = currentPage();
    const QString title = list ? list->title() : m_journalPage->title();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + title + QStringLiteral(".csv");
    const QString path = FileDialog::saveFileName(this, tr("Export visible rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool saved = list ? list->exportCsv(path) : m_journalPage->exportCsv(path);
    if (!saved)
        QMessageBox::warning(this, tr("Export failed"), tr("The file %1 could not be written.").arg(path));
    else
        statusBar()->showMessage(
            tr("Exported %Ln row(s) to %1.", nullptr, list ? list->proxy()->rowCount() : m_journalPage->visibleRows())
                .arg(path),
            8000);
}

// offboard://device/<id>, offboard://autopilot/<id>, offboard://user/<id or user principal name>
void MainWindow::openLink(const QUrl &link)
{
    const QString kind = link.host();
    const QString id = QUrl::fromPercentEncoding(link.path().mid(1).toUtf8());
    const int target = kind == QLatin1String("device") ? Devices
        : kind == QLatin1String("autopilot")           ? Autopilot
        : kind == QLatin1String("user")                ? Users
                                                       : -1;
    if (target < 0)
        return;
    showPage(target);
    m_pendingSelection = {target, id};
    trySelectPending();
}

void MainWindow::trySelectPending()
{
    if (m_pendingSelection.first < 0)
        return;
    ListPage *p = page(m_pendingSelection.first);
    const QString id = m_pendingSelection.second;
    if (p->selectId(id)) {
        m_pendingSelection = {-1, {}};
        return;
    }
    if (p->hasLoadFinished()) {
        // Not in the list by id (e.g. a user named by their UPN): search for it instead.
        p->searchField()->setText(id);
        m_pendingSelection = {-1, {}};
    }
}

void MainWindow::createActionEntries()
{
    const QHash<QString, QKeySequence> shortcuts = {
        {QStringLiteral("retire"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {QStringLiteral("deprovision"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {QStringLiteral("removeAllDevicesFromManagement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {QStringLiteral("disconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {QStringLiteral("unassignUserFromDevice"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
    };
    m_toolBar->addSeparator();
    for (const ActionDefinition &action : ActionCatalog::all()) {
        static const QHash<QString, QString> icons = {{QStringLiteral("retire"), QStringLiteral("retire")},
            {QStringLiteral("deprovision"), QStringLiteral("deprovision")},
            {QStringLiteral("removeAllDevicesFromManagement"), QStringLiteral("remove-all")},
            {QStringLiteral("disconnect"), QStringLiteral("disconnect")},
            {QStringLiteral("unassignUserFromDevice"), QStringLiteral("unassign")}};
        auto *entry = new QAction(this);
        entry->setIcon(actionIcon(icons.value(action.name)));
        entry->setShortcut(shortcuts.value(action.name));
        connect(entry, &QAction::triggered, this, [this, name = action.name] { requestAction(name); });
        m_actionEntries.insert(action.name, entry);
        m_actionsMenu->addAction(entry);
        m_toolBar->addAction(entry);
    }
    m_actionsMenu->addSeparator();
    m_offboardSelectedAction->setIcon(actionIcon(QStringLiteral("offboard")));
    m_actionsMenu->addAction(m_offboardSelectedAction);
    for (int i = 0; i < PageCount; ++i) {
        QList<QAction *> here;
        for (const ActionDefinition &action : ActionCatalog::all()) {
            if (action.target == page(i)->targetKind())
                here.append(m_actionEntries.value(action.name));
        }
        if (page(i)->targetKind() != ActionDefinition::Target::RemoteAssistancePartner)
            here.append(m_offboardSelectedAction);
        page(i)->setContextActions(here);
    }
}

QAction *MainWindow::actionFor(const QString &actionName) const
{
    return m_actionEntries.value(actionName);
}

ListPage *MainWindow::pageFor(ActionDefinition::Target kind) const
{
    for (int i = 0; i < PageCount; ++i) {
        if (page(i)->targetKind() == kind)
            return page(i);
    }
    return nullptr;
}

// An action is offered on the list of its kind of object, when rows are selected and the sign-in may run it;
// otherwise its tooltip says why not.
void MainWindow::updateActionStates()
{
    if (m_actionEntries.isEmpty() || !m_stack)
        return;
    updateOffboardSelected();
    for (const ActionDefinition &action : ActionCatalog::all()) {
        QAction *entry = m_actionEntries.value(action.name);
        const bool here = currentPage() && currentPage()->targetKind() == action.target;
        entry->setVisible(here);
        const ActionCatalog::Permission permission = m_actions->permission(action);
        const QList<int> rows = here ? currentPage()->selectedSourceRows() : QList<int>();
        const bool nothingToDo = m_actions->changesNothing(action, rows);
        entry->setEnabled(!rows.isEmpty() && permission.allowed && !nothingToDo);
        entry->setToolTip(!permission.allowed ? permission.reason
                : rows.isEmpty()              ? tr("Select one or more rows first.")
                : nothingToDo                 ? tr("Nothing to do: every selected row already shows what this action "
                                                                   "leaves behind.")
                                              : ActionCatalog::consequence(action));
    }
}

// Devices and Autopilot identities by their Graph id, people by their user principal name: the wizard resolves
// each exactly, with everything that belongs to it.
void MainWindow::offboardSelected()
{
    ListPage *source = currentPage();
    if (!source || source->targetKind() == ActionDefinition::Target::RemoteAssistancePartner)
        return;
    QStringList identifiers;
    for (const ActionTarget &target : source->selectedTargets())
        identifiers.append(source->targetKind() == ActionDefinition::Target::User && !target.detail.isEmpty()
                ? target.detail
                : target.id);
    if (!identifiers.isEmpty())
        m_actions->startOffboarding(identifiers);
}

void MainWindow::updateOffboardSelected()
{
    ListPage *source = currentPage();
    const bool offboardable = source && source->targetKind() != ActionDefinition::Target::RemoteAssistancePartner;
    const int selected = offboardable ? int(source->selectedSourceRows().size()) : 0;
    const bool person = offboardable && source->targetKind() == ActionDefinition::Target::User;
    m_offboardSelectedAction->setVisible(offboardable);
    m_offboardSelectedAction->setEnabled(selected > 0);
    m_offboardSelectedAction->setText(selected == 1 && person ? tr("&Offboard this person…")
            : selected == 1                                   ? tr("&Offboard this device…")
                                                              : tr("&Offboard the selected…"));
    m_offboardSelectedAction->setToolTip(selected > 0 ? tr("Find everything that belongs to the selection in Intune, "
                                                           "Autopilot and Entra ID, and plan its offboarding")
                                                      : tr("Select one or more rows first."));
}

void MainWindow::requestAction(const QString &actionName)
{
    const ActionDefinition *action = ActionCatalog::find(actionName);
    ListPage *source = action ? pageFor(action->target) : nullptr;
    if (source && source == currentPage())
        m_actions->request(*action, source->selectedTargets());
}

// Requests journaled as intents but never given an outcome: the app stopped while they were on their way.
// Drawn for Offboard (resources/actions), in the two sizes toolbars and menus ask for.
QIcon MainWindow::actionIcon(const QString &name)
{
    QIcon icon;
    for (int size : {24, 48})
        icon.addFile(QStringLiteral(":/actions/%1-%2.png").arg(name).arg(size), QSize(size, size));
    return icon;
}

// A red bar, hidden until there is something to say: a message and the one button that deals with it.
QWidget *MainWindow::createWarningBar(QWidget *parent, const QString &name, QLabel **label, QPushButton **button)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(name);
    bar->setStyleSheet(QStringLiteral("QWidget#%1 { background: #fde7e9; border: 1px solid #d13438; }").arg(name));
    auto *row = new QHBoxLayout(bar);
    *label = new QLabel(bar);
    (*label)->setWordWrap(true);
    *button = new QPushButton(bar);
    row->addWidget(*label, 1);
    row->addWidget(*button);
    bar->hide();
    return bar;
}

void MainWindow::offerRecovery()
{
    const QDateTime interrupted = m_actions->interruptedOffboarding();
    m_resumeBar->setVisible(interrupted.isValid());
    if (interrupted.isValid())
        m_resumeLabel->setText(tr("An offboarding run started %1 did not finish: Offboard stopped during it. Resume "
                                  "it: steps the journal shows as sent are checked with Microsoft Graph, never sent "
                                  "again; the others are sent after a new confirmation.")
                                   .arg(QLocale().toString(interrupted.toLocalTime(), QLocale::ShortFormat)));
    const int open = int(m_actions->unresolvedIntents().size());
    m_recoveryBar->setVisible(open > 0);
    if (open > 0)
        m_recoveryLabel->setText(
            tr("%n action request(s) from an earlier session have no recorded outcome: Offboard stopped while "
               "sending them, so they may or may not have happened. Nothing is sent again by itself; verify "
               "them to see what Microsoft Graph says now.",
                nullptr, open));
}

void MainWindow::verifyUnresolvedIntents()
{
    m_actions->verifyUnresolvedIntents();
}

void MainWindow::focusNextPane(int step)
{
    QList<QWidget *> panes {m_navigation};
    if (ListPage *page = currentPage())
        panes += {page->searchField(), page->view(), page->detailsView()};
    else
        panes += m_journalPage;
    int at = 0;
    for (int i = 0; i < panes.size(); ++i) {
        if (panes.at(i) == focusWidget() || panes.at(i)->isAncestorOf(focusWidget()))
            at = i;
    }
    QWidget *next = panes.at((at + step + int(panes.size())) % int(panes.size()));
    if (next == m_journalPage)
        m_journalPage->focusSearch();
    else
        next->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}
