#include "core/graph/PageLoader.h"

#include <QtConcurrent/QtConcurrentRun>

PageLoader::PageLoader(GraphClient *client, QObject *parent)
    : CollectionLoader(parent)
    , m_client(client)
{
}

PageLoader::~PageLoader()
{
    cancel();
    // Pages dropped by cancel() may still be converting on a worker, and the converter reaches into its model:
    // wait for every one of them, not only those still in m_parsing.
    for (auto *watcher : findChildren<QFutureWatcher<Page> *>())
        watcher->waitForFinished();
}

void PageLoader::start(const QUrl &firstPage, const RequestHeaders &headers)
{
    cancel();
    m_headers = headers;
    m_running = true;
    m_items = 0;
    m_pages = 0;
    m_total = -1;
    m_nextSequence = 0;
    m_handedOut = 0;
    m_rereads = 0;
    request(firstPage);
}

void PageLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    dropInFlight();
}

// Forgets the request on its way and the pages still being parsed; each watcher goes away once its worker is done.
void PageLoader::dropInFlight()
{
    for (const InFlight &page : std::as_const(m_inFlight)) {
        if (page.request) {
            page.request->disconnect(this);
            page.request->abort();
        }
    }
    m_inFlight.clear();
    for (const Parsing &p : std::as_const(m_parsing)) {
        p.watcher->disconnect(this);
        connect(p.watcher, &QFutureWatcher<Page>::finished, p.watcher, &QObject::deleteLater);
        if (p.watcher->isFinished())
            p.watcher->deleteLater();
    }
    m_parsing.clear();
}

void PageLoader::request(const QUrl &url)
{
    GraphRequest *request = m_client->get(url, m_headers);
    m_inFlight.append({request, m_nextSequence++, QUrl()});
    connect(request, &GraphRequest::bodyStarted, this,
        [this, request](const QByteArray &head) { onBodyStarted(request, head); });
    connect(request, &GraphRequest::finished, this,
        [this, request](const GraphResponse &response) { onResponse(request, response); });
    connect(request, &GraphRequest::retrying, this, [this](int seconds, int) { emit retrying(seconds); });
}

// Asks for the next page once, to the Graph host only, as soon as its link is known.
void PageLoader::prefetch(InFlight &page, const QUrl &next)
{
    if (!page.requestedNext.isEmpty() || next.isEmpty() || !m_client->isGraphUrl(next))
        return;
    page.requestedNext = next;
    request(next);
}

int PageLoader::inFlightIndex(const GraphRequest *request) const
{
    for (int i = 0; i < m_inFlight.size(); ++i) {
        if (m_inFlight.at(i).request == request)
            return i;
    }
    return -1;
}

void PageLoader::onBodyStarted(GraphRequest *request, const QByteArray &firstBytes)
{
    const int index = inFlightIndex(request);
    if (m_running && index >= 0)
        prefetch(m_inFlight[index], peekNextLink(firstBytes));
}

QUrl PageLoader::peekNextLink(const QByteArray &body)
{
    static const QByteArray key = "\"@odata.nextLink\":\"";
    // Graph writes @odata.nextLink before "value", so a forward search finds it at once.
    const int at = body.indexOf(key);
    if (at < 0)
        return {};
    const int start = at + key.size();
    const int end = body.indexOf('"', start);
    if (end < 0)
        return {};
    // A JSON string: Graph escapes '&' as \u0026 and '/' sometimes as \/; anything else means "parse it properly".
    QByteArray raw = body.mid(start, end - start);
    raw.replace("\\u0026", "&").replace("\\/", "/");
    if (raw.contains('\\'))
        return {};
    return QUrl(QString::fromUtf8(raw), QUrl::StrictMode);
}

PageLoader::Page PageLoader::parsePage(const QByteArray &body)
{
    return summary(GraphPage(body));
}

PageLoader::Page PageLoader::summary(const GraphPage &page)
{
    Page summary;
    summary.error = page.error();
    if (!summary.error.isEmpty())
        return summary;
    summary.size = int(page.size());
    summary.nextLink = page.nextLink();
    summary.count = page.count();
    return summary;
}

void PageLoader::onResponse(GraphRequest *request, const GraphResponse &response)
{
    const int index = inFlightIndex(request);
    if (!m_running || index < 0)
        return;
    if (!response.ok())
        return fail(response.error);
    // Ask for the next page now, if the first bytes did not already, so it travels while this one is parsed.
    // (A new request is appended, so this page keeps its index.)
    prefetch(m_inFlight[index], peekNextLink(response.body));
    const InFlight page = m_inFlight.takeAt(index);
    auto *watcher = new QFutureWatcher<Page>(this);
    const auto before = std::find_if(
        m_parsing.begin(), m_parsing.end(), [&](const Parsing &p) { return p.sequence > page.sequence; });
    m_parsing.insert(before, {watcher, page.sequence, page.requestedNext, request->url()});
    connect(watcher, &QFutureWatcher<Page>::finished, this, &PageLoader::drain);
    watcher->setFuture(QtConcurrent::run([body = response.body, converter = m_converter] {
        const GraphPage page(body);
        Page parsed = summary(page);
        if (parsed.error.isEmpty() && converter)
            parsed.converted = converter(page);
        return parsed;
    }));
}

// Hands out parsed pages strictly in order, whatever order the worker finishes them in.
void PageLoader::drain()
{
    while (m_running && !m_parsing.isEmpty() && m_parsing.first().sequence == m_handedOut
        && m_parsing.first().watcher->isFinished()) {
        const Parsing done = m_parsing.takeFirst();
        ++m_handedOut;
        const Page page = done.watcher->result();
        done.watcher->deleteLater();
        if (!page.error.isEmpty())
            return readAgain(done.url, page.error);
        m_rereads = 0;
        ++m_pages;
        m_items += page.size;
        if (page.count >= 0)
            m_total = page.count;
        if (page.converted)
            emit rowsReady(page.converted);
        emit progress(m_items, m_total);
        if (!m_running)
            return;
        if (page.nextLink.isEmpty()) {
            m_running = false;
            emit finished();
            return;
        }
        if (!m_client->isGraphUrl(page.nextLink))
            return fail(foreignNextLink(page.nextLink));
        if (done.requestedNext != page.nextLink) {
            // The quick look found no link, or another one: drop whatever that brought and follow the page.
            if (!done.requestedNext.isEmpty())
                dropInFlight();
            m_nextSequence = m_handedOut; // what was dropped never comes
            request(page.nextLink);
        }
    }
}

// A GET can be sent again: a page cut short or garbled on its way is read once more, a few times at most.
void PageLoader::readAgain(const QUrl &url, const QString &parseError)
{
    if (++m_rereads > MaxRereads)
        return fail(unreadablePage(parseError));
    dropInFlight(); // pages asked for after this one come again after it
    m_nextSequence = --m_handedOut;
    request(url);
}

GraphError PageLoader::unreadablePage(const QString &parseError)
{
    return GraphError::invalidResponse(tr("Microsoft Graph sent a page that could not be read: %1").arg(parseError));
}

GraphError PageLoader::foreignNextLink(const QUrl &next)
{
    return GraphError::invalidResponse(tr("Stopped loading: the next page is on another host (%1), and the access "
                                          "token is only ever sent to Microsoft Graph.")
                                           .arg(next.host()));
}

void PageLoader::fail(const GraphError &error)
{
    cancel();
    emit failed(error);
}
