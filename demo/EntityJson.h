#pragma once

#include "demo/DemoTenant.h"
#include "demo/GraphContract.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <optional>

// Renders demo objects as Microsoft Graph does: every property the metadata defines for the entity type and
// API version, in its JSON type; a property the demo does not model gets the value Graph sends for "not set".
namespace EntityJson {

inline const QString ManagedDevice = QStringLiteral("managedDevice");
inline const QString AutopilotIdentity = QStringLiteral("windowsAutopilotDeviceIdentity");
inline const QString User = QStringLiteral("user");
inline const QString RemoteAssistancePartner = QStringLiteral("remoteAssistancePartner");
inline const QString EntraDevice = QStringLiteral("device");

// The value of one property, or Undefined when the entity type has no such property.
QJsonValue value(const DemoDevice &device, SimApiVersion version, const QString &property);
QJsonValue value(const DemoAutopilotIdentity &identity, SimApiVersion version, const QString &property);
QJsonValue value(const DemoUser &user, SimApiVersion version, const QString &property);
QJsonValue value(const DemoPartner &partner, SimApiVersion version, const QString &property);
QJsonValue value(const DemoEntraDevice &device, SimApiVersion version, const QString &property);
// A managed device's DateTimeOffset property in milliseconds since the epoch, to the second as value() writes it;
// nothing for any other property.
std::optional<qint64> instant(const DemoDevice &device, const QString &property);

// The whole object, or only the properties in select (plus id) when select is not empty.
template<typename T>
QJsonObject render(const T &entity, SimApiVersion version, const QString &entityType, const QStringList &select);

// The properties a user object carries when no $select is given (Graph returns a default set for users).
const QStringList &defaultUserProperties();

} // namespace EntityJson
