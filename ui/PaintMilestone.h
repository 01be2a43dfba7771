#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Reaches a milestone (core/platform/Milestones) once a widget has painted while a condition holds: at the next turn
// of the event loop after that paint, when the frame has been handed to the screen.
class PaintMilestone : public QObject
{
    Q_OBJECT

public:
    static void watch(QWidget *widget, const char *name, std::function<bool()> condition = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaintMilestone(QWidget *widget, const char *name, std::function<bool()> condition);

    const char *m_name;
    std::function<bool()> m_condition;
};
