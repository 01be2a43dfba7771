#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The subset of OData $filter that Graph accepts on the collections the demo tenant serves:
// eq, ne, lt, le, gt, ge, in, startswith(), endswith(), contains(), and, or, not, parentheses; string literals with ''
// escapes, numbers, true/false/null and unquoted DateTimeOffset values.
class ODataFilter
{
public:
    // Resolves a property name: its JSON value, or Undefined if the entity type has no such property.
    using PropertyLookup = std::function<QJsonValue(const QString &property)>;
    // Says whether a property may be compared with a value, and with which message Graph refuses it.
    using PropertyCheck = std::function<QString(const QString &property, const QJsonValue &literal)>;
    // A DateTimeOffset property as milliseconds since the epoch, or nothing (then its JSON value is compared): a
    // range $filter on a large collection compares one per row, and formatting each as text first is slow.
    using InstantLookup = std::function<std::optional<qint64>(const QString &property)>;

    struct Node;

    static ODataFilter parse(const QString &expression, QString *error);

    bool isValid() const { return m_root != nullptr; }
    bool usesFunction(const QString &name) const;
    // True when every condition in the expression is a call of that function, e.g. "contains".
    bool comparesOnlyWith(const QString &function) const;
    QStringList properties() const;
    // Runs the check on every comparison; returns the first message, or an empty string.
    QString validate(const PropertyCheck &check) const;
    bool matches(const PropertyLookup &lookup, const InstantLookup &instants = {}) const;

private:
    std::shared_ptr<const Node> m_root;
};
