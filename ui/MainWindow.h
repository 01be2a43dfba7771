#pragma once

#include "AccessToken.h"
#include "GraphError.h"

#include <QMainWindow>

class GraphClient;
class ManagedDeviceModel;
class PageLoader;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class Translator;

struct SessionInfo
{
    AccessToken token;
    QString tenantName;
    QString cloudName;
    bool demo = false;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(GraphClient *client, const SessionInfo &session, Translator *translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *deviceView() const { return m_view; }
    ManagedDeviceModel *deviceModel() const { return m_model; }
    PageLoader *deviceLoader() const { return m_loader; }

    void setSession(const SessionInfo &session);
    // A calm, dismissable notice above the list (e.g. the keychain could not keep the sign-in).
    void showNotice(const QString &text);

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
    void createCentralArea();
    void createStatusBar();
    void retranslate();
    void updateProgress();
    void showLoadError(const GraphError &error);
    void updateSearch(const QString &text);
    void fitColumnsToHeaders();

    GraphClient *m_client;
    SessionInfo m_session;
    Translator *m_translator;
    ManagedDeviceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PageLoader *m_loader;
    GraphError m_lastError;
    bool m_loadFinished = false;

    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_demoBanner = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_copyErrorButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_identityLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QLabel *m_notice = nullptr;
    int m_waitSeconds = 0;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_russianAction = nullptr;
};
