#pragma once

#include "AccessToken.h"
#include "ActionCatalog.h"
#include "ActionRunner.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

// Says exactly what will happen to which objects before anything is sent. Cancel is the default button; for several
// targets, or for removeAllDevicesFromManagement, the operator types the count (or the one target's name) first;
// deprovision needs a reason; an action the sign-in may not run cannot be confirmed at all.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmActionDialog(const ActionDefinition &action, const QList<ActionTarget> &targets, const AccessToken &token,
                        const QUrl &graphBase, QWidget *parent = nullptr);

    // What the operator must type, or empty when no typing is asked for.
    QString expectedConfirmation() const { return m_expected; }
    QString deprovisionReason() const;
    bool canConfirm() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString requestText() const;

private:
    void updateState();

    const ActionDefinition &m_action;
    QList<ActionTarget> m_targets;
    QUrl m_graphBase;
    ActionCatalog::Permission m_permission;
    QString m_expected;
    QLabel *m_heading = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_typed = nullptr;
    QToolButton *m_showRequest = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
};
