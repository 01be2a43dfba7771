#include "PageLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

PageLoader::PageLoader(GraphClient *client, QObject *parent) : QObject(parent), m_client(client) {}

PageLoader::~PageLoader()
{
    cancel();
    for (const Parsing &p : std::as_const(m_parsing))
        p.watcher->waitForFinished();
}

void PageLoader::start(const QUrl &firstPage, const RequestHeaders &headers)
{
    cancel();
    m_headers = headers;
    m_running = true;
    m_items = 0;
    m_pages = 0;
    m_total = -1;
    ++m_run;
    request(firstPage);
}

void PageLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run;
    dropInFlight();
}

// Forgets the request on its way and the pages still being parsed; each watcher goes away once its worker is done.
void PageLoader::dropInFlight()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
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
    m_request = m_client->get(url, m_headers);
    connect(m_request, &GraphRequest::finished, this, &PageLoader::onResponse);
    connect(m_request, &GraphRequest::retrying, this, [this](int seconds, int) { emit retrying(seconds); });
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
    Page page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("value")).isArray()) {
        page.error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("no \"value\" array");
        return page;
    }
    const QJsonObject root = document.object();
    page.values = root.value(QStringLiteral("value")).toArray();
    page.nextLink = QUrl(root.value(QStringLiteral("@odata.nextLink")).toString(), QUrl::StrictMode);
    if (root.contains(QStringLiteral("@odata.count")))
        page.count = root.value(QStringLiteral("@odata.count")).toInt(-1);
    return page;
}

void PageLoader::onResponse(const GraphResponse &response)
{
    m_request = nullptr;
    if (!m_running)
        return;
    if (!response.ok())
        return fail(response.error);
    auto *watcher = new QFutureWatcher<Page>(this);
    const QUrl next = peekNextLink(response.body);
    const bool prefetch = !next.isEmpty() && m_client->isGraphUrl(next);
    m_parsing.append({watcher, prefetch ? next : QUrl()});
    connect(watcher, &QFutureWatcher<Page>::finished, this, &PageLoader::drain);
    watcher->setFuture(QtConcurrent::run([body = response.body, converter = m_converter] {
        Page page = parsePage(body);
        if (page.error.isEmpty() && converter)
            page.converted = converter(page.values);
        return page;
    }));
    // Ask for the next page now, so it travels while this one is parsed.
    if (prefetch)
        request(next);
}

// Hands out parsed pages strictly in order, whatever order the worker finishes them in.
void PageLoader::drain()
{
    while (m_running && !m_parsing.isEmpty() && m_parsing.first().watcher->isFinished()) {
        const Parsing done = m_parsing.takeFirst();
        const Page page = done.watcher->result();
        done.watcher->deleteLater();
        if (!page.error.isEmpty())
            return fail(GraphError::invalidResponse(tr("Microsoft Graph sent a page that could not be read: %1").arg(page.error)));
        ++m_pages;
        m_items += int(page.values.size());
        if (page.count >= 0)
            m_total = page.count;
        emit pageReady(page.values);
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
            return fail(GraphError::invalidResponse(
                tr("Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.")
                    .arg(page.nextLink.host())));
        if (done.requestedNext != page.nextLink) {
            // The quick look found no link, or another one: drop whatever that brought and follow the page.
            if (!done.requestedNext.isEmpty())
                dropInFlight();
            request(page.nextLink);
        }
    }
}

void PageLoader::fail(const GraphError &error)
{
    cancel();
    emit failed(error);
}
