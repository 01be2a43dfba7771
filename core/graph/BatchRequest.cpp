#include "core/graph/BatchRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <utility>

namespace {
// Header names in a batch answer are as the service wrote them; HTTP says they are case-insensitive.
QString headerValue(const QJsonObject &headers, const char *name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}
} // namespace

BatchRequest::BatchRequest(GraphClient *client, ApiVersion version, const QList<BatchItem> &items, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_version(version)
    , m_queue(items)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer); // never before Retry-After or the end of the write window
    connect(m_waitTimer, &QTimer::timeout, this, &BatchRequest::sendNext);
}

QList<QList<BatchItem>> BatchRequest::pack(const QList<BatchItem> &items, QString *error)
{
    // Union-find over dependsOn: every connected group goes into one batch.
    QHash<QString, int> indexOf;
    for (int i = 0; i < items.size(); ++i)
        indexOf.insert(items[i].id, i);
    QVector<int> parent(items.size());
    for (int i = 0; i < parent.size(); ++i)
        parent[i] = i;
    std::function<int(int)> root = [&](int i) { return parent[i] == i ? i : (parent[i] = root(parent[i])); };
    for (int i = 0; i < items.size(); ++i) {
        for (const QString &dependency : items[i].dependsOn) {
            if (!indexOf.contains(dependency)) {
                *error = QStringLiteral("request %1 depends on unknown request %2").arg(items[i].id, dependency);
                return {};
            }
            parent[root(i)] = root(indexOf.value(dependency));
        }
    }
    QList<QList<BatchItem>> groups;
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < items.size(); ++i) {
        const int r = root(i);
        if (!groupOfRoot.contains(r)) {
            groupOfRoot.insert(r, int(groups.size()));
            groups.append(QList<BatchItem>());
        }
        groups[groupOfRoot.value(r)].append(items[i]);
    }
    QList<QList<BatchItem>> batches;
    for (const auto &group : groups) {
        if (group.size() > MaxPerBatch) {
            *error = QStringLiteral("%1 requests depend on each other; a batch holds at most %2")
                         .arg(group.size())
                         .arg(MaxPerBatch);
            return {};
        }
        if (batches.isEmpty() || batches.last().size() + group.size() > MaxPerBatch)
            batches.append(QList<BatchItem>());
        batches.last().append(group);
    }
    return batches;
}

void BatchRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &BatchRequest::sendNext);
}

BatchRequest::~BatchRequest()
{
    // Nothing may go out once its owner is gone, not even a retry of the $batch after a 429.
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
    }
}

void BatchRequest::cancel()
{
    m_cancelled = true;
    m_waitTimer->stop();
    if (m_inFlight && m_inFlight->isWaitingToRetry()) {
        // The $batch itself was turned away (429/503) and waits to be sent again: Graph did none of it, so its
        // requests go back to the unsent ones instead.
        m_inFlight->disconnect(this);
        m_inFlight->abort();
        m_inFlight = nullptr;
        m_queue = m_inFlightBatch + m_queue;
        m_inFlightBatch.clear();
    }
    if (!m_inFlight)
        QTimer::singleShot(0, this, &BatchRequest::finishOnce);
}

void BatchRequest::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

// The queued requests that may go now, in order; nextReadyMs is when the first of the others may.
QList<BatchItem> BatchRequest::readyItems(qint64 nowMs, qint64 *nextReadyMs) const
{
    QList<BatchItem> ready;
    *nextReadyMs = 0;
    for (const auto &item : m_queue) {
        const qint64 notBefore = m_notBefore.value(item.id);
        if (notBefore <= nowMs)
            ready.append(item);
        else if (*nextReadyMs == 0 || notBefore < *nextReadyMs)
            *nextReadyMs = notBefore;
    }
    return ready;
}

// A batch of independent requests shortened to the writes that may go now, so the last room under a limit is used
// rather than left until the next window; a batch with dependencies stays whole.
QList<BatchItem> BatchRequest::fitted(const QList<BatchItem> &batch, qint64 nowMs) const
{
    const bool independent
        = std::all_of(batch.begin(), batch.end(), [](const BatchItem &item) { return item.dependsOn.isEmpty(); });
    if (!independent)
        return batch;
    WritePacer &pacer = m_client->writePacer();
    std::array<int, WritePacer::Families> room {};
    for (int i = 0; i < WritePacer::Families; ++i)
        room[size_t(i)] = pacer.room(WritePacer::Family(i), nowMs);
    QList<BatchItem> fitting;
    for (const auto &item : batch) {
        const WritePacer::Cost cost = WritePacer::Cost::of(item.method, item.url);
        for (int i = 0; i < WritePacer::Families; ++i)
            room[size_t(i)] -= cost.writes[size_t(i)];
        if (std::any_of(room.begin(), room.end(), [](int left) { return left < 0; }))
            break;
        fitting.append(item);
    }
    // Nothing fits now: the whole batch waits for room (delayFor) rather than go out empty.
    return fitting.isEmpty() ? batch : fitting;
}

