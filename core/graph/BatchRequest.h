#pragma once

#include "core/graph/GraphClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

struct BatchItem
{
    QString id; // unique within one BatchRequest
    QByteArray method = "POST";
    QString url; // relative to the API version, e.g. /deviceManagement/managedDevices/{id}/retire
    QJsonObject body; // always sent with POST, PATCH and PUT, as {} when the request has no parameters
    QStringList dependsOn;

    bool isWrite() const { return method != "GET"; }
    bool carriesBody() const { return method == "POST" || method == "PATCH" || method == "PUT"; }
};

struct BatchItemResult
{
    QString id;
    int status = 0;
    QJsonObject body;
    GraphError error;
    QString requestId; // the item's own request-id if Graph gave one, else the $batch request's
    // A 2xx status alone is not enough: the $batch answer may have been cut off after its status line.
    bool ok() const { return status >= 200 && status < 300 && !error.isError(); }
};
Q_DECLARE_METATYPE(BatchItemResult)

// Sends many Graph requests through JSON batching: at most 20 per POST /$batch, one batch at a time, a request and
// the ones it depends on always in the same batch. Requests Graph turned away (429, 503, or 424 because their
// dependency was turned away) are sent again after Retry-After; nothing else is ever sent twice. If a whole batch
// is lost in transit, each of its requests is reported with error.outcomeUnknown.
class BatchRequest : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPerBatch = 20;
    static constexpr int MaxRequeues = 8;

    BatchRequest(GraphClient *client, ApiVersion version, const QList<BatchItem> &items, QObject *parent = nullptr);
    ~BatchRequest() override;

    // Groups of items that must travel together, packed into batches of at most MaxPerBatch, in order.
    // Fails (empty result, message in error) on unknown dependencies or a group larger than a batch.
    static QList<QList<BatchItem>> pack(const QList<BatchItem> &items, QString *error);
    // The answers of a $batch response by their request id (empty when the body is not one).
    static QHash<QString, QJsonObject> answersById(const QByteArray &body);

    void start();
    // Stops sending: items not yet sent are never sent, nor is a batch waiting out a Retry-After. A batch on the wire
    // still reports its results.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    QStringList unsentIds() const;

signals:
    // Just before a $batch goes out: the ids in it, so a journal can record the intent first. Calling cancel()
    // from a slot connected to it stops that batch from being sent.
    void sending(const QStringList &ids);
    void itemFinished(const BatchItemResult &result);
    void waiting(int seconds);
    void finished();

private:
    void sendNext();
    QList<BatchItem> readyItems(qint64 nowMs, qint64 *nextReadyMs) const;
    static WritePacer::Cost intuneWrites(const QList<BatchItem> &items);
    QList<BatchItem> fitted(const QList<BatchItem> &batch, qint64 nowMs) const;
    void finishOnce();
    void onResponse(const GraphResponse &response);
    void reportAll(const QList<BatchItem> &batch, const GraphResponse &response);
    static QJsonObject toJson(const BatchItem &item);

    GraphClient *m_client;
    ApiVersion m_version;
    QList<BatchItem> m_queue;
    QHash<QString, int> m_requeues;
    QPointer<GraphRequest> m_inFlight;
    QList<BatchItem> m_inFlightBatch; // the requests in m_inFlight, back to the queue if it is cancelled unsent
    QTimer *m_waitTimer;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_finished = false;
    QHash<QString, qint64> m_notBefore; // requests Graph turned away alone: not sent again before (ms since epoch)
};
