#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace GraphValues {

// One shared copy of strings that repeat across thousands of rows (OS, model, states): lists of 100,000 devices
// hold each only once. Per thread, so pages converted on worker threads need no lock.
QString interned(const QString &text);

// Graph writes 0001-01-01T00:00:00Z for "never"; that becomes an invalid QDateTime.
QDateTime graphDateTime(const QJsonValue &value);

// A string property of a Graph object, empty when absent.
QString jsonText(const QJsonObject &json, const char *key);

} // namespace GraphValues
