#pragma once

#include "ui/HtmlFragment.h"

#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphError.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class EntityTableModelBase;
class ListFilterProxy;
class CollectionLoader;
class QCheckBox;
class FlowLayout;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class ColumnAutoFit;

// One list (managed devices, Autopilot devices, users, partners): rows appear as pages arrive; instant search,
// filters, sortable columns with a chooser and a saved layout, copy, CSV export, server-side lookup for very large
// tenants, and a detail pane with links to related objects.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    struct Collection
    {
        ApiVersion version = ApiVersion::V1;
        QString path;
        QStringList select;
        int pageSize = 0;
        bool directoryObjects = false; // users: $count is an advanced query there
        // A date property that only moves forward: the collection is read in slices of it, in parallel (empty: page
        // by page).
        QString partitionProperty = {};
    };

    ListPage(GraphClient *client, EntityTableModelBase *model, const Collection &collection, const QString &settingsKey,
        QWidget *parent = nullptr);
    ~ListPage() override;

    QTableView *view() const { return m_view; }
    ListFilterProxy *proxy() const { return m_proxy; }
    EntityTableModelBase *entities() const { return m_model; }
    CollectionLoader *loader() const { return m_loader; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *detailsView() const { return m_details; }
    virtual QString title() const = 0;

    void ensureLoaded();
    bool hasLoadFinished() const { return m_finished; }
    QString progressText() const;
    // The error bar's text while it is shown (why the list could not be loaded), else empty.
    QString shownError() const;
    void focusSearch();
    bool selectId(const QString &id);
    QList<int> selectedSourceRows() const;
    bool exportCsv(const QString &path) const;
    QString visibleRowsAsText(bool onlySelected) const;
    void saveLayout() const;
    // What the five actions can act on in this list, and the selected rows as action targets.
    virtual ActionDefinition::Target targetKind() const = 0;
    virtual QList<ActionTarget> selectedTargets() const = 0;
    // Entries added to the table's context menu (the actions that apply here).
    void setContextActions(const QList<QAction *> &actions);
    // The columns first on screen and those hidden, for an operator with no saved layout of this list.
    void setDefaultColumns(const QStringList &leading, const QStringList &hidden);
    // An action changed this object (its row is already updated): forget what was fetched about it.
    virtual void objectChanged(const QString &id) { Q_UNUSED(id) }

public slots:
    void refresh();

signals:
    void progressChanged();
    void linkActivated(const QUrl &link);
    void selectionChanged();

protected:
    // Graph $filter that looks up text on the server, or empty if this list has no server-side lookup.
    virtual QString serverFilter(const QString &text) const;
    virtual bool accepts(int sourceRow) const;
    virtual QString describe(int sourceRow) const = 0;
    // Called before describe() for the one selected row: starts what the description needs from Graph, if anything.
    virtual void prepareDetails(int sourceRow) { Q_UNUSED(sourceRow) }
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    void reapplyFilters();
    void updateDetails();
    FlowLayout *filterBar() const { return m_filterBar; }
    // One row of the detail pane. Plain text is escaped here, always; markup must say so by being an HtmlFragment.
    static QString row(const QString &label, const QString &text);
    static QString row(const QString &label, const HtmlFragment &value, bool oneWord = false);
    static HtmlFragment link(const QString &kind, const QString &id, const QString &text);
    GraphClient *client() const { return m_client; }

private:
    void buildUi();
    void startLoading(const QString &filter);
    QString loadingText() const;
    void showError(const GraphError &error);
    static QString errorText(const GraphError &error);
    void appendRows(const std::shared_ptr<void> &rows);
    void showHeaderMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);
    void fitColumnsToContent();
    QList<int> visibleColumns() const; // logical indexes, in the order the user sees them
    QStringList rowCells(int proxyRow, const QList<int> &columns) const;

    GraphClient *m_client;
    EntityTableModelBase *m_model;
    Collection m_collection;
    QString m_settingsKey;
    ListFilterProxy *m_proxy;
    CollectionLoader *m_loader;
    bool m_started = false;
    bool m_finished = false;
    int m_waitSeconds = 0;
    GraphError m_lastError;
    QString m_serverQuery;
    QList<QAction *> m_contextActions;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_serverSearch = nullptr;
    FlowLayout *m_filterBar = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_copyError = nullptr;
    QPushButton *m_retry = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    ColumnAutoFit *m_columnFit = nullptr;
    QTimer m_repaintPause;
    QTextBrowser *m_details = nullptr;
    QVBoxLayout *m_detailActions = nullptr;
};
