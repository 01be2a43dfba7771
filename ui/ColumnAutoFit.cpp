#include "ui/ColumnAutoFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

ColumnAutoFit::ColumnAutoFit(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    // Only a column dragged with the mouse is the operator's: hiding one, the stretched last one or a moved one is not.
    view->horizontalHeader()->viewport()->installEventFilter(this);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_headerPressed && !m_fitting)
            m_enabled = false;
    });
}

void ColumnAutoFit::fit()
{
    if (!m_enabled || !m_view->model())
        return;
    constexpr int SampleRows = 200;
    constexpr int MinWidth = 80;
    constexpr int MaxWidth = 360;
    const QAbstractItemModel *model = m_view->model();
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics cells = m_view->fontMetrics();
    const int rows = qMin(SampleRows, model->rowCount());
    m_fitting = true;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        int width = header->fontMetrics().horizontalAdvance(title) + 36;
        for (int row = 0; row < rows; ++row)
            width = qMax(width, cells.horizontalAdvance(model->index(row, column).data().toString()) + 16);
        header->resizeSection(column, qBound(MinWidth, width, MaxWidth));
    }
    m_fitting = false;
}

bool ColumnAutoFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress)
        m_headerPressed = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_headerPressed = false;
    return QObject::eventFilter(watched, event);
}
