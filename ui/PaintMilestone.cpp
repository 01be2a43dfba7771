#include "ui/PaintMilestone.h"

#include "core/platform/Milestones.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

PaintMilestone::PaintMilestone(QWidget *widget, const char *name, std::function<bool()> condition)
    : QObject(widget)
    , m_name(name)
    , m_condition(std::move(condition))
{
    widget->installEventFilter(this);
}

void PaintMilestone::watch(QWidget *widget, const char *name, std::function<bool()> condition)
{
    new PaintMilestone(widget, name, std::move(condition));
}

bool PaintMilestone::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && (!m_condition || m_condition())) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            Milestones::reach(m_name);
            deleteLater();
        });
    }
    return false;
}
