#pragma once

#include "core/graph/GraphClient.h"
#include "core/graph/GraphError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

// Small reads with a callback, for code that asks Graph a few exact questions (an offboarding's resolution and its
// checks) rather than loading a list. Callbacks run on the client's thread; context ends them early when destroyed.
namespace GraphReads {

using ItemCallback = std::function<void(const QJsonObject &item, const GraphError &error)>;
using ListCallback = std::function<void(const QJsonArray &values, const GraphError &error)>;

// A Graph URL for a read: the path under the version, and $filter and $select when given.
QUrl url(GraphClient *client, ApiVersion version, const QString &path, const QString &filter = {},
    const QString &select = {});
// One object; a 404 arrives as an error with httpStatus 404.
void item(
    GraphClient *client, const QUrl &url, QObject *context, ItemCallback done, const RequestHeaders &headers = {});
// Every page of a collection, following @odata.nextLink only to the Graph host in use.
void list(
    GraphClient *client, const QUrl &url, QObject *context, ListCallback done, const RequestHeaders &headers = {});
// A string literal for $filter: quoted, with ' doubled (OData ABNF).
QString literal(const QString &value);

} // namespace GraphReads
