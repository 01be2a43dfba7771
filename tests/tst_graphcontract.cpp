#include "demo/DemoTenant.h"
#include "demo/EntityJson.h"
#include "demo/GraphContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The demo tenant's JSON must match Microsoft Graph's metadata: every property of the entity type is present,
// nothing else is, and each value has the property's JSON type (enum values are members of the enum).
class TestGraphContract : public QObject
{
    Q_OBJECT

    static QString typeProblem(const ContractProperty &p, const QJsonValue &v, SimApiVersion version)
    {
        if (v.isUndefined())
            return QStringLiteral("missing");
        if (v.isNull())
            return p.nullable ? QString() : QStringLiteral("null but not nullable");
        if (p.collection)
            return v.isArray() ? QString() : QStringLiteral("not an array");
        if (p.kind == QLatin1String("complex"))
            return v.isObject() ? QString() : QStringLiteral("not an object");
        if (p.kind == QLatin1String("enum")) {
            const QStringList members = GraphContract::instance().enumMembers(version, p.type);
            return v.isString() && members.contains(v.toString())
                ? QString()
                : QStringLiteral("'%1' is not a member of %2").arg(v.toString(), p.type);
        }
        if (p.type == QLatin1String("Edm.String"))
            return v.isString() ? QString() : QStringLiteral("not a string");
        if (p.type == QLatin1String("Edm.Boolean"))
            return v.isBool() ? QString() : QStringLiteral("not a boolean");
        if (p.type == QLatin1String("Edm.Int32") || p.type == QLatin1String("Edm.Int64"))
            return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) ? QString()
                                                                                : QStringLiteral("not an integer");
        if (p.type == QLatin1String("Edm.DateTimeOffset"))
            return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid()
                ? QString()
                : QStringLiteral("not a DateTimeOffset");
        return QString();
    }

    template<typename T> void checkAll(const QVector<T> &entities, const QString &entityType)
    {
        for (const SimApiVersion version : {SimApiVersion::V1, SimApiVersion::Beta}) {
            const auto &properties = GraphContract::instance().properties(version, entityType);
            QVERIFY2(!properties.isEmpty(), qPrintable(entityType));
            for (const T &entity : entities) {
                const QJsonObject json = EntityJson::render(entity, version, entityType, {});
                QCOMPARE(json.size(), properties.size());
                for (const auto &p : properties) {
                    const QString problem = typeProblem(p, json.value(p.name), version);
                    QVERIFY2(problem.isEmpty(),
                        qPrintable(QStringLiteral("%1.%2 (%3): %4")
                                       .arg(entityType, p.name, simApiVersionSegment(version), problem)));
                }
            }
        }
    }

private slots:
    void managedDevicesMatchTheContract()
    {
        DemoTenantOptions o;
        o.devices = 800;
        DemoTenant tenant(o);
        checkAll(tenant.devices(), EntityJson::ManagedDevice);
    }

    void autopilotIdentitiesMatchTheContract()
    {
        DemoTenant tenant;
        checkAll(tenant.autopilotIdentities(), EntityJson::AutopilotIdentity);
    }

    void usersMatchTheContract()
    {
        DemoTenant tenant;
        checkAll(tenant.users(), EntityJson::User);
    }

    void remoteAssistancePartnersMatchTheContract()
    {
        DemoTenant tenant;
        checkAll(tenant.partners(), EntityJson::RemoteAssistancePartner);
    }

    void betaHasPropertiesThatV1DoesNot()
    {
        DemoTenant tenant;
        const DemoDevice &device = tenant.devices().first();
        QVERIFY(EntityJson::render(device, SimApiVersion::V1, EntityJson::ManagedDevice, {})
                    .value(QStringLiteral("joinType"))
                    .isUndefined());
        QVERIFY(EntityJson::render(device, SimApiVersion::Beta, EntityJson::ManagedDevice, {})
                    .value(QStringLiteral("joinType"))
                    .isString());
    }

    void theFiveActionsAreBoundWhereTheSeedsSay()
    {
        const auto &c = GraphContract::instance();
        QVERIFY(c.hasOperation(SimApiVersion::V1, EntityJson::ManagedDevice, QStringLiteral("retire")));
        QVERIFY(!c.hasOperation(SimApiVersion::V1, EntityJson::ManagedDevice, QStringLiteral("deprovision")));
        QCOMPARE(c.operationParameters(SimApiVersion::Beta, EntityJson::ManagedDevice, QStringLiteral("deprovision")),
            QStringList {QStringLiteral("deprovisionReason")});
        QVERIFY(c.hasOperation(SimApiVersion::V1, EntityJson::User, QStringLiteral("removeAllDevicesFromManagement")));
        QVERIFY(c.hasOperation(SimApiVersion::V1, EntityJson::RemoteAssistancePartner, QStringLiteral("disconnect")));
        QVERIFY(
            c.hasOperation(SimApiVersion::V1, EntityJson::AutopilotIdentity, QStringLiteral("unassignUserFromDevice")));
    }

    void embeddedContractsAreTheSharedOnes_data()
    {
        QTest::addColumn<QString>("shared");
        QTest::addColumn<QString>("embedded");
        QTest::newRow("lists") << "contract.json"
                               << "graph-contract.json";
        QTest::newRow("offboarding") << "contract-offboarding.json"
                                     << "graph-contract-offboarding.json";
    }

    void embeddedContractsAreTheSharedOnes()
    {
        QFETCH(QString, shared);
        QFETCH(QString, embedded);
        // CI checks the project out with shared/ beside it; the embedded copies must not drift from it.
        QFile sharedFile(QStringLiteral(OFFBOARD_SOURCE_DIR "/../shared/graph/") + shared);
        if (!sharedFile.exists())
            QSKIP("shared/graph/ is not beside this checkout");
        QVERIFY(sharedFile.open(QIODevice::ReadOnly));
        QFile embeddedFile(QStringLiteral(OFFBOARD_SOURCE_DIR "/demo/") + embedded);
        QVERIFY(embeddedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(embeddedFile.readAll()), QJsonDocument::fromJson(sharedFile.readAll()));
    }

    void entraDevicesHaveTheirOfficialProperties()
    {
        const GraphContract &c = GraphContract::instance();
        for (SimApiVersion v : {SimApiVersion::V1, SimApiVersion::Beta}) {
            QVERIFY(c.property(v, EntityJson::EntraDevice, QStringLiteral("deviceId")));
            QVERIFY(c.property(v, EntityJson::EntraDevice, QStringLiteral("physicalIds"))->collection);
            QCOMPARE(c.property(v, EntityJson::EntraDevice, QStringLiteral("accountEnabled"))->type,
                QStringLiteral("Edm.Boolean"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphContract)
#include "tst_graphcontract.moc"
