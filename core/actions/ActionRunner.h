#pragma once

#include "core/actions/ActionCatalog.h"
#include "core/auth/AccessToken.h"
#include "core/graph/GraphError.h"
#include "core/journal/Journal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class BatchRequest;
class GraphClient;
class GraphRequest;

// One object an action is run on, identified by its exact Graph id.
struct ActionTarget
{
    QString id;
    QString name; // device name, user display name, partner name, serial number
    QString detail; // serial number or user principal name
};

struct ActionResult
{
    enum class Status { NotSent, Done, Failed, Unknown, AwaitingApproval };

    ActionTarget target;
    Status status = Status::NotSent;
    int httpStatus = 0;
    GraphError error;
    QString requestId; // Graph's request-id, done or not
    QString operationId;
};

// Runs one action on many targets: every request is journaled (intent before it is sent, outcome after), one target
// goes as a single POST and many as $batch, paced at Intune's write limit (GraphClient::writePacer, shared by all).
// Nothing is ever sent twice on its own: a request whose fate is unknown is reported as such, to be checked, never
// resent.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    ActionRunner(GraphClient *client, Journal *journal, const AccessToken &token, QObject *parent = nullptr);
    ~ActionRunner() override;

    void run(const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &deprovisionReason = {});
    // Targets not yet sent are never sent, nor are requests waiting out a Retry-After; what is on the wire still
    // reports.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<ActionResult> &results() const { return m_results; }
    // The failed targets (not the unknown ones, which must be checked first), for "retry failed".
    QList<ActionTarget> failedTargets() const;

signals:
    void targetFinished(const ActionResult &result);
    void progress(int finished, int total);
    void waiting(int seconds);
    void finished();
    // The journal could not be written: nothing more is sent.
    void journalFailed(const QString &message);

private:
    JournalEntry entryFor(int index, JournalEntry::Kind kind) const;
    void refuseInvalidId(int index);
    void sendSingle(int index);
    void sendBatch(const QList<int> &indexes);
    bool journalIntent(int index);
    void journalNotSent();
    void record(int index, int httpStatus, const GraphError &error, const QString &requestId);
    void finishRun();

    GraphClient *m_client;
    Journal *m_journal;
    AccessToken m_token;
    const ActionDefinition *m_action = nullptr;
    QString m_reason;
    QList<ActionResult> m_results;
    QHash<QString, int> m_indexOfOperation;
    QPointer<BatchRequest> m_batch;
    QPointer<GraphRequest> m_single;
    QSet<int> m_intentJournaled;
    int m_finished = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ActionResult)
