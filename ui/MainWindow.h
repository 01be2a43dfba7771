#pragma once

#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/auth/AccessToken.h"
#include "core/journal/Journal.h"
#include "core/model/ListModels.h"

#include <functional>
#include <memory>

#include <QIcon>
#include <QMainWindow>

class ActionController;
class ActionProgressDialog;
class AutopilotPage;
class DevicePage;
class GraphClient;
class JournalPage;
class ListPage;
class CollectionLoader;
class PartnerPage;
class QAction;
class QActionGroup;
class QLabel;
class QPushButton;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;
class Translator;
class UserPage;

struct SessionInfo
{
    AccessToken token;
    QString tenantName;
    QString cloudName;
    bool demo = false;
    bool readOnly = false; // the profile's read-only sign-in: no action runs, whatever the token allows
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(GraphClient *client, const SessionInfo &session, Translator *translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The four lists, then the journal (JournalPageIndex) in the same navigation.
    enum PageIndex { Devices, Autopilot, Users, Partners, PageCount, JournalPageIndex = PageCount };
    ListPage *page(int index) const;
    // The list shown, or nullptr while the journal is shown.
    ListPage *currentPage() const;
    JournalPage *journalPage() const { return m_journalPage; }
    void showPage(int index);
    DevicePage *devicePage() const { return m_devices; }
    QTableView *deviceView() const;
    ManagedDeviceModel *deviceModel() const;
    CollectionLoader *deviceLoader() const;

    void setSession(const SessionInfo &session);
    // Opens the confirmation for an action on the current list's selection; nothing is sent before it is confirmed.
    void requestAction(const QString &actionName);
    void offboardSelected();
    bool refuseWhileOffboarding();
    static QIcon actionIcon(const QString &name);
    static QWidget *createWarningBar(QWidget *parent, const QString &name, QLabel **label, QPushButton **button);
    void updateOffboardSelected();
    QAction *actionFor(const QString &actionName) const;
    Journal *journal() const;
    ActionController *actions() const { return m_actions; }
    QWidget *recoveryBar() const { return m_recoveryBar; }
    QWidget *resumeBar() const { return m_resumeBar; }
    // Reads every target whose request has no recorded outcome and records what Graph says now; sends nothing else.
    void verifyUnresolvedIntents();
    // A calm notice above the lists (e.g. the keychain could not keep the sign-in).
    void showNotice(const QString &text);
    QString notice() const;
    const SessionInfo &session() const { return m_session; }
    void openLink(const QUrl &link);

public slots:
    void refresh();

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void retranslate();
    void updateProgress();
    void exportCurrentList();
    void trySelectPending();
    void createActionEntries();
    void updateActionStates();
    void offerRecovery();
    // F6 and Ctrl+Tab move to the next pane (list navigation, search, table, details), Shift+F6 and Ctrl+Shift+Tab
    // back.
    void focusNextPane(int step);
    ListPage *pageFor(ActionDefinition::Target kind) const;

    GraphClient *m_client;
    SessionInfo m_session;
    Translator *m_translator;
    DevicePage *m_devices = nullptr;
    AutopilotPage *m_autopilot = nullptr;
    UserPage *m_users = nullptr;
    PartnerPage *m_partners = nullptr;
    JournalPage *m_journalPage = nullptr;
    QPair<int, QString> m_pendingSelection {-1, {}};

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_demoBanner = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_identityLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QHash<QString, QAction *> m_actionEntries;
    ActionController *m_actions = nullptr;
    QWidget *m_recoveryBar = nullptr;
    QWidget *m_resumeBar = nullptr;
    QLabel *m_resumeLabel = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newOffboardingAction = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_openEvidenceAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_offboardSelectedAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_russianAction = nullptr;
};
