#include "core/actions/ActionRunner.h"

#include "core/graph/BatchRequest.h"
#include "core/graph/GraphClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace {
bool needsApproval(const GraphError &error)
{
    return error.httpStatus == 403
        && error.message.contains(QLatin1String("Multi Admin Approval"), Qt::CaseInsensitive);
}
} // namespace

ActionRunner::ActionRunner(GraphClient *client, Journal *journal, const AccessToken &token, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_token(token)
{
}

ActionRunner::~ActionRunner()
{
    // Whatever still waits to be sent again must not go out once the run's owner is gone.
    if (m_single) {
        m_single->disconnect(this);
        m_single->abort();
    }
    delete m_batch;
}

void ActionRunner::run(
    const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &deprovisionReason)
{
    m_action = &action;
    m_reason = deprovisionReason;
    m_results.clear();
    m_indexOfOperation.clear();
    m_intentJournaled.clear();
    m_finished = 0;
    m_running = true;
    QList<int> sendable;
    QList<int> invalid;
    for (const ActionTarget &target : targets) {
        ActionResult result;
        result.target = target;
        result.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_indexOfOperation.insert(result.operationId, int(m_results.size()));
        (action.acceptsTargetId(target.id) ? sendable : invalid).append(int(m_results.size()));
        m_results.append(result);
    }
    emit progress(0, int(m_results.size()));
    for (int index : std::as_const(invalid))
        refuseInvalidId(index);
    if (sendable.isEmpty())
        return finishRun();
    if (sendable.size() == 1)
        return sendSingle(sendable.first());
    sendBatch(sendable);
}

// Checked before anything leaves: an id that is not the kind Graph gives (a GUID, or a UPN for users) could change
// which object, or which endpoint, the request reaches.
void ActionRunner::refuseInvalidId(int index)
{
    ActionResult &r = m_results[index];
    r.status = ActionResult::Status::Failed;
    r.error = GraphError::invalidResponse(
        tr("\"%1\" is not a valid Microsoft Graph id for this action; nothing was sent.").arg(r.target.id));
    ++m_finished;
    emit targetFinished(r);
    emit progress(m_finished, int(m_results.size()));
}

void ActionRunner::sendSingle(int index)
{
    if (!journalIntent(index))
        return finishRun();
    const QByteArray body = ActionCatalog::body(*m_action, m_reason);
    const QUrl url = m_client->resourceUrl(m_action->version, m_action->path(m_results[index].target.id));
    if (m_action->method == "DELETE")
        m_single = m_client->deleteResource(url);
    else if (m_action->method == "PATCH")
        m_single = m_client->patch(url, body);
    else
        m_single = m_client->post(url, body);
    connect(m_single, &GraphRequest::retrying, this, [this](int seconds, int) { emit waiting(seconds); });
    connect(m_single, &GraphRequest::paced, this, [this](int ms) { emit waiting((ms + 999) / 1000); });
    connect(m_single, &GraphRequest::finished, this, [this, index](const GraphResponse &response) {
        record(index, response.httpStatus, response.error, response.requestId);
        finishRun();
    });
}

void ActionRunner::sendBatch(const QList<int> &indexes)
{
    const QJsonObject body = QJsonDocument::fromJson(ActionCatalog::body(*m_action, m_reason)).object();
    QList<BatchItem> items;
    for (int index : indexes) {
        BatchItem item;
        item.id = m_results[index].operationId;
        item.method = m_action->method;
        item.url = m_action->path(m_results[index].target.id);
        item.body = body;
        items.append(item);
    }
    m_batch = new BatchRequest(m_client, m_action->version, items, this);
    connect(m_batch, &BatchRequest::sending, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (!journalIntent(m_indexOfOperation.value(id))) {
                m_batch->cancel(); // this batch does not leave
                return;
            }
        }
    });
    connect(m_batch, &BatchRequest::waiting, this, &ActionRunner::waiting);
    connect(m_batch, &BatchRequest::itemFinished, this, [this](const BatchItemResult &item) {
        record(m_indexOfOperation.value(item.id), item.status, item.error, item.requestId);
    });
    connect(m_batch, &BatchRequest::finished, this, &ActionRunner::finishRun);
    m_batch->start();
}

