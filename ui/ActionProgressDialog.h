#pragma once

#include "ActionRunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Runs one confirmed action and shows each target's fate: done, failed with Graph's message and request-id,
// awaiting approval, outcome unknown, or not sent. Stop sends nothing more; failed targets can be tried again.
class ActionProgressDialog : public QDialog
{
    Q_OBJECT

public:
    ActionProgressDialog(GraphClient *client, Journal *journal, const AccessToken &token, const ActionDefinition &action,
                         const QList<ActionTarget> &targets, const QString &deprovisionReason, QWidget *parent = nullptr);

    void start();
    ActionRunner *runner() const { return m_runner; }
    bool exportResults(const QString &path) const;
    static QString statusText(ActionResult::Status status);

signals:
    // A target the action has changed, so the lists can show its new state without reloading.
    void targetDone(const ActionDefinition &action, const ActionTarget &target);

private:
    void showResult(const ActionResult &result);
    void onFinished();
    void retryFailed();

    GraphClient *m_client;
    Journal *m_journal;
    AccessToken m_token;
    const ActionDefinition &m_action;
    QList<ActionTarget> m_targets;
    QString m_reason;
    ActionRunner *m_runner;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
};
