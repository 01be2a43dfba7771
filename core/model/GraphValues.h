#pragma once

#include "core/graph/GraphPage.h"
#include "core/graph/GraphProperty.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace GraphValues {

// One shared copy of strings that repeat across thousands of rows (OS, model, states): lists of 100,000 devices
// hold each only once. Per thread, so pages converted on worker threads need no lock.
QString interned(const GraphProperty &property);

// Graph writes 0001-01-01T00:00:00Z for "never"; that becomes an invalid QDateTime.
QDateTime graphDateTime(const GraphProperty &property);

// A GUID property; null when absent, not a string or not a GUID.
QUuid graphGuid(const GraphProperty &property);

// A typed row from an object that came alone (not in a page): T::read() takes each of its properties.
template<typename T> T readObject(const QJsonObject &json)
{
    T row;
    GraphProperty::forEachIn(json, [&row](const GraphProperty &property) { row.read(property); });
    return row;
}

// The typed rows of a page's objects, in the page's order.
template<typename T> QList<T> readPage(const GraphPage &page)
{
    QList<T> rows(page.size());
    for (qsizetype i = 0; i < page.size(); ++i) {
        T &row = rows[i];
        page.forEachProperty(i, [&row](const GraphProperty &property) { row.read(property); });
    }
    return rows;
}

} // namespace GraphValues