JournalEntry ActionRunner::entryFor(int index, JournalEntry::Kind kind) const
{
    const ActionResult &r = m_results.at(index);
    JournalEntry entry;
    entry.kind = kind;
    entry.operationId = r.operationId;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorName = m_token.operatorName();
    entry.tenantId = m_token.tenantId();
    entry.graphHost = m_client->baseUrl().host();
    entry.action = m_action->name;
    entry.apiVersion = m_action->version == ApiVersion::V1 ? QStringLiteral("v1.0") : QStringLiteral("beta");
    entry.targetId = r.target.id;
    entry.targetName = r.target.name;
    return entry;
}

bool ActionRunner::journalIntent(int index)
{
    JournalEntry entry = entryFor(index, JournalEntry::Kind::Intent);
    entry.message = m_reason;
    QString error;
    if (m_journal->append(entry, &error)) {
        m_intentJournaled.insert(index);
        return true;
    }
    emit journalFailed(
        tr("The audit journal %1 could not be written (%2), so nothing more is sent.").arg(m_journal->path(), error));
    return false;
}

void ActionRunner::record(int index, int httpStatus, const GraphError &error, const QString &requestId)
{
    ActionResult &r = m_results[index];
    r.httpStatus = httpStatus;
    r.error = error;
    JournalEntry::Outcome outcome;
    // A 2xx status line followed by a broken connection is not "done": that is error.outcomeUnknown.
    if (httpStatus >= 200 && httpStatus < 300 && !error.isError()) {
        r.status = ActionResult::Status::Done;
        outcome = JournalEntry::Outcome::Done;
    } else if (error.outcomeUnknown) {
        r.status = ActionResult::Status::Unknown;
        outcome = JournalEntry::Outcome::Unknown;
    } else if (needsApproval(error)) {
        r.status = ActionResult::Status::AwaitingApproval;
        outcome = JournalEntry::Outcome::ApprovalRequired;
    } else {
        r.status = ActionResult::Status::Failed;
        outcome = JournalEntry::Outcome::Failed;
    }
    JournalEntry entry = entryFor(index, JournalEntry::Kind::Outcome);
    entry.outcome = outcome;
    entry.httpStatus = httpStatus;
    entry.requestId = error.requestId.isEmpty() ? requestId : error.requestId;
    r.requestId = entry.requestId;
    entry.message = error.isError() ? error.summary() : QString();
    QString journalError;
    if (!m_journal->append(entry, &journalError))
        emit journalFailed(tr("The audit journal %1 could not be written (%2).").arg(m_journal->path(), journalError));
    ++m_finished;
    emit targetFinished(r);
    emit progress(m_finished, int(m_results.size()));
}

void ActionRunner::cancel()
{
    if (m_batch)
        m_batch->cancel();
    if (m_single && m_single->isWaitingToRetry()) {
        // Turned away by Graph (429/503) and waiting to go again: it was not carried out, and now never will be.
        m_single->disconnect(this);
        m_single->abort();
        finishRun();
    }
}

void ActionRunner::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    journalNotSent();
    emit finished();
}

// Requests whose intent is on record but which never went out, or went out only to be turned away (stopped while
// waiting out a Retry-After, or held back because a later intent of the same batch could not be journaled), get their
// outcome too, so they are not offered as "may or may not have happened" after a restart.
void ActionRunner::journalNotSent()
{
    for (int index : std::as_const(m_intentJournaled)) {
        const ActionResult &r = m_results.at(index);
        if (r.status != ActionResult::Status::NotSent)
            continue;
        JournalEntry entry = entryFor(index, JournalEntry::Kind::Outcome);
        entry.outcome = JournalEntry::Outcome::NotSent;
        entry.message = tr("Stopped before it was sent (again): Microsoft Graph did not carry it out.");
        QString error;
        if (!m_journal->append(entry, &error)) {
            emit journalFailed(tr("The audit journal %1 could not be written (%2).").arg(m_journal->path(), error));
            return; // one message is enough; the rest would fail the same way
        }
    }
}

QList<ActionTarget> ActionRunner::failedTargets() const
{
    QList<ActionTarget> failed;
    for (const ActionResult &r : m_results) {
        if (r.status == ActionResult::Status::Failed)
            failed.append(r.target);
    }
    return failed;
}
