#pragma once

#include "core/graph/CollectionLoader.h"
#include "core/graph/GraphClient.h"
#include "core/graph/PageLoader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <limits>

// Reads a large collection faster than Graph's strictly sequential paging allows. A first page gives the size
// (@odata.count), the server's clock and a sample; the collection is then cut into disjoint ranges of a date
// property that only ever moves forward (managed devices' lastSyncDateTime), whose pages are read in parallel, and
// rows are merged by id. Why no row can be missed (docs/partitioned-loading.md):
//  - every range lies below T0, a moment taken from the server's clock before any range was asked for, minus a
//    margin; together they cover everything below T0, and a last range, "ge T0", is read after all others ended;
//  - a row can only move to a later value (a device checks in), which is then at or after T0: a row that leaves a
//    range before that range reached it is in the last range when it is read;
//  - the distinct rows are checked against Graph's count; when Graph refuses the filter, or the counts disagree,
//    the collection is read again page by page, and the list says so.
class PartitionedLoader : public CollectionLoader
{
    Q_OBJECT

public:
    PartitionedLoader(GraphClient *client, const QString &property, QObject *parent = nullptr);
    ~PartitionedLoader() override;

    void setConverter(Converter converter) override { m_converter = std::move(converter); }
    // firstPage: the whole collection with $select, $top and $count=true. A query that already filters, searches
    // or sorts is read page by page.
    void start(const QUrl &firstPage, const RequestHeaders &headers = {}) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    int itemsLoaded() const override { return m_running ? int(m_idHashes.size()) : m_loaded; }
    int pagesLoaded() const override { return m_pages; }
    int totalCount() const override { return m_total; }
    QString methodDescription() const override;

    enum class Method { Sequential, Partitioned, FellBack };
    Method method() const { return m_method; }
    // false: always page by page (to compare the two, as the benchmark does).
    void setPartitioning(bool enabled) { m_partitioning = enabled; }
    // Parallel requests at most; fewer after Graph throttles (429, 503), growing back one at a time.
    void setMaxStreams(int streams) { m_maxStreams = qMax(1, streams); }
    int maxStreams() const { return m_maxStreams; }
    int streams() const { return m_streams; }
    int fewestStreams() const { return m_fewestStreams; }
    int mostInFlight() const { return m_mostInFlight; }
    int slicesRead() const { return m_slicesRead; }

    // A range of the property, [from, to) in milliseconds since the epoch; the extremes mean "open".
    struct Range
    {
        qint64 from = std::numeric_limits<qint64>::min();
        qint64 to = std::numeric_limits<qint64>::max();
    };
    static QString rangeFilter(const QString &property, const Range &range);
    // Up to parts - 1 boundaries inside range, at quantiles of the sample, strictly increasing, whole seconds.
    static QList<qint64> splitPoints(QList<qint64> sample, int parts, const Range &range);

    // Intune's documented limit for device reads is 2,000 requests per app in 20 seconds; a load keeps to half of
    // it, leaving the rest to everything else the app sends.
    static constexpr int RequestsPer20Seconds = 1000;
    static constexpr int DefaultStreams = 6;
    // Slices pay off when pages wait on the server. Graph takes from a few hundred milliseconds to seconds for a
    // page of a thousand devices; a first page that starts arriving sooner than this comes from a server close by
    // (the demo tenant without latency), the client's reading sets the pace, and it is read page by page.
    static constexpr int DefaultMinimumPageWaitMs = 40;
    void setMinimumPageWait(int milliseconds) { m_minimumPageWaitMs = milliseconds; }
    // T0 is this much before the earlier of the server's clock and ours: a check-in recorded a little late, or a
    // clock that is off, still lands at or after T0.
    static constexpr qint64 MarginMs = 15 * 60 * 1000;

private:
    struct Slice
    {
        Range range;
        QUrl next; // the page to ask for, once known
        int count = -1; // @odata.count on its first page
        int pages = 0; // read
        int requested = 0;
        QPointer<GraphRequest> request;
        bool inFlight = false;
        bool done = false;
        bool split = false; // cut into smaller slices after its first page
        bool last = false;
    };
    struct Parsed
    {
        PageLoader::Page page;
        QList<size_t> idHashes; // of the page's objects, made on the worker
        QList<qint64> instants; // of the property, on pages whose rows are a sample (first pages)
    };
    enum class Stage { Idle, Probe, Slices, Recount, Sequential };

    void startSequential(const QUrl &from, const QString &reason);
    void onProbe(const GraphResponse &response);
    void onProbeParsed(const Parsed &parsed);
    void planSlices(const Parsed &probe);
    void appendSlices(const Range &range, const QList<qint64> &points);
    void pump();
    void requestSlicePage(int index);
    void onSliceResponse(int index, GraphRequest *request, const GraphResponse &response, bool firstPage);
    void onSliceParsed(int index, bool firstPage, const Parsed &parsed);
    bool splitIfLarge(int index, const Parsed &firstPage);
    bool countsExceedWhole() const;
    void dropSliceRequest(int index);
    void checkCompleteness();
    void onRecount(const GraphResponse &response);
    void noteThrottling(int httpStatus);
    void deliver(const Parsed &parsed);
    void parse(const QByteArray &body, bool sample, const std::function<void(const Parsed &)> &then);
    void track(GraphRequest *request);
    void abortRequests();
    void finish();
    void fail(const GraphError &error);
    QUrl sliceUrl(const Range &range) const;

    GraphClient *m_client;
    QString m_property;
    Converter m_converter;
    RequestHeaders m_headers;
    QUrl m_collection;
    QUrl m_probeNext; // the second page of the whole collection
    PageLoader *m_sequential;
    bool m_partitioning = true;
    bool m_running = false;
    Stage m_stage = Stage::Idle;
    Method m_method = Method::Sequential;
    QString m_fallbackReason;
    QList<Slice> m_slices;
    // The distinct objects met while loading, as 64-bit hashes of their ids: cheap enough for 100,000 rows on the
    // GUI thread. Two ids with one hash would count once: too few rows, so the load checks again, never too many.
    QSet<size_t> m_idHashes;
    int m_loaded = 0; // distinct rows, once done
    QList<QPointer<GraphRequest>> m_requests;
    QList<QFutureWatcher<Parsed> *> m_parsing;
    int m_total = -1;
    int m_pages = 0;
    int m_pageSize = 0;
    int m_target = 0; // rows a slice should hold
    qint64 m_t0 = 0;
    int m_maxStreams = DefaultStreams;
    int m_streams = DefaultStreams;
    int m_fewestStreams = DefaultStreams;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    int m_pagesSinceThrottle = 0;
    int m_slicesRead = 0;
    QElapsedTimer m_clock;
    qint64 m_lastThrottle = -1;
    qint64 m_probeSent = 0;
    qint64 m_probeWaitMs = -1; // from asking for the first page to its first bytes
    int m_minimumPageWaitMs = DefaultMinimumPageWaitMs;
    QList<qint64> m_requestTimes; // of the last 20 seconds, for Intune's request limit
    QTimer m_pumpLater;
};
