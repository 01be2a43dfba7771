#include "core/graph/GraphProperty.h"

#include <QJsonValue>

QString GraphProperty::toString() const
{
    return kind == Kind::Text ? QString::fromUtf8(text.data(), qsizetype(text.size())) : QString();
}

void GraphProperty::forEachIn(const QJsonObject &object, const Visitor &visit)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QJsonValue value = it.value();
        GraphProperty property;
        property.name = std::string_view(name.constData(), size_t(name.size()));
        QByteArray text;
        switch (value.type()) {
        case QJsonValue::String:
            text = value.toString().toUtf8();
            property.kind = Kind::Text;
            property.text = std::string_view(text.constData(), size_t(text.size()));
            break;
        case QJsonValue::Bool:
            property.kind = Kind::Boolean;
            property.boolean = value.toBool();
            break;
        case QJsonValue::Double:
            property.kind = Kind::Number;
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            property.kind = Kind::Structured;
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        visit(property);
    }
}
