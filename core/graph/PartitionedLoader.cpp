#include "core/graph/PartitionedLoader.h"

#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 WindowMs = 20000;

qint64 wholeSecond(qint64 ms)
{
    return ms - ((ms % 1000) + 1000) % 1000;
}

bool hasQueryItem(const QUrl &url, const char *name)
{
    return QUrlQuery(url).hasQueryItem(QLatin1String(name));
}

QList<size_t> idHashesOf(const GraphPage &page)
{
    QList<size_t> hashes;
    hashes.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i)
        hashes.append(qHash(page.text(i, "id")));
    return hashes;
}

// The property's instants on a page, where they are dates.
QList<qint64> instantsOf(const GraphPage &page, const QString &property)
{
    const QByteArray name = property.toUtf8();
    QList<qint64> instants;
    instants.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i) {
        const QDateTime at = QDateTime::fromString(
            page.text(i, std::string_view(name.constData(), size_t(name.size()))), Qt::ISODateWithMs);
        if (at.isValid())
            instants.append(at.toMSecsSinceEpoch());
    }
    return instants;
}

} // namespace

PartitionedLoader::PartitionedLoader(GraphClient *client, const QString &property, QObject *parent)
    : CollectionLoader(parent)
    , m_client(client)
    , m_property(property)
    , m_sequential(new PageLoader(client, this))
{
    m_pumpLater.setSingleShot(true);
    connect(&m_pumpLater, &QTimer::timeout, this, &PartitionedLoader::pump);
    connect(m_sequential, &PageLoader::rowsReady, this, [this](const std::shared_ptr<void> &rows) {
        if (m_sequential->totalCount() >= 0)
            m_total = m_sequential->totalCount();
        deliver(*static_cast<const Parsed *>(rows.get()));
    });
    connect(m_sequential, &PageLoader::retrying, this, &PartitionedLoader::retrying);
    connect(m_sequential, &PageLoader::finished, this, &PartitionedLoader::finish);
    connect(m_sequential, &PageLoader::failed, this, &PartitionedLoader::fail);
}

PartitionedLoader::~PartitionedLoader()
{
    cancel();
    // Pages dropped by cancel() may still be converting on a worker, and the converter reaches into its model.
    for (auto *watcher : findChildren<QFutureWatcher<Parsed> *>())
        watcher->waitForFinished();
}

void PartitionedLoader::start(const QUrl &firstPage, const RequestHeaders &headers)
{
    cancel();
    m_collection = firstPage;
    m_headers = headers;
    m_running = true;
    m_method = Method::Sequential;
    m_fallbackReason.clear();
    m_slices.clear();
    m_idHashes.clear();
    m_loaded = 0;
    m_total = -1;
    m_pages = 0;
    m_streams = m_maxStreams;
    m_fewestStreams = m_maxStreams;
    m_mostInFlight = 0;
    m_inFlight = 0;
    m_pagesSinceThrottle = 0;
    m_slicesRead = 0;
    m_lastThrottle = -1;
    m_requestTimes.clear();
    m_clock.start();
    // Slices are ranges of the whole collection: a query that narrows or orders it is read as it is.
    const bool plainCollection = !hasQueryItem(firstPage, "$filter") && !hasQueryItem(firstPage, "$search")
        && !hasQueryItem(firstPage, "$orderby");
    if (!m_partitioning || !plainCollection)
        return startSequential(firstPage, QString());
    m_stage = Stage::Probe;
    m_probeWaitMs = -1;
    m_probeSent = m_clock.elapsed();
    GraphRequest *probe = m_client->get(firstPage, m_headers);
    track(probe);
    connect(probe, &GraphRequest::bodyStarted, this, [this] {
        if (m_probeWaitMs < 0)
            m_probeWaitMs = m_clock.elapsed() - m_probeSent;
    });
    connect(probe, &GraphRequest::finished, this, &PartitionedLoader::onProbe);
    connect(probe, &GraphRequest::retrying, this, [this](int seconds) { emit retrying(seconds); });
    emit methodChanged();
}

