#pragma once

#include "core/graph/GraphError.h"
#include "core/graph/GraphPage.h"
#include "core/graph/GraphRequest.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

// What a list needs of whatever reads its Graph collection: typed rows as they arrive, progress, and how it ended.
// PageLoader follows @odata.nextLink page after page; PartitionedLoader reads disjoint slices in parallel.
class CollectionLoader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Runs on a worker thread with each page read; its result arrives with rowsReady() (e.g. typed rows for a model).
    // The page is gone once it returns: a converter keeps what it made, never the page.
    using Converter = std::function<std::shared_ptr<void>(const GraphPage &page)>;
    virtual void setConverter(Converter converter) = 0;

    virtual void start(const QUrl &firstPage, const RequestHeaders &headers = {}) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    // Distinct objects loaded so far, and pages handed out.
    virtual int itemsLoaded() const = 0;
    virtual int pagesLoaded() const = 0;
    // The collection's size when Graph sent @odata.count, else -1.
    virtual int totalCount() const = 0;
    // How the last load went about it when that is worth telling (parallel slices, or why it fell back to paging
    // page by page); empty for plain paging.
    virtual QString methodDescription() const { return {}; }

signals:
    // Rows of one page, as the converter made them. A partitioned load may hand out an object twice (it moved
    // between slices while they were read): the later copy is the newer one.
    void rowsReady(const std::shared_ptr<void> &converted);
    void progress(int loaded, int total);
    void retrying(int seconds);
    void finished();
    void failed(const GraphError &error);
    void methodChanged();
};
