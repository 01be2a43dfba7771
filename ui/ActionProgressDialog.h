#pragma once

#include "core/actions/ActionRunner.h"

#include <QDialog>
#include <QHash>

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
    ActionProgressDialog(GraphClient *client, Journal *journal, const AccessToken &token,
        const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &deprovisionReason,
        QWidget *parent = nullptr);

    void start();
    ActionRunner *runner() const { return m_runner; }
    bool isRunning() const { return m_runner->isRunning(); }
    // Sends nothing more and closes once what is on the wire has reported (quitting or signing out during a run).
    void stopAndClose();
    // Every target's latest result, across "Retry failed" rounds.
    QList<ActionResult> results() const;
    // Asks whether to stop a running action; true if the operator chose to stop.
    static bool confirmStop(QWidget *parent, const QString &question);
    bool exportResults(const QString &path) const;
    static QString statusText(ActionResult::Status status);

signals:
    // A target the action has changed, so the lists can show its new state without reloading.
    void targetDone(const ActionDefinition &action, const ActionTarget &target);

public slots:
    void reject() override;

private:
    void showResult(const ActionResult &result);
    void onFinished();
    void retryFailed();
    void runOn(const QList<ActionTarget> &targets);
    int rowOf(const QString &targetId) const;
    // Only what Graph refused; an unknown outcome is never among them.
    QList<ActionTarget> failedTargets() const;

    GraphClient *m_client;
    Journal *m_journal;
    AccessToken m_token;
    const ActionDefinition &m_action;
    QList<ActionTarget> m_targets; // every target of the run, in the table's order
    QHash<QString, ActionResult> m_latest; // by target id
    QString m_reason;
    ActionRunner *m_runner;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
    bool m_closeWhenFinished = false;
};