void PartitionedLoader::cancel()
{
    if (!m_running)
        return;
    m_loaded = int(m_idHashes.size());
    m_running = false;
    m_stage = Stage::Idle;
    m_pumpLater.stop();
    abortRequests();
    m_sequential->cancel();
}

QString PartitionedLoader::methodDescription() const
{
    switch (m_method) {
    case Method::Partitioned: {
        const int slices
            = int(std::count_if(m_slices.cbegin(), m_slices.cend(), [](const Slice &s) { return !s.split; }));
        return m_running ? tr("reading %n slice(s) at once", nullptr, slices)
                         : tr("read in %n slice(s) at once", nullptr, slices);
    }
    case Method::FellBack:
        return (m_running ? tr("reading page by page: %1") : tr("read page by page: %1")).arg(m_fallbackReason);
    case Method::Sequential:
        break;
    }
    return {};
}

// Page after page from `from`: the plain way, or the way back when slices cannot be trusted (reason says why).
void PartitionedLoader::startSequential(const QUrl &from, const QString &reason)
{
    abortRequests();
    m_stage = Stage::Sequential;
    if (!reason.isEmpty()) {
        m_method = Method::FellBack;
        m_fallbackReason = reason;
        emit methodChanged();
    }
    m_sequential->setConverter([converter = m_converter](const GraphPage &page) {
        auto parsed = std::make_shared<Parsed>();
        parsed->idHashes = idHashesOf(page);
        if (converter)
            parsed->page.converted = converter(page);
        return std::shared_ptr<void>(parsed);
    });
    m_sequential->start(from, m_headers);
}

void PartitionedLoader::onProbe(const GraphResponse &response)
{
    if (!m_running || m_stage != Stage::Probe)
        return;
    if (!response.ok())
        return fail(response.error);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 server = response.serverDate.isValid() ? response.serverDate.toMSecsSinceEpoch() : now;
    m_t0 = wholeSecond(qMin(now, server) - MarginMs);
    parse(response.body, true, [this](const Parsed &parsed) { onProbeParsed(parsed); });
}

void PartitionedLoader::onProbeParsed(const Parsed &parsed)
{
    if (!parsed.page.error.isEmpty())
        return startSequential(m_collection, PageLoader::unreadablePage(parsed.page.error).message);
    m_total = parsed.page.count;
    deliver(parsed);
    const QUrl next = parsed.page.nextLink;
    if (next.isEmpty())
        return finish();
    if (!m_client->isGraphUrl(next))
        return fail(PageLoader::foreignNextLink(next));
    m_pageSize = int(parsed.idHashes.size());
    m_probeNext = next;
    if (m_total < 0)
        return startSequential(
            next, tr("Microsoft Graph did not count the collection, so slices could not be checked"));
    // A few pages are read sooner one after another than by asking how to cut them; and when the first page came
    // back at once, the client's own reading sets the pace, which parallel requests cannot raise.
    if (m_total <= 3 * qMax(1, m_pageSize) || m_probeWaitMs < m_minimumPageWaitMs)
        return startSequential(next, QString());
    planSlices(parsed);
    m_method = Method::Partitioned;
    m_stage = Stage::Slices;
    emit methodChanged();
    pump();
}

// Cuts everything below T0 at quantiles of the first page (a sample of the collection), plus the last range.
void PartitionedLoader::planSlices(const Parsed &probe)
{
    const int pageSize = qMax(1, m_pageSize);
    m_target = qMax(2 * pageSize, int(std::ceil(double(m_total) / (3.0 * m_maxStreams))));
    const int parts = qBound(2, int(std::ceil(double(m_total) / m_target)), 64);
    Range below;
    below.to = m_t0;
    appendSlices(below, splitPoints(probe.instants, parts, below));
    Slice last;
    last.range.from = m_t0;
    last.next = sliceUrl(last.range);
    last.last = true;
    m_slices.append(last);
}

// One slice for each part of the range between the points.
void PartitionedLoader::appendSlices(const Range &range, const QList<qint64> &points)
{
    qint64 from = range.from;
    for (const qint64 to : points + QList<qint64> {range.to}) {
        m_slices.append({{from, to}, sliceUrl({from, to})});
        from = to;
    }
}

