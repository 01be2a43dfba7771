#include "core/offboarding/OffboardingPlanFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace {

const QString kFormat = QStringLiteral("offboard-plan");

QJsonObject deviceJson(const PlanDevice &d)
{
    const FoundDevice &f = d.device;
    return {{QStringLiteral("managedDeviceId"), f.managedDeviceId}, {QStringLiteral("deviceName"), f.deviceName},
        {QStringLiteral("serialNumber"), f.serialNumber}, {QStringLiteral("userPrincipalName"), f.userPrincipalName},
        {QStringLiteral("operatingSystem"), f.operatingSystem}, {QStringLiteral("azureADDeviceId"), f.azureADDeviceId},
        {QStringLiteral("autopilotId"), f.autopilotId}, {QStringLiteral("entraObjectId"), f.entraObjectId},
        {QStringLiteral("entraDisplayName"), f.entraDisplayName}, {QStringLiteral("entryText"), d.entryText},
        {QStringLiteral("person"), d.person}, {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)}};
}

PlanDevice deviceFrom(const QJsonObject &o)
{
    PlanDevice d;
    FoundDevice &f = d.device;
    f.managedDeviceId = o.value(QStringLiteral("managedDeviceId")).toString();
    f.deviceName = o.value(QStringLiteral("deviceName")).toString();
    f.serialNumber = o.value(QStringLiteral("serialNumber")).toString();
    f.userPrincipalName = o.value(QStringLiteral("userPrincipalName")).toString();
    f.operatingSystem = o.value(QStringLiteral("operatingSystem")).toString();
    f.azureADDeviceId = o.value(QStringLiteral("azureADDeviceId")).toString();
    f.autopilotId = o.value(QStringLiteral("autopilotId")).toString();
    f.entraObjectId = o.value(QStringLiteral("entraObjectId")).toString();
    f.entraDisplayName = o.value(QStringLiteral("entraDisplayName")).toString();
    d.entryText = o.value(QStringLiteral("entryText")).toString();
    d.person = o.value(QStringLiteral("person")).toInt(-1);
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
        d.warnings.append(w.toString());
    return d;
}

QJsonObject stepJson(const PlanStep &s)
{
    return {{QStringLiteral("action"), s.action}, {QStringLiteral("targetId"), s.targetId},
        {QStringLiteral("targetName"), s.targetName}, {QStringLiteral("device"), s.device},
        {QStringLiteral("person"), s.person}, {QStringLiteral("checked"), s.checked},
        {QStringLiteral("allowed"), s.allowed}, {QStringLiteral("blockedReason"), s.blockedReason}};
}

std::optional<PlanStep> stepFrom(const QJsonObject &o, int devices, int people)
{
    PlanStep s;
    s.action = o.value(QStringLiteral("action")).toString();
    s.targetId = o.value(QStringLiteral("targetId")).toString();
    s.targetName = o.value(QStringLiteral("targetName")).toString();
    s.device = o.value(QStringLiteral("device")).toInt(-1);
    s.person = o.value(QStringLiteral("person")).toInt(-1);
    s.checked = o.value(QStringLiteral("checked")).toBool();
    s.allowed = o.value(QStringLiteral("allowed")).toBool();
    s.blockedReason = o.value(QStringLiteral("blockedReason")).toString();
    const ActionDefinition *action = ActionCatalog::find(s.action);
    // Nothing from a file reaches a request unchecked: a known action, an id of the kind Graph gives, an index in
    // range.
    if (!action || !action->acceptsTargetId(s.targetId) || s.device >= devices || s.person >= people
        || (s.device < 0 && s.person < 0))
        return std::nullopt;
    return s;
}

} // namespace

QString OffboardingPlanFile::stepKey(const QString &action, const QString &targetId)
{
    return action + QLatin1Char('|') + targetId.toLower();
}

OffboardingPlanFile OffboardingPlanFile::capture(const QList<Resolution> &resolutions, const OffboardingPlan &plan,
    const QStringList &identifiers, const AccessToken &token)
{
    OffboardingPlanFile file;
    file.tenantId = token.tenantId();
    file.createdBy = token.operatorName();
    file.createdAt = QDateTime::currentDateTimeUtc();
    file.identifiers = identifiers;
    for (const Resolution &r : resolutions) {
        if (!r.candidates.isEmpty() && !r.devices.isEmpty()) {
            QStringList keys;
            for (const FoundDevice &d : r.devices)
                keys.append(d.key());
            file.choices.insert(r.entry.text.toLower(), keys);
        }
    }
    file.plan = plan;
    return file;
}