WritePacer::Cost BatchRequest::intuneWrites(const QList<BatchItem> &items)
{
    WritePacer::Cost cost;
    for (const auto &item : items)
        cost += WritePacer::Cost::of(item.method, item.url);
    return cost;
}

QStringList BatchRequest::unsentIds() const
{
    QStringList ids;
    for (const auto &item : m_queue)
        ids.append(item.id);
    return ids;
}

QJsonObject BatchRequest::toJson(const BatchItem &item)
{
    QJsonObject json {{QStringLiteral("id"), item.id}, {QStringLiteral("method"), QString::fromLatin1(item.method)},
        {QStringLiteral("url"), item.url}};
    // Graph refuses a write without a body and its Content-Type, even an action that takes no parameters: "Write
    // request id : … does not contain Content-Type header or body" (microsoftgraph/msgraph-sdk-dotnet#2628).
    // https://learn.microsoft.com/graph/json-batching: headers are required when a body is given.
    if (item.carriesBody() || !item.body.isEmpty()) {
        json.insert(QStringLiteral("body"), item.body);
        json.insert(QStringLiteral("headers"),
            QJsonObject {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    }
    if (!item.dependsOn.isEmpty())
        json.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(item.dependsOn));
    return json;
}

void BatchRequest::sendNext()
{
    if (m_cancelled || m_queue.isEmpty()) {
        finishOnce();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 nextReady = 0;
    const QList<BatchItem> ready = readyItems(now, &nextReady);
    if (ready.isEmpty()) {
        m_waitTimer->start(int(qMax<qint64>(1, nextReady - now)));
        return;
    }
    QString error;
    const QList<QList<BatchItem>> batches = pack(ready, &error);
    if (batches.isEmpty()) {
        GraphResponse refused;
        refused.error = GraphError::invalidResponse(error);
        const QList<BatchItem> all = m_queue;
        m_queue.clear();
        reportAll(all, refused);
        finishOnce();
        return;
    }
    const QList<BatchItem> batch = fitted(batches.first(), now);
    const WritePacer::Cost writes = intuneWrites(batch);
    if (const qint64 delay = m_client->writePacer().delayFor(writes, now); delay > 0) {
        emit waiting(int((delay + 999) / 1000));
        m_waitTimer->start(int(delay));
        return;
    }
    QSet<QString> taken;
    QJsonArray requests;
    QStringList ids;
    for (const auto &item : batch) {
        taken.insert(item.id);
        ids.append(item.id);
        requests.append(toJson(item));
    }
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [&](const BatchItem &i) { return taken.contains(i.id); }),
        m_queue.end());
    emit sending(ids);
    if (m_cancelled) {
        // Stopped before this batch left (e.g. its intent could not be journaled): it stays unsent.
        m_queue = batch + m_queue;
        finishOnce();
        return;
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("requests"), requests}}).toJson(QJsonDocument::Compact);
    m_inFlightBatch = batch;
    m_inFlight = m_client->post(m_client->resourceUrl(m_version, QStringLiteral("/$batch")), body);
    // Spent now, not when the request leaves a moment later: another run deciding in between sees it.
    m_client->writePacer().spend(writes, now);
    m_inFlight->setWriteCost(writes, true);
    connect(m_inFlight, &GraphRequest::paced, this, [this](int ms) { emit waiting((ms + 999) / 1000); });
    connect(m_inFlight, &GraphRequest::retrying, this, [this](int seconds, int) { emit waiting(seconds); });
    connect(m_inFlight, &GraphRequest::finished, this, &BatchRequest::onResponse);
}

void BatchRequest::reportAll(const QList<BatchItem> &batch, const GraphResponse &response)
{
    for (const auto &item : batch) {
        BatchItemResult result;
        result.id = item.id;
        result.status = response.httpStatus;
        result.error = response.error;
        result.requestId = response.requestId;
        emit itemFinished(result);
    }
}

QHash<QString, QJsonObject> BatchRequest::answersById(const QByteArray &body)
{
    QHash<QString, QJsonObject> byId;
    const QJsonArray responses = QJsonDocument::fromJson(body).object().value(QStringLiteral("responses")).toArray();
    for (const auto &entry : responses)
        byId.insert(entry.toObject().value(QStringLiteral("id")).toString(), entry.toObject());
    return byId;
}