QList<qint64> PartitionedLoader::splitPoints(QList<qint64> sample, int parts, const Range &range)
{
    sample.erase(std::remove_if(sample.begin(), sample.end(),
                     [&range](qint64 value) { return value < range.from || value >= range.to; }),
        sample.end());
    std::sort(sample.begin(), sample.end());
    QList<qint64> points;
    for (int k = 1; k < parts && !sample.isEmpty(); ++k) {
        const qint64 point = wholeSecond(sample.at(qsizetype(k) * sample.size() / parts));
        const qint64 previous = points.isEmpty() ? range.from : points.last();
        if (point > previous && point < range.to)
            points.append(point);
    }
    return points;
}

QString PartitionedLoader::rangeFilter(const QString &property, const Range &range)
{
    const auto instant = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    QStringList conditions;
    if (range.from != std::numeric_limits<qint64>::min())
        conditions.append(QStringLiteral("%1 ge %2").arg(property, instant(range.from)));
    if (range.to != std::numeric_limits<qint64>::max())
        conditions.append(QStringLiteral("%1 lt %2").arg(property, instant(range.to)));
    return conditions.join(QStringLiteral(" and "));
}

QUrl PartitionedLoader::sliceUrl(const Range &range) const
{
    QUrlQuery query(m_collection);
    query.addQueryItem(QStringLiteral("$filter"), rangeFilter(m_property, range));
    QUrl url = m_collection;
    url.setQuery(GraphClient::encodeQuery(query), QUrl::StrictMode);
    return url;
}

// Asks for as many pages as the streams allow: first the slices not yet started (their counts tell how to balance),
// then those with the most left. The last range waits until every other one has been read.
void PartitionedLoader::pump()
{
    if (!m_running || m_stage != Stage::Slices)
        return;
    const qint64 now = m_clock.elapsed();
    while (!m_requestTimes.isEmpty() && m_requestTimes.first() <= now - WindowMs)
        m_requestTimes.removeFirst();
    const bool regularLeft
        = std::any_of(m_slices.cbegin(), m_slices.cend(), [](const Slice &s) { return !s.last && !s.done; });
    while (m_inFlight < m_streams) {
        if (m_requestTimes.size() >= RequestsPer20Seconds) {
            m_pumpLater.start(int(m_requestTimes.first() + WindowMs - now) + 1);
            return;
        }
        int pick = -1;
        qint64 best = std::numeric_limits<qint64>::min();
        for (int i = 0; i < m_slices.size(); ++i) {
            const Slice &s = m_slices.at(i);
            if (s.done || s.inFlight || s.next.isEmpty() || (s.last && (regularLeft || m_inFlight > 0)))
                continue;
            const qint64 left = s.pages == 0 ? std::numeric_limits<qint64>::max() - i
                                             : qint64(qMax(0, s.count)) - qint64(s.pages) * m_pageSize;
            if (left > best) {
                best = left;
                pick = i;
            }
        }
        if (pick < 0)
            break;
        requestSlicePage(pick);
    }
    const auto last = std::find_if(m_slices.cbegin(), m_slices.cend(), [](const Slice &s) { return s.last; });
    if (m_inFlight == 0 && m_parsing.isEmpty() && !regularLeft && last != m_slices.cend() && last->done)
        checkCompleteness();
}

void PartitionedLoader::requestSlicePage(int index)
{
    Slice &slice = m_slices[index];
    const bool firstPage = slice.requested++ == 0;
    slice.inFlight = true;
    GraphRequest *request = m_client->get(slice.next, m_headers);
    slice.request = request;
    slice.next.clear();
    ++m_inFlight;
    m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
    m_requestTimes.append(m_clock.elapsed());
    track(request);
    connect(request, &GraphRequest::finished, this, [this, index, request, firstPage](const GraphResponse &response) {
        onSliceResponse(index, request, response, firstPage);
    });
    connect(request, &GraphRequest::retrying, this, [this](int seconds, int, int httpStatus) {
        noteThrottling(httpStatus);
        emit retrying(seconds);
    });
}

