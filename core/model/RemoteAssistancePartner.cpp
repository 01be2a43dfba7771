#include "core/model/RemoteAssistancePartner.h"

#include <QHash>

#include "core/model/GraphValues.h"

using namespace GraphValues;

RemoteAssistancePartner RemoteAssistancePartner::fromJson(const QJsonObject &json)
{
    RemoteAssistancePartner p;
    p.id = jsonText(json, "id");
    p.displayName = jsonText(json, "displayName");
    p.onboardingStatus = jsonText(json, "onboardingStatus");
    p.onboardingUrl = jsonText(json, "onboardingUrl");
    p.lastConnectionDateTime = graphDateTime(json.value(QStringLiteral("lastConnectionDateTime")));
    return p;
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
