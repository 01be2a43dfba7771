#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

enum class SimApiVersion { V1, Beta };

QString simApiVersionSegment(SimApiVersion version);

// The official property names, types and enum members of the entity types the demo tenant serves,
// read from Microsoft Graph's metadata (embedded copies of shared/graph/contract.json and contract-offboarding.json).
struct ContractProperty
{
    QString name;
    QString type; // "Edm.String", an enum or a complex type name
    QString kind; // "edm", "enum" or "complex"
    bool nullable = true;
    bool collection = false;
};

class GraphContract
{
public:
    static const GraphContract &instance();

    const QList<ContractProperty> &properties(SimApiVersion version, const QString &entityType) const;
    const ContractProperty *property(SimApiVersion version, const QString &entityType, const QString &name) const;
    QStringList enumMembers(SimApiVersion version, const QString &enumType) const;
    QStringList operationParameters(SimApiVersion version, const QString &entityType, const QString &operation) const;
    bool hasOperation(SimApiVersion version, const QString &entityType, const QString &operation) const;

private:
    GraphContract();
    void load(const QString &resource);
    struct Version
    {
        QHash<QString, QList<ContractProperty>> entities;
        QHash<QString, QStringList> enums;
        QHash<QString, QHash<QString, QStringList>> operations; // entity -> operation -> parameters
    };
    const Version &version(SimApiVersion v) const { return v == SimApiVersion::V1 ? m_v1 : m_beta; }
    Version m_v1;
    Version m_beta;
};
