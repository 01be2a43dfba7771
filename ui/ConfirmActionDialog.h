#pragma once

#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/auth/AccessToken.h"

#include <QDialog>
#include <QUrl>

class GraphClient;
class UserDevicesLookup;
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
    // The client is only read from: for removeAllDevicesFromManagement, to list each user's devices first.
    ConfirmActionDialog(const ActionDefinition &action, const QList<ActionTarget> &targets, const AccessToken &token,
        GraphClient *client, QWidget *parent = nullptr);

    // What the operator must type, or empty when no typing is asked for.
    QString expectedConfirmation() const { return m_expected; }
    QString deprovisionReason() const;
    bool canConfirm() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString requestText() const;
    // removeAllDevicesFromManagement: the devices Graph lists for the users, shown before it can be confirmed.
    QTableWidget *userDevicesTable() const { return m_userDevices; }
    UserDevicesLookup *userDevicesLookup() const { return m_lookup; }

private:
    void updateState();
    void addUserDevicesSection(QLayout *layout);
    void showUserDevices();
    void growToFit();

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
    UserDevicesLookup *m_lookup = nullptr;
    QLabel *m_userDevicesLabel = nullptr;
    QTableWidget *m_userDevices = nullptr;
    QPushButton *m_lookupAgain = nullptr;
};
