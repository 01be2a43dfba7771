#pragma once

#include "GraphClient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

// Reads a Graph collection page by page, following @odata.nextLink (only to the Graph host in use).
// Pages are parsed off the GUI thread and handed out as they arrive, so rows can be shown at once.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    explicit PageLoader(GraphClient *client, QObject *parent = nullptr);
    ~PageLoader() override;

    void start(const QUrl &firstPage, const RequestHeaders &headers = {});
    void cancel();
    bool isRunning() const { return m_running; }
    int itemsLoaded() const { return m_items; }
    int pagesLoaded() const { return m_pages; }
    // The collection's size when Graph sent @odata.count, else -1.
    int totalCount() const { return m_total; }

    struct Page
    {
        QJsonArray values;
        QUrl nextLink;
        int count = -1;
        QString error;
    };
    static Page parsePage(const QByteArray &body);

signals:
    void pageReady(const QJsonArray &values);
    void progress(int loaded, int total);
    void retrying(int seconds);
    void finished();
    void failed(const GraphError &error);

private:
    void request(const QUrl &url);
    void onResponse(const GraphResponse &response);
    void onParsed();
    void fail(const GraphError &error);

    GraphClient *m_client;
    RequestHeaders m_headers;
    QPointer<GraphRequest> m_request;
    QFutureWatcher<Page> m_watcher;
    bool m_running = false;
    int m_items = 0;
    int m_pages = 0;
    int m_total = -1;
    quint64 m_run = 0;
};
