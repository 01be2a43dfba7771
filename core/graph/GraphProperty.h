#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <string_view>

// One property of a Graph object as JSON carried it: its name and its value, text still in UTF-8. Typed rows read
// themselves from a stream of these, whether the object came in a page (GraphPage) or alone (a QJsonObject), so
// each type says once how its Graph properties map to its members.
struct GraphProperty
{
    enum class Kind { Null, Text, Boolean, Number, Structured };

    std::string_view name;
    Kind kind = Kind::Null;
    std::string_view text; // UTF-8, unescaped; only for Text
    bool boolean = false; // only for Boolean

    // The text as a QString; empty for anything but Text.
    QString toString() const;

    using Visitor = std::function<void(const GraphProperty &property)>;
    // Every property of an object that came alone (a single GET, a lookup), in the object's order.
    static void forEachIn(const QJsonObject &object, const Visitor &visit);
};
