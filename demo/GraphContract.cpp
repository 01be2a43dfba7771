#include "demo/GraphContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString simApiVersionSegment(SimApiVersion version)
{
    return version == SimApiVersion::V1 ? QStringLiteral("v1.0") : QStringLiteral("beta");
}

const GraphContract &GraphContract::instance()
{
    static const GraphContract contract;
    return contract;
}

GraphContract::GraphContract()
{
    Q_INIT_RESOURCE(demo);
    // The four entity types of the lists, then those a whole offboarding touches (Entra devices, BitLocker, LAPS).
    for (const char *name : {":/demo/graph-contract.json", ":/demo/graph-contract-offboarding.json"})
        load(QLatin1String(name));
}

void GraphContract::load(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The embedded Graph contract %s is missing", qPrintable(resource));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (auto *target : {&m_v1, &m_beta}) {
        const QJsonObject version
            = root.value(target == &m_v1 ? QStringLiteral("v1.0") : QStringLiteral("beta")).toObject();
        const QJsonObject entities = version.value(QStringLiteral("entityTypes")).toObject();
        for (auto it = entities.begin(); it != entities.end(); ++it) {
            const QJsonObject props = it.value().toObject().value(QStringLiteral("properties")).toObject();
            QList<ContractProperty> list;
            for (auto p = props.begin(); p != props.end(); ++p) {
                const QJsonObject def = p.value().toObject();
                list.append({p.key(), def.value(QStringLiteral("type")).toString(),
                    def.value(QStringLiteral("kind")).toString(), def.value(QStringLiteral("nullable")).toBool(),
                    def.value(QStringLiteral("collection")).toBool()});
            }
            target->entities.insert(it.key(), list);
        }
        const QJsonObject enums = version.value(QStringLiteral("enumTypes")).toObject();
        for (auto it = enums.begin(); it != enums.end(); ++it) {
            QStringList members;
            for (const auto &m : it.value().toObject().value(QStringLiteral("members")).toArray())
                members.append(m.toString());
            target->enums.insert(it.key(), members);
        }
        const QJsonObject operations = version.value(QStringLiteral("operations")).toObject();
        for (auto it = operations.begin(); it != operations.end(); ++it) {
            for (const auto &op : it.value().toArray()) {
                QStringList params;
                for (const auto &p : op.toObject().value(QStringLiteral("parameters")).toArray())
                    params.append(p.toObject().value(QStringLiteral("name")).toString());
                target->operations[it.key()].insert(op.toObject().value(QStringLiteral("name")).toString(), params);
            }
        }
    }
}

const QList<ContractProperty> &GraphContract::properties(SimApiVersion v, const QString &entityType) const
{
    static const QList<ContractProperty> none;
    const auto it = version(v).entities.constFind(entityType);
    return it == version(v).entities.constEnd() ? none : *it;
}

const ContractProperty *GraphContract::property(SimApiVersion v, const QString &entityType, const QString &name) const
{
    for (const auto &p : properties(v, entityType)) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList GraphContract::enumMembers(SimApiVersion v, const QString &enumType) const
{
    return version(v).enums.value(enumType);
}

QStringList GraphContract::operationParameters(
    SimApiVersion v, const QString &entityType, const QString &operation) const
{
    return version(v).operations.value(entityType).value(operation);
}

bool GraphContract::hasOperation(SimApiVersion v, const QString &entityType, const QString &operation) const
{
    return version(v).operations.value(entityType).contains(operation);
}