void PartitionedLoader::onSliceResponse(int index, GraphRequest *request, const GraphResponse &response, bool firstPage)
{
    m_requests.removeAll(request);
    --m_inFlight;
    Slice &slice = m_slices[index];
    slice.inFlight = false;
    if (!m_running || m_stage != Stage::Slices)
        return;
    if (!response.ok()) {
        if (firstPage && response.httpStatus == 400)
            return startSequential(m_probeNext,
                tr("Microsoft Graph refused to filter on %1 (%2)").arg(m_property, response.error.summary()));
        return fail(response.error);
    }
    // The next page can travel while this one is parsed (if a first page shows the slice must be cut up, that
    // request is dropped).
    if (!slice.done)
        slice.next = PageLoader::peekNextLink(response.body);
    parse(response.body, firstPage,
        [this, index, firstPage](const Parsed &parsed) { onSliceParsed(index, firstPage, parsed); });
    pump();
}

void PartitionedLoader::onSliceParsed(int index, bool firstPage, const Parsed &parsed)
{
    // Page by page, an unreadable page is read again; here the whole list is, and rows met twice merge by id.
    if (!parsed.page.error.isEmpty())
        return startSequential(m_collection, PageLoader::unreadablePage(parsed.page.error).message);
    if (firstPage && !m_slices.at(index).last) {
        m_slices[index].count = parsed.page.count;
        if (countsExceedWhole())
            return startSequential(m_collection,
                tr("Microsoft Graph counted more objects in the slices than in the whole collection (%L1)")
                    .arg(m_total));
    }
    // Rows of a slice that was cut up later, or whose next page was already read, are still rows: merged by id.
    deliver(parsed);
    ++m_slices[index].pages;
    if (++m_pagesSinceThrottle >= 2 * m_streams && m_streams < m_maxStreams) {
        ++m_streams;
        m_pagesSinceThrottle = 0;
    }
    const QUrl next = parsed.page.nextLink;
    if (m_slices.at(index).done) {
        // cut up after this page was asked for
    } else if (next.isEmpty()) {
        m_slices[index].done = true;
        m_slices[index].next.clear();
        ++m_slicesRead;
    } else if (!m_client->isGraphUrl(next)) {
        return fail(PageLoader::foreignNextLink(next));
    } else if (firstPage && splitIfLarge(index, parsed)) {
        // its ranges are new slices now
    } else if (!m_slices.at(index).inFlight && m_slices.at(index).next.isEmpty()
        && m_slices.at(index).requested == m_slices.at(index).pages) {
        m_slices[index].next = next; // the quick look found no link
    }
    pump();
}

void PartitionedLoader::dropSliceRequest(int index)
{
    Slice &slice = m_slices[index];
    if (!slice.inFlight || !slice.request)
        return;
    slice.request->disconnect(this);
    slice.request->abort();
    m_requests.removeAll(slice.request);
    slice.inFlight = false;
    --m_inFlight;
}

// The counts of the slices read so far: more than the whole (with room for devices enrolled since) means the
// filter was not applied as asked.
bool PartitionedLoader::countsExceedWhole() const
{
    qint64 sum = 0;
    for (const Slice &slice : m_slices) {
        if (!slice.last && !slice.split && slice.count > 0)
            sum += slice.count;
    }
    return m_total >= 0 && sum > m_total + m_total / 10 + m_pageSize;
}

// A slice far larger than planned (the sample was not typical) is cut up at quantiles of its own first page.
bool PartitionedLoader::splitIfLarge(int index, const Parsed &firstPage)
{
    const Slice slice = m_slices.at(index);
    if (slice.count <= 2 * m_target)
        return false;
    const int parts = qMin(16, int(std::ceil(double(slice.count) / m_target)));
    const QList<qint64> points = splitPoints(firstPage.instants, parts, slice.range);
    if (points.isEmpty())
        return false;
    m_slices[index].done = true;
    m_slices[index].split = true;
    m_slices[index].next.clear();
    dropSliceRequest(index);
    appendSlices(slice.range, points);
    return true;
}

