#pragma once

#include "core/offboarding/OffboardingPlan.h"
#include "core/offboarding/RecoveryReader.h"
#include "core/platform/PassphraseCipher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// One file per offboarding run, for auditors and for whoever gets a returned device: in clear, the operator, the
// tenant, every object's state before (the Graph properties Offboard showed), which recovery information was read
// and every step's request, outcome and request-id; sealed with a passphrase the operator chose (PassphraseCipher),
// the recovery keys and passwords themselves. Secrets never go anywhere else: not the journal, reports or logs.
class EvidenceFile
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)

public:
    struct Run
    {
        QString operatorName;
        QString tenantId;
        QString tenantName;
        QDateTime started;
    };

    static QJsonObject clearPart(const Run &run, const OffboardingPlan &plan, const QList<DeviceRecovery> &recovery);
    // {"secrets": [{"device": index, "kind", "label", "sourceId", "backedUp", "secret"}]}
    static QJsonObject secretPart(const QList<DeviceRecovery> &recovery);

    // Written whole each time (QSaveFile), owner-only.
    static bool write(const QString &path, const QJsonObject &clear, const QJsonObject &secrets,
        const PassphraseCipher::Key &key, QString *error);
    static std::optional<QJsonObject> read(const QString &path, QString *error);
    // The sealed secrets of a document read, or empty with *error for a wrong passphrase or an altered file.
    static std::optional<QJsonArray> openSecrets(
        const QJsonObject &document, const QString &passphrase, QString *error);

private:
    static QByteArray associatedData(const QJsonObject &document);
};
