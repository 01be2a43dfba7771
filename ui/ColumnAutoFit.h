#pragma once

#include <QObject>

class QTableView;

// Sizes a table's columns to their titles and first rows (Russian titles are long), again whenever asked: after
// loading, when rows arrive, after a language switch. Only until the operator sizes a column with the mouse, or when
// the view starts with a saved layout: then the widths are theirs.
class ColumnAutoFit : public QObject
{
    Q_OBJECT

public:
    explicit ColumnAutoFit(QTableView *view);

    void fit();
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    bool m_enabled = true;
    bool m_fitting = false;
    bool m_headerPressed = false;
};
