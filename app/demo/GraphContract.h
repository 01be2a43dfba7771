#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

enum class ApiVersion { V1, Beta };

QString apiVersionSegment(ApiVersion version);

// The official property names, types and enum members of the entity types the demo tenant serves,
// read from Microsoft Graph's metadata (embedded copy of shared/graph/contract.json).
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

    const QList<ContractProperty> &properties(ApiVersion version, const QString &entityType) const;
    const ContractProperty *property(ApiVersion version, const QString &entityType, const QString &name) const;
    QStringList enumMembers(ApiVersion version, const QString &enumType) const;
    QStringList operationParameters(ApiVersion version, const QString &entityType, const QString &operation) const;
    bool hasOperation(ApiVersion version, const QString &entityType, const QString &operation) const;

private:
    GraphContract();
    struct Version
    {
        QHash<QString, QList<ContractProperty>> entities;
        QHash<QString, QStringList> enums;
        QHash<QString, QHash<QString, QStringList>> operations; // entity -> operation -> parameters
    };
    const Version &version(ApiVersion v) const { return v == ApiVersion::V1 ? m_v1 : m_beta; }
    Version m_v1;
    Version m_beta;
};
