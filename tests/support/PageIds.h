#pragma once

#include "core/graph/CollectionLoader.h"
#include "core/graph/GraphPage.h"

#include <QObject>
#include <QStringList>

#include <memory>

// What the loader tests give a loader as its converter: a page's objects as their ids, in the page's order.
namespace PageIds {

inline std::shared_ptr<void> converter(const GraphPage &page)
{
    auto ids = std::make_shared<QStringList>();
    for (qsizetype i = 0; i < page.size(); ++i)
        ids->append(page.text(i, "id"));
    return ids;
}

inline const QStringList &of(const std::shared_ptr<void> &converted)
{
    return *static_cast<const QStringList *>(converted.get());
}

// Sets the converter and calls handle with the ids of every page the loader hands out.
template<typename Handler> QMetaObject::Connection collect(CollectionLoader &loader, Handler handle)
{
    loader.setConverter(converter);
    return QObject::connect(&loader, &CollectionLoader::rowsReady, &loader,
        [handle](const std::shared_ptr<void> &converted) { handle(of(converted)); });
}

} // namespace PageIds
