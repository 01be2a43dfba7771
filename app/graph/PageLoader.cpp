#include "PageLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

PageLoader::PageLoader(GraphClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&m_watcher, &QFutureWatcher<Page>::finished, this, &PageLoader::onParsed);
}

PageLoader::~PageLoader()
{
    cancel();
    m_watcher.waitForFinished();
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
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

void PageLoader::request(const QUrl &url)
{
    m_request = m_client->get(url, m_headers);
    connect(m_request, &GraphRequest::finished, this, &PageLoader::onResponse);
    connect(m_request, &GraphRequest::retrying, this, [this](int seconds, int) { emit retrying(seconds); });
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
    if (!m_running)
        return;
    if (!response.ok())
        return fail(response.error);
    const quint64 run = m_run;
    m_watcher.setFuture(QtConcurrent::run([body = response.body] { return parsePage(body); }));
    m_watcher.setProperty("run", run);
}

void PageLoader::onParsed()
{
    if (!m_running || m_watcher.property("run").toULongLong() != m_run)
        return;
    const Page page = m_watcher.result();
    if (!page.error.isEmpty())
        return fail(GraphError::invalidResponse(tr("Microsoft Graph sent a page that could not be read: %1").arg(page.error)));
    ++m_pages;
    m_items += int(page.values.size());
    if (page.count >= 0)
        m_total = page.count;
    emit pageReady(page.values);
    emit progress(m_items, m_total);
    if (page.nextLink.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    if (!m_client->isGraphUrl(page.nextLink))
        return fail(GraphError::invalidResponse(
            tr("Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.")
                .arg(page.nextLink.host())));
    request(page.nextLink);
}

void PageLoader::fail(const GraphError &error)
{
    m_running = false;
    emit failed(error);
}
