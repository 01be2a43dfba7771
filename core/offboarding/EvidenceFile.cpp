#include "core/offboarding/EvidenceFile.h"

#include "core/actions/ActionCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const auto kFormat = QStringLiteral("offboard-evidence");
constexpr int kVersion = 1;
const auto kSealed = QStringLiteral("sealed");

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject stepJson(const PlanStep &step)
{
    QJsonObject object {{QStringLiteral("action"), step.action}, {QStringLiteral("targetId"), step.targetId},
        {QStringLiteral("targetName"), step.targetName}, {QStringLiteral("device"), step.device},
        {QStringLiteral("ticked"), step.checked && step.allowed},
        {QStringLiteral("outcome"), OffboardingPlan::stateLabel(step.state)}, {QStringLiteral("message"), step.message},
        {QStringLiteral("httpStatus"), step.httpStatus}, {QStringLiteral("requestId"), step.requestId},
        {QStringLiteral("finished"), iso(step.finishedAt)}};
    if (const ActionDefinition *action = ActionCatalog::find(step.action)) {
        object.insert(QStringLiteral("request"),
            QStringLiteral("%1 /%2%3")
                .arg(QString::fromLatin1(action->method),
                    action->version == ApiVersion::Beta ? QStringLiteral("beta") : QStringLiteral("v1.0"),
                    action->path(step.targetId)));
    }
    return object;
}

// What is said of a secret in clear; the sealed part adds its device and the secret itself.
QJsonObject secretDescription(const RecoverySecret &secret)
{
    return {{QStringLiteral("kind"), RecoverySecret::kindId(secret.kind)}, {QStringLiteral("label"), secret.label},
        {QStringLiteral("sourceId"), secret.sourceId}, {QStringLiteral("backedUp"), iso(secret.backedUp)}};
}

} // namespace

QJsonObject EvidenceFile::clearPart(const Run &run, const OffboardingPlan &plan, const QList<DeviceRecovery> &recovery)
{
    QJsonArray devices;
    for (int i = 0; i < plan.devices.size(); ++i) {
        const FoundDevice &d = plan.devices[i].device;
        QJsonArray read;
        QJsonArray notes;
        if (i < recovery.size()) {
            for (const RecoverySecret &secret : recovery[i].secrets)
                read.append(secretDescription(secret));
            notes = QJsonArray::fromStringList(recovery[i].notes);
        }
        devices.append(
            QJsonObject {{QStringLiteral("name"), d.name()}, {QStringLiteral("foundBy"), plan.devices[i].entryText},
                {QStringLiteral("managedDeviceId"), d.managedDeviceId},
                {QStringLiteral("azureADDeviceId"), d.azureADDeviceId}, {QStringLiteral("autopilotId"), d.autopilotId},
                {QStringLiteral("entraObjectId"), d.entraObjectId}, {QStringLiteral("serialNumber"), d.serialNumber},
                {QStringLiteral("before"), d.before}, {QStringLiteral("recoveryRead"), read},
                {QStringLiteral("recoveryNotes"), notes}});
    }
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepJson(step));
    return {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("operator"), run.operatorName}, {QStringLiteral("tenantId"), run.tenantId},
        {QStringLiteral("tenantName"), run.tenantName}, {QStringLiteral("started"), iso(run.started)},
        {QStringLiteral("written"), iso(QDateTime::currentDateTimeUtc())}, {QStringLiteral("devices"), devices},
        {QStringLiteral("steps"), steps}};
}

QJsonObject EvidenceFile::secretPart(const QList<DeviceRecovery> &recovery)
{
    QJsonArray secrets;
    for (int i = 0; i < recovery.size(); ++i) {
        for (const RecoverySecret &secret : recovery[i].secrets) {
            QJsonObject sealed = secretDescription(secret);
            sealed.insert(QStringLiteral("device"), i);
            sealed.insert(QStringLiteral("secret"), secret.secret);
            secrets.append(sealed);
        }
    }
    return {{QStringLiteral("secrets"), secrets}};
}

// QJsonObject keeps its keys sorted, so the compact form of the clear part is the same when read back.
QByteArray EvidenceFile::associatedData(const QJsonObject &document)
{
    QJsonObject clear = document;
    clear.remove(kSealed);
    return QJsonDocument(clear).toJson(QJsonDocument::Compact);
}

bool EvidenceFile::write(const QString &path, const QJsonObject &clear, const QJsonObject &secrets,
    const PassphraseCipher::Key &key, QString *error)
{
    QJsonObject document = clear;
    QByteArray plain = QJsonDocument(secrets).toJson(QJsonDocument::Compact);
    const QJsonObject sealed = PassphraseCipher::seal(key, plain, associatedData(document));
    plain.fill('\0');
    if (sealed.isEmpty()) {
        *error = tr("The recovery information could not be encrypted.");
        return false;
    }
    document.insert(kSealed, sealed);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) > 0 && file.commit();
    if (!ok)
        *error = file.errorString();
    return ok;
}

std::optional<QJsonObject> EvidenceFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("This is not an Offboard evidence file.");
        return std::nullopt;
    }
    if (object.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = tr("The evidence file was written by another version of Offboard (format %1).")
                     .arg(object.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    return object;
}

std::optional<QJsonArray> EvidenceFile::openSecrets(
    const QJsonObject &document, const QString &passphrase, QString *error)
{
    const auto plain
        = PassphraseCipher::open(document.value(kSealed).toObject(), passphrase, associatedData(document), error);
    if (!plain)
        return std::nullopt;
    return QJsonDocument::fromJson(*plain).object().value(QStringLiteral("secrets")).toArray();
}
