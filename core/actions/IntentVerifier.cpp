#include "core/actions/IntentVerifier.h"

#include "core/actions/ActionCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

IntentVerifier::IntentVerifier(GraphClient *client, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
}

void IntentVerifier::verify(const QList<JournalEntry> &intents)
{
    m_pending = intents;
    next();
}

void IntentVerifier::next()
{
    if (m_pending.isEmpty()) {
        emit finished();
        return;
    }
    const JournalEntry intent = m_pending.first();
    const ApiVersion version = intent.apiVersion == QLatin1String("beta") ? ApiVersion::Beta : ApiVersion::V1;
    const QString id = GraphClient::pathSegment(intent.targetId);
    QString path;
    QUrlQuery query;
    const ActionDefinition *action = ActionCatalog::find(intent.action);
    if (intent.action == QLatin1String("removeAllDevicesFromManagement")) {
        path = QStringLiteral("/users/%1/managedDevices").arg(id);
        query.addQueryItem(QStringLiteral("$select"), QStringLiteral("managementState"));
    } else if (action) {
        path = action->objectPath(intent.targetId);
    }
    if (path.isEmpty()) { // an action this version does not know: nothing to read, left open
        m_pending.removeFirst();
        return next();
    }
    GraphRequest *request = m_client->get(m_client->resourceUrl(version, path, query));
    connect(request, &GraphRequest::finished, this, [this, intent](const GraphResponse &response) {
        m_pending.removeFirst();
        const QString observed = describe(intent, response);
        JournalEntry outcome = intent;
        outcome.kind = JournalEntry::Kind::Outcome;
        outcome.time = QDateTime::currentDateTimeUtc();
        outcome.outcome = JournalEntry::Outcome::Unknown;
        outcome.httpStatus = response.httpStatus;
        outcome.requestId
            = response.requestId.isEmpty() ? response.error.requestId : response.requestId; // on success too
        outcome.message = tr("Checked after a restart: %1").arg(observed);
        QString error;
        if (response.ok() || response.httpStatus == 404)
            m_journal->append(outcome, &error); // otherwise it stays open and is offered again next time
        emit verified({intent, observed});
        next();
    });
}

QString IntentVerifier::describe(const JournalEntry &intent, const GraphResponse &response) const
{
    if (response.httpStatus == 404)
        return tr("the object no longer exists");
    if (!response.ok())
        return tr("could not be read (%1)").arg(response.error.summary());
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (intent.action == QLatin1String("retire") || intent.action == QLatin1String("deprovision"))
        return tr("management state is %1").arg(json.value(QStringLiteral("managementState")).toString());
    if (intent.action == QLatin1String("removeAllDevicesFromManagement")) {
        int pending = 0;
        const QJsonArray devices = json.value(QStringLiteral("value")).toArray();
        for (const auto &d : devices)
            pending
                += d.toObject().value(QStringLiteral("managementState")).toString() == QLatin1String("retirePending");
        return tr("%1 of the user's %n device(s) are pending retirement", nullptr, int(devices.size())).arg(pending);
    }
    if (intent.action == QLatin1String("disconnect"))
        return tr("onboarding status is %1").arg(json.value(QStringLiteral("onboardingStatus")).toString());
    if (intent.action == QLatin1String("disableEntraDevice"))
        return json.value(QStringLiteral("accountEnabled")).toBool(true) ? tr("the device is still enabled")
                                                                         : tr("the device is disabled");
    if (intent.action.startsWith(QLatin1String("delete")) || intent.action.startsWith(QLatin1String("deregister")))
        return tr("the object still exists");
    const QString user = json.value(QStringLiteral("userPrincipalName")).toString();
    return user.isEmpty() ? tr("no user is assigned") : tr("%1 is still assigned").arg(user);
}
