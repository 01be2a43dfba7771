#include "core/graph/GraphPage.h"

#include <QJsonArray>

#include <simdjson.h>

#include <cmath>
#include <limits>
#include <vector>

struct GraphPage::Data
{
    simdjson::dom::parser parser;
    std::vector<simdjson::dom::element> items;
    QString error;
    QUrl nextLink;
    int count = -1;
};

namespace {

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// @odata.count as QJsonValue::toInt(-1) reads it: an integral number within int's range, else -1.
int countOf(simdjson::dom::element value)
{
    double number = 0;
    if (int64_t integer = 0; value.get_int64().get(integer) == simdjson::SUCCESS)
        number = double(integer);
    else if (value.get_double().get(number) != simdjson::SUCCESS)
        return -1;
    if (number != std::floor(number) || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max())
        return -1;
    return int(number);
}

QJsonValue qtJson(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return utf8(value.get_string().value_unsafe());
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe();
    case simdjson::dom::element_type::INT64:
        return qint64(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        const simdjson::dom::array items = value.get_array().value_unsafe();
        for (const simdjson::dom::element item : items)
            array.append(qtJson(item));
        return array;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        const simdjson::dom::object members = value.get_object().value_unsafe();
        for (const auto [key, item] : members)
            object.insert(utf8(key), qtJson(item));
        return object;
    }
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue::Null;
}

GraphProperty propertyOf(std::string_view name, simdjson::dom::element value)
{
    GraphProperty property;
    property.name = name;
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        property.kind = GraphProperty::Kind::Text;
        property.text = value.get_string().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        property.kind = GraphProperty::Kind::Boolean;
        property.boolean = value.get_bool().value_unsafe();
        break;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        property.kind = GraphProperty::Kind::Number;
        break;
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT:
        property.kind = GraphProperty::Kind::Structured;
        break;
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return property;
}

} // namespace

GraphPage::GraphPage(QByteArrayView body)
    : d(std::make_unique<Data>())
{
    if (body.isEmpty()) { // simdjson would copy from a null pointer
        d->error = QString::fromLatin1(simdjson::error_message(simdjson::EMPTY));
        return;
    }
    simdjson::dom::element root;
    // simdjson reads a little past the end of its input: parse() copies the body into a padded buffer.
    if (const auto error = d->parser.parse(body.data(), size_t(body.size())).get(root); error) {
        d->error = QString::fromLatin1(simdjson::error_message(error));
        return;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        d->error = QStringLiteral("no \"value\" array");
        return;
    }
    bool hasValues = false;
    // A name given twice counts with its last value, as in QJsonDocument.
    for (const auto [key, value] : object) {
        if (key == "value") {
            simdjson::dom::array values;
            hasValues = value.get_array().get(values) == simdjson::SUCCESS;
            d->items.clear();
            if (hasValues)
                d->items.assign(values.begin(), values.end());
        } else if (key == "@odata.nextLink") {
            std::string_view link;
            d->nextLink
                = value.get_string().get(link) == simdjson::SUCCESS ? QUrl(utf8(link), QUrl::StrictMode) : QUrl();
        } else if (key == "@odata.count") {
            d->count = countOf(value);
        }
    }
    if (!hasValues)
        d->error = QStringLiteral("no \"value\" array");
}

GraphPage::~GraphPage() = default;

QString GraphPage::error() const
{
    return d->error;
}

QUrl GraphPage::nextLink() const
{
    return d->nextLink;
}

int GraphPage::count() const
{
    return d->count;
}

qsizetype GraphPage::size() const
{
    return qsizetype(d->items.size());
}

void GraphPage::forEachProperty(qsizetype index, const GraphProperty::Visitor &visit) const
{
    simdjson::dom::object object;
    if (d->items.at(size_t(index)).get_object().get(object) != simdjson::SUCCESS)
        return;
    for (const auto [key, value] : object)
        visit(propertyOf(key, value));
}

QString GraphPage::text(qsizetype index, std::string_view name) const
{
    simdjson::dom::object object;
    if (d->items.at(size_t(index)).get_object().get(object) != simdjson::SUCCESS)
        return {};
    std::string_view text;
    QString found;
    for (const auto [key, value] : object) {
        if (key == name)
            found = value.get_string().get(text) == simdjson::SUCCESS ? utf8(text) : QString();
    }
    return found;
}

QJsonObject GraphPage::object(qsizetype index) const
{
    return qtJson(d->items.at(size_t(index))).toObject();
}
