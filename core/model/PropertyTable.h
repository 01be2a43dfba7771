#pragma once

#include "core/graph/GraphProperty.h"
#include "core/model/GraphValues.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

// Which Graph property goes into which member of a row type, and how it is read: one line per property. The same
// names are what the type asks Graph for ($select).
template<typename T> class PropertyTable
{
public:
    // Plain functions, one per member (the member is a template argument): a page of 1,000 devices makes 16,000
    // calls, and a std::function with a captured member pointer cost a tenth more than the whole reading.
    using Assign = void (*)(T &row, const GraphProperty &property);

    PropertyTable(std::initializer_list<std::pair<std::string_view, Assign>> properties)
        : m_properties(properties)
    {
        for (const auto &property : m_properties)
            m_names.append(QString::fromLatin1(property.first.data(), qsizetype(property.first.size())));
    }

    // Properties the table does not name are ignored.
    void read(T &row, const GraphProperty &property) const
    {
        for (const auto &[name, assign] : m_properties) {
            if (name == property.name)
                return assign(row, property);
        }
    }

    const QStringList &names() const { return m_names; }

    template<QString T::*member> static void text(T &row, const GraphProperty &property)
    {
        row.*member = property.toString();
    }
    // Text that repeats across thousands of rows (OS, model, states), held once.
    template<QString T::*member> static void internedText(T &row, const GraphProperty &property)
    {
        row.*member = GraphValues::interned(property);
    }
    template<QUuid T::*member> static void guid(T &row, const GraphProperty &property)
    {
        row.*member = GraphValues::graphGuid(property);
    }
    template<QDateTime T::*member> static void dateTime(T &row, const GraphProperty &property)
    {
        row.*member = GraphValues::graphDateTime(property);
    }
    // A Boolean; anything else (null, a string) counts as otherwise.
    template<bool T::*member, bool otherwise> static void flag(T &row, const GraphProperty &property)
    {
        row.*member = property.kind == GraphProperty::Kind::Boolean ? property.boolean : otherwise;
    }

private:
    std::vector<std::pair<std::string_view, Assign>> m_properties;
    QStringList m_names;
};
