#pragma once

#include "core/graph/GraphProperty.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <string_view>

// A page of a Graph collection ({"@odata.count": …, "@odata.nextLink": …, "value": [ … ]}), read with simdjson:
// a list of 100,000 devices is 60 MB of JSON, and reading it into QJsonDocument and looking properties up one by one
// cost more than everything else the client does with it. Read on a worker thread; not shared between threads.
class GraphPage
{
public:
    explicit GraphPage(QByteArrayView body);
    ~GraphPage();
    GraphPage(const GraphPage &) = delete;
    GraphPage &operator=(const GraphPage &) = delete;

    // Why the body is not a collection page (not JSON, or no "value" array); empty when it is one.
    QString error() const;
    QUrl nextLink() const;
    // @odata.count, or -1 when Graph did not count.
    int count() const;
    // The objects in "value".
    qsizetype size() const;
    // Every property of the object at index, in the order Graph wrote them (none for an element that is no object).
    void forEachProperty(qsizetype index, const GraphProperty::Visitor &visit) const;
    // One string property of the object at index; empty when absent or not a string.
    QString text(qsizetype index, std::string_view name) const;
    // The object at index as Qt JSON, for the few reads that want whole objects; empty for an element that is none.
    QJsonObject object(qsizetype index) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};