QByteArray OffboardingPlanFile::toJson() const
{
    QJsonArray devices, people, steps;
    for (const PlanDevice &d : plan.devices)
        devices.append(deviceJson(d));
    for (const PlanPerson &p : plan.people)
        people.append(QJsonObject {{QStringLiteral("userId"), p.userId},
            {QStringLiteral("userPrincipalName"), p.userPrincipalName}, {QStringLiteral("displayName"), p.displayName},
            {QStringLiteral("entryText"), p.entryText}});
    for (const PlanStep &s : plan.steps)
        steps.append(stepJson(s));
    QJsonObject choiceJson;
    for (auto it = choices.begin(); it != choices.end(); ++it)
        choiceJson.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject root {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("tenantId"), tenantId}, {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODate)},
        {QStringLiteral("identifiers"), QJsonArray::fromStringList(identifiers)},
        {QStringLiteral("choices"), choiceJson}, {QStringLiteral("template"), int(plan.templateUsed)},
        {QStringLiteral("deprovisionReason"), plan.deprovisionReason}, {QStringLiteral("devices"), devices},
        {QStringLiteral("people"), people}, {QStringLiteral("steps"), steps}};
    if (runStartedAt.isValid())
        root.insert(QStringLiteral("runStartedAt"), runStartedAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<OffboardingPlanFile> OffboardingPlanFile::fromJson(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(data, &parseError).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("This is not an Offboard plan.");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        *error = tr("This plan was saved by another version of Offboard (format %1).")
                     .arg(root.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    OffboardingPlanFile file;
    file.tenantId = root.value(QStringLiteral("tenantId")).toString();
    file.createdBy = root.value(QStringLiteral("createdBy")).toString();
    file.createdAt = QDateTime::fromString(root.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    file.runStartedAt = QDateTime::fromString(root.value(QStringLiteral("runStartedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : root.value(QStringLiteral("identifiers")).toArray())
        file.identifiers.append(v.toString());
    const QJsonObject choices = root.value(QStringLiteral("choices")).toObject();
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        QStringList keys;
        for (const QJsonValue &v : it.value().toArray())
            keys.append(v.toString());
        file.choices.insert(it.key(), keys);
    }
    const int templ = root.value(QStringLiteral("template")).toInt(-1);
    if (templ < 0 || templ > int(OffboardingPlan::Template::LostDevice) || file.tenantId.isEmpty()) {
        *error = tr("The plan file is damaged.");
        return std::nullopt;
    }
    file.plan.templateUsed = OffboardingPlan::Template(templ);
    file.plan.deprovisionReason = root.value(QStringLiteral("deprovisionReason")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("devices")).toArray())
        file.plan.devices.append(deviceFrom(v.toObject()));
    for (const QJsonValue &v : root.value(QStringLiteral("people")).toArray()) {
        const QJsonObject o = v.toObject();
        file.plan.people.append(
            {o.value(QStringLiteral("userId")).toString(), o.value(QStringLiteral("userPrincipalName")).toString(),
                o.value(QStringLiteral("displayName")).toString(), o.value(QStringLiteral("entryText")).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("steps")).toArray()) {
        const auto step = stepFrom(v.toObject(), int(file.plan.devices.size()), int(file.plan.people.size()));
        if (!step) {
            *error = tr("The plan file is damaged: a step names an unknown action or an invalid id.");
            return std::nullopt;
        }
        file.plan.steps.append(*step);
    }
    return file;
}

bool OffboardingPlanFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // A plan names devices and users: its owner's alone, like the journal.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    return file.commit();
}

std::optional<OffboardingPlanFile> OffboardingPlanFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return fromJson(file.read(16 * 1024 * 1024), error);
}

QString OffboardingPlanFile::refusalFor(const AccessToken &token) const
{
    if (tenantId.compare(token.tenantId(), Qt::CaseInsensitive) == 0)
        return {};
    return tr("This plan was made for the tenant %1, and you are signed in to %2. Its ids mean nothing here, or "
              "other objects: it is not opened.")
        .arg(tenantId, token.tenantId());
}

QStringList OffboardingPlanFile::applyTo(OffboardingPlan &rebuilt) const
{
    QStringList changes;
    QSet<QString> nowKeys;
    for (const PlanDevice &d : rebuilt.devices)
        nowKeys.insert(d.device.key().toLower());
    QSet<QString> savedKeys;
    for (const PlanDevice &d : plan.devices) {
        savedKeys.insert(d.device.key().toLower());
        if (!nowKeys.contains(d.device.key().toLower()))
            changes.append(
                tr("%1 (found by \"%2\") is no longer found with the same id.").arg(d.device.name(), d.entryText));
    }
    for (const PlanDevice &d : rebuilt.devices) {
        if (!savedKeys.contains(d.device.key().toLower()))
            changes.append(tr("%1 (found by \"%2\") was not in the saved plan.").arg(d.device.name(), d.entryText));
    }
    QHash<QString, int> stepIndex;
    for (int i = 0; i < rebuilt.steps.size(); ++i)
        stepIndex.insert(stepKey(rebuilt.steps[i].action, rebuilt.steps[i].targetId), i);
    QSet<QString> ticked;
    for (const PlanStep &saved : plan.steps) {
        if (!saved.checked)
            continue;
        const QString key = stepKey(saved.action, saved.targetId);
        ticked.insert(key);
        const int i = stepIndex.value(key, -1);
        if (i < 0)
            changes.append(tr("\"%1\" on %2 can no longer be planned: the object is gone or changed.")
                               .arg(ActionCatalog::title(*ActionCatalog::find(saved.action)), saved.targetName));
    }
    for (PlanStep &step : rebuilt.steps)
        step.checked = step.allowed && ticked.contains(stepKey(step.action, step.targetId));
    rebuilt.deprovisionReason = plan.deprovisionReason;
    return changes;
}

QHash<QString, JournalEntry::Outcome> OffboardingPlanFile::sentSteps(const QList<JournalEntry> &journal) const
{
    QHash<QString, QString> keyOfOperation;
    QHash<QString, JournalEntry::Outcome> sent;
    for (const JournalEntry &e : journal) {
        if (!runStartedAt.isValid() || e.time < runStartedAt || e.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        const QString key = stepKey(e.action, e.targetId);
        if (e.kind == JournalEntry::Kind::Intent) {
            keyOfOperation.insert(e.operationId, key);
            sent.insert(key, JournalEntry::Outcome::None);
        } else if (keyOfOperation.contains(e.operationId)) {
            sent.insert(keyOfOperation.value(e.operationId), e.outcome);
        }
    }
    // A request recorded as not sent was never on the wire: it may be sent now.
    for (auto it = sent.begin(); it != sent.end();) {
        if (it.value() == JournalEntry::Outcome::NotSent)
            it = sent.erase(it);
        else
            ++it;
    }
    return sent;
}