// Every range is read. Fewer distinct rows than Graph counted at the start may mean devices were removed meanwhile:
// today's count decides, and if rows are still missing the collection is read again, page by page.
void PartitionedLoader::checkCompleteness()
{
    if (itemsLoaded() >= m_total)
        return finish();
    m_stage = Stage::Recount;
    QUrlQuery query(m_collection);
    query.removeAllQueryItems(QStringLiteral("$top"));
    query.removeAllQueryItems(QStringLiteral("$select"));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id"));
    QUrl url = m_collection;
    url.setQuery(GraphClient::encodeQuery(query), QUrl::StrictMode);
    GraphRequest *request = m_client->get(url, m_headers);
    track(request);
    connect(request, &GraphRequest::finished, this, &PartitionedLoader::onRecount);
}

void PartitionedLoader::onRecount(const GraphResponse &response)
{
    if (!m_running || m_stage != Stage::Recount)
        return;
    const int now = response.ok() ? PageLoader::parsePage(response.body).count : -1;
    if (now >= 0 && itemsLoaded() >= now)
        return finish();
    startSequential(m_collection,
        tr("Microsoft Graph counted %L1 objects, the slices brought %L2").arg(qMax(now, m_total)).arg(itemsLoaded()));
}

// Graph throttled: halve the streams (once for a burst), and grow back one at a time as pages arrive.
void PartitionedLoader::noteThrottling(int httpStatus)
{
    if (httpStatus != 429 && httpStatus != 503)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_lastThrottle >= 0 && now - m_lastThrottle < 2000)
        return;
    m_lastThrottle = now;
    m_streams = qMax(1, m_streams / 2);
    m_fewestStreams = qMin(m_fewestStreams, m_streams);
    m_pagesSinceThrottle = 0;
}

void PartitionedLoader::deliver(const Parsed &parsed)
{
    for (const size_t hash : parsed.idHashes)
        m_idHashes.insert(hash);
    ++m_pages;
    emit rowsReady(parsed.page.converted);
    emit progress(itemsLoaded(), m_total);
}

// Parses a page on a worker: the page, its ids and the sample of the property, then the converter's rows.
void PartitionedLoader::parse(const QByteArray &body, bool sample, const std::function<void(const Parsed &)> &then)
{
    auto *watcher = new QFutureWatcher<Parsed>(this);
    m_parsing.append(watcher);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, then] {
        m_parsing.removeOne(watcher);
        const Parsed parsed = watcher->result();
        watcher->deleteLater();
        if (m_running)
            then(parsed);
    });
    watcher->setFuture(QtConcurrent::run([body, sample, converter = m_converter, property = m_property] {
        const GraphPage page(body);
        Parsed parsed;
        parsed.page = PageLoader::summary(page);
        if (!parsed.page.error.isEmpty())
            return parsed;
        parsed.idHashes = idHashesOf(page);
        if (sample)
            parsed.instants = instantsOf(page, property);
        if (converter)
            parsed.page.converted = converter(page);
        return parsed;
    }));
}

void PartitionedLoader::track(GraphRequest *request)
{
    m_requests.append(request);
}

// Forgets every request on its way and every page being parsed; a watcher goes away once its worker is done.
void PartitionedLoader::abortRequests()
{
    for (const QPointer<GraphRequest> &request : std::as_const(m_requests)) {
        if (request) {
            request->disconnect(this);
            request->abort();
        }
    }
    m_requests.clear();
    m_inFlight = 0;
    for (QFutureWatcher<Parsed> *watcher : std::as_const(m_parsing)) {
        watcher->disconnect(this);
        connect(watcher, &QFutureWatcher<Parsed>::finished, watcher, &QObject::deleteLater);
        if (watcher->isFinished())
            watcher->deleteLater();
    }
    m_parsing.clear();
}

void PartitionedLoader::finish()
{
    m_running = false;
    m_stage = Stage::Idle;
    m_loaded = int(m_idHashes.size());
    m_idHashes = {};
    emit progress(m_loaded, m_total);
    emit finished();
}

void PartitionedLoader::fail(const GraphError &error)
{
    cancel();
    emit failed(error);
}
