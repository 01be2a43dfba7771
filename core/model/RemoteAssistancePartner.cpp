#include "core/model/RemoteAssistancePartner.h"

#include "core/model/PropertyTable.h"

#include <QHash>

using namespace GraphValues;

namespace {

using Table = PropertyTable<RemoteAssistancePartner>;

const Table &properties()
{
    static const Table table {
        {"id", Table::text<&RemoteAssistancePartner::id>},
        {"displayName", Table::text<&RemoteAssistancePartner::displayName>},
        {"onboardingStatus", Table::text<&RemoteAssistancePartner::onboardingStatus>},
        {"onboardingUrl", Table::text<&RemoteAssistancePartner::onboardingUrl>},
        {"lastConnectionDateTime", Table::dateTime<&RemoteAssistancePartner::lastConnectionDateTime>},
    };
    return table;
}

} // namespace

RemoteAssistancePartner RemoteAssistancePartner::fromJson(const QJsonObject &json)
{
    return readObject<RemoteAssistancePartner>(json);
}

void RemoteAssistancePartner::read(const GraphProperty &property)
{
    properties().read(*this, property);
}

const QStringList &RemoteAssistancePartner::selectProperties()
{
    return properties().names();
}

QString RemoteAssistancePartner::*RemoteAssistancePartner::stringProperty(const QString &graphName)
{
    static const QHash<QString, QString RemoteAssistancePartner::*> members = {
        {QStringLiteral("displayName"), &RemoteAssistancePartner::displayName},
        {QStringLiteral("onboardingStatus"), &RemoteAssistancePartner::onboardingStatus},
        {QStringLiteral("onboardingUrl"), &RemoteAssistancePartner::onboardingUrl},
    };
    return members.value(graphName, nullptr);
}
