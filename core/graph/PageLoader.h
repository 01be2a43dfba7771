#pragma once

#include "core/graph/CollectionLoader.h"
#include "core/graph/GraphClient.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// Reads a Graph collection page by page, following @odata.nextLink (only to the Graph host in use).
// Pages are parsed off the GUI thread and handed out as they arrive, so rows can be shown at once.
class PageLoader : public CollectionLoader
{
    Q_OBJECT

public:
    // A page that arrives but cannot be read (cut short, garbled) is asked for again this many times at most.
    static constexpr int MaxRereads = 3;
    explicit PageLoader(GraphClient *client, QObject *parent = nullptr);
    ~PageLoader() override;

    void setConverter(Converter converter) override { m_converter = std::move(converter); }

    void start(const QUrl &firstPage, const RequestHeaders &headers = {}) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    int itemsLoaded() const override { return m_items; }
    int pagesLoaded() const override { return m_pages; }
    int totalCount() const override { return m_total; }

    struct Page
    {
        int size = 0; // objects on the page
        QUrl nextLink;
        int count = -1;
        QString error;
        std::shared_ptr<void> converted;
    };
    static Page parsePage(const QByteArray &body);
    // The same, for a page already read (and still there for the converter).
    static Page summary(const GraphPage &page);
    // The nextLink of a page, found in its bytes without parsing the page (Graph writes it as a plain string).
    static QUrl peekNextLink(const QByteArray &body);
    // Why loading stops at a nextLink that leads away from the Graph host in use.
    static GraphError foreignNextLink(const QUrl &next);
    // Why loading stops at a page that is not a Graph collection page.
    static GraphError unreadablePage(const QString &parseError);

private:
    // A page on its way: the request, its place in the chain, and the next page already asked for, if any.
    struct InFlight
    {
        QPointer<GraphRequest> request;
        int sequence = 0;
        QUrl requestedNext;
    };
    struct Parsing
    {
        QFutureWatcher<Page> *watcher;
        int sequence;
        QUrl requestedNext;
        QUrl url; // of this page, to read it again if it cannot be read
    };

    void request(const QUrl &url);
    int inFlightIndex(const GraphRequest *request) const;
    void onBodyStarted(GraphRequest *request, const QByteArray &firstBytes);
    void onResponse(GraphRequest *request, const GraphResponse &response);
    void prefetch(InFlight &page, const QUrl &next);
    void drain();
    void readAgain(const QUrl &url, const QString &parseError);
    void dropInFlight();
    void fail(const GraphError &error);

    GraphClient *m_client;
    RequestHeaders m_headers;
    Converter m_converter;
    QList<InFlight> m_inFlight; // at most two: a page arriving and the next one
    QList<Parsing> m_parsing; // sorted by sequence
    int m_nextSequence = 0; // of the next request
    int m_handedOut = 0; // sequence of the next page to hand out
    int m_rereads = 0; // of the page that could not be read, in a row
    bool m_running = false;
    int m_items = 0;
    int m_pages = 0;
    int m_total = -1;
};
