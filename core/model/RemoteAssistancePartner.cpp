#include "core/model/RemoteAssistancePartner.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

RemoteAssistancePartner RemoteAssistancePartner::fromJson(const QJsonObject &json)
{
    return readObject<RemoteAssistancePartner>(json);
}

void RemoteAssistancePartner::read(const GraphProperty &p)
{
    const std::string_view name = p.name;
    if (name == "id")
        id = p.toString();
    else if (name == "displayName")
        displayName = p.toString();
    else if (name == "onboardingStatus")
        onboardingStatus = p.toString();
    else if (name == "onboardingUrl")
        onboardingUrl = p.toString();
    else if (name == "lastConnectionDateTime")
        lastConnectionDateTime = graphDateTime(p);
}

const QStringList &RemoteAssistancePartner::selectProperties()
{
    static const QStringList properties = {QStringLiteral("id"), QStringLiteral("displayName"),
        QStringLiteral("onboardingStatus"), QStringLiteral("onboardingUrl"), QStringLiteral("lastConnectionDateTime")};
    return properties;
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
