#pragma once

#include "core/journal/Journal.h"

#include <QWidget>

class ColumnAutoFit;
class JournalFilter;
class JournalModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Every action request Offboard has journaled, with filters and CSV export: what was done, to what, by whom, and
// what Graph answered.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(Journal *journal, QWidget *parent = nullptr);

    QString title() const { return tr("Journal"); }
    // Reads the journal file again (on a worker thread: it grows for years).
    void reload();
    void focusSearch();
    bool exportCsv(const QString &path) const;
    QString countText() const;
    int visibleRows() const;
    QTableView *view() const { return m_view; }
    JournalFilter *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *periodFilter() const { return m_period; }

signals:
    void countChanged();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFilterChoices();
    void applyFilters();

    Journal *m_journal;
    QList<JournalEntry> m_entries;
    int m_reloads = 0;
    ColumnAutoFit *m_columnFit = nullptr;
    JournalModel *m_model;
    JournalFilter *m_filter;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
};