void BatchRequest::onResponse(const GraphResponse &response)
{
    m_inFlight = nullptr;
    const QList<BatchItem> batch = std::exchange(m_inFlightBatch, {});
    const QHash<QString, QJsonObject> byId = answersById(response.body);
    if (!response.ok() || byId.isEmpty()) {
        GraphResponse failed = response;
        if (response.ok()) {
            // Graph said 200 but we cannot read which request did what: nothing is known about any of them.
            failed.error
                = GraphError::invalidResponse(tr("Microsoft Graph sent a batch answer that could not be read."));
            failed.error.outcomeUnknown = true;
        }
        reportAll(batch, failed);
    } else {
        auto statusOf
            = [&](const BatchItem &item) { return byId.value(item.id).value(QStringLiteral("status")).toInt(); };
        // Turned away: 429 and 503 are sent again; a 424 only when what it depends on is sent again too,
        // because a 424 after a real failure is that failure's consequence, not a reason to try.
        auto askedWait = [&](const BatchItem &item) {
            return GraphClient::retryAfterSeconds(
                headerValue(byId.value(item.id).value(QStringLiteral("headers")).toObject(), "Retry-After").toLatin1(),
                1);
        };
        QSet<QString> requeued;
        QSet<QString> waitTooLong; // Graph asked for longer than we wait: reported, not sent again
        for (const auto &item : batch) {
            const int status = statusOf(item);
            if ((status == 429 || status == 503) && m_requeues.value(item.id) < MaxRequeues && !m_cancelled)
                (askedWait(item) > GraphRequest::MaxRetryAfterSeconds ? waitTooLong : requeued).insert(item.id);
        }
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto &item : batch) {
                if (statusOf(item) == 424 && !requeued.contains(item.id) && m_requeues.value(item.id) < MaxRequeues
                    && std::any_of(item.dependsOn.begin(), item.dependsOn.end(),
                        [&](const QString &d) { return requeued.contains(d); })) {
                    requeued.insert(item.id);
                    grew = true;
                }
            }
        }
        int wait = 0;
        QList<BatchItem> again;
        for (const auto &item : batch) {
            const QJsonObject entry = byId.value(item.id);
            BatchItemResult result;
            result.id = item.id;
            result.status = entry.value(QStringLiteral("status")).toInt();
            result.body = entry.value(QStringLiteral("body")).toObject();
            result.requestId = headerValue(entry.value(QStringLiteral("headers")).toObject(), "request-id");
            if (result.requestId.isEmpty())
                result.requestId = response.requestId;
            if (requeued.contains(item.id)) {
                ++m_requeues[item.id];
                again.append(item);
                if (result.status != 424)
                    wait = qMax(wait, qMax(askedWait(item), 1)); // exactly what Graph asked: sooner earns another 429
                continue;
            }
            if (entry.isEmpty()) {
                result.error
                    = GraphError::invalidResponse(tr("Microsoft Graph's batch answer had no result for this request."));
                result.error.outcomeUnknown = true;
            } else if (!result.ok()) {
                result.error = GraphError::fromResponse(result.status, QNetworkReply::NoError,
                    QJsonDocument(result.body).toJson(), QByteArray(), QByteArray());
                // A write answered 500, 502 or 504 may have been carried out: check it, never send it again blindly.
                result.error.outcomeUnknown = item.isWrite() && result.status >= 500 && result.status != 503;
                if (waitTooLong.contains(item.id))
                    result.error.message
                        = tr("Microsoft Graph asked to wait %n s before sending this again, longer than "
                             "Offboard waits; it was not sent again. Try it later.",
                            nullptr, askedWait(item));
            }
            emit itemFinished(result);
        }
        if (!again.isEmpty()) {
            // Sent again first, without dependencies on requests that are already done.
            for (auto &item : again)
                item.dependsOn.erase(std::remove_if(item.dependsOn.begin(), item.dependsOn.end(),
                                         [&](const QString &d) { return !requeued.contains(d); }),
                    item.dependsOn.end());
            m_queue = again + m_queue;
            // Intune did not count what it turned away; the writes not yet done are spent again when they go.
            const WritePacer::Cost turnedAway = intuneWrites(again);
            m_client->writePacer().giveBack(turnedAway);
            // A little jitter, as GraphRequest adds, so many clients do not come back in the same instant.
            const qint64 retryAt = QDateTime::currentMSecsSinceEpoch() + wait * 1000
                + QRandomGenerator::global()->bounded(qMax(1, wait * 100));
            if (again.size() == batch.size()) {
                // All of it turned away: the limit itself is reached, for everything this app sends there.
                m_client->writePacer().holdUntil(turnedAway, retryAt);
                emit waiting(wait);
            }
            // Only these wait out Retry-After; the rest of the queue goes on.
            for (const auto &item : again)
                m_notBefore.insert(item.id, retryAt);
        }
    }
    if (m_cancelled) {
        finishOnce();
        return;
    }
    QTimer::singleShot(0, this, &BatchRequest::sendNext);
}
