#include "core/journal/Journal.h"

#include "core/platform/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

const char *const kOutcomes[] = {"", "done", "failed", "unknown", "notSent", "approvalRequired"};

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

QString JournalEntry::outcomeId(Outcome outcome)
{
    return QLatin1String(kOutcomes[int(outcome)]);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json {
        {QStringLiteral("kind"), kind == Kind::Intent ? QStringLiteral("intent") : QStringLiteral("outcome")},
        {QStringLiteral("operationId"), operationId},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)}, {QStringLiteral("operator"), operatorName},
        {QStringLiteral("tenant"), tenantId}, {QStringLiteral("graphHost"), graphHost},
        {QStringLiteral("action"), action}, {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("targetId"), targetId}, {QStringLiteral("targetName"), targetName}};
    if (kind == Kind::Outcome) {
        json.insert(QStringLiteral("outcome"), outcomeId(outcome));
        json.insert(QStringLiteral("httpStatus"), httpStatus);
        json.insert(QStringLiteral("requestId"), requestId);
    }
    // An intent's message is what was asked for with it (deprovision's reason); an outcome's is Graph's answer.
    if (!message.isEmpty() || kind == Kind::Outcome)
        json.insert(QStringLiteral("message"), message);
    return json;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &json, bool *ok)
{
    JournalEntry e;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    e.kind = kind == QLatin1String("outcome") ? Kind::Outcome : Kind::Intent;
    e.operationId = json.value(QStringLiteral("operationId")).toString();
    e.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.operatorName = json.value(QStringLiteral("operator")).toString();
    e.tenantId = json.value(QStringLiteral("tenant")).toString();
    e.graphHost = json.value(QStringLiteral("graphHost")).toString();
    e.action = json.value(QStringLiteral("action")).toString();
    e.apiVersion = json.value(QStringLiteral("apiVersion")).toString();
    e.targetId = json.value(QStringLiteral("targetId")).toString();
    e.targetName = json.value(QStringLiteral("targetName")).toString();
    const QString outcome = json.value(QStringLiteral("outcome")).toString();
    for (int i = 0; i < int(std::size(kOutcomes)); ++i) {
        if (outcome == QLatin1String(kOutcomes[i]))
            e.outcome = Outcome(i);
    }
    e.httpStatus = json.value(QStringLiteral("httpStatus")).toInt();
    e.requestId = json.value(QStringLiteral("requestId")).toString();
    e.message = json.value(QStringLiteral("message")).toString();
    *ok = (kind == QLatin1String("intent") || kind == QLatin1String("outcome")) && !e.operationId.isEmpty();
    return e;
}

Journal::Journal(const QString &path)
    : m_path(path)
{
}

Journal::~Journal() = default;

bool Journal::lock(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    PrivateFiles::makePrivateFolder(QFileInfo(m_path).absolutePath());
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a lock left by a crashed Offboard is recognised by its process id, not by age
    if (m_lock->tryLock(0)) {
        // Its process id and host name are Offboard's user's business only, like the journal beside it.
        QFile::setPermissions(m_path + QStringLiteral(".lock"), QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    *error = QCoreApplication::translate("Journal",
        "Another Offboard (process %1) is writing the audit journal %2. Actions "
        "run only from that window until it closes.")
                 .arg(QString::number(pid), m_path);
    m_lock.reset();
    return false;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
}

bool Journal::openForAppend(QString *error)
{
    if (m_file.isOpen())
        return true;
    if (!lock(error))
        return false;
    const QString folder = QFileInfo(m_path).absolutePath();
    m_file.setFileName(m_path);
    const bool created = !m_file.exists();
    // Append mode: every record lands at the end, whatever else happens to the file.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (created)
        PrivateFiles::syncFolder(folder); // the new file's name is on disk before its first record counts on it
    // A crash can leave half a line; start the next record on a line of its own.
    if (m_file.size() > 0 && m_file.seek(m_file.size() - 1) && m_file.read(1) != "\n")
        m_file.write("\n");
    m_file.seek(m_file.size());
    return true;
}

bool Journal::append(const JournalEntry &entry, QString *error)
{
    if (!openForAppend(error))
        return false;
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !syncToDisk(m_file)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

QList<JournalEntry> Journal::readAll(QString *error) const
{
    QList<JournalEntry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return entries;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        const JournalEntry entry = JournalEntry::fromJson(QJsonDocument::fromJson(line).object(), &ok);
        if (ok)
            entries.append(entry);
    }
    return entries;
}

QList<JournalEntry> Journal::unresolvedIntents(const QString &tenantId, const QString &graphHost) const
{
    QList<JournalEntry> mine;
    for (const JournalEntry &e : unresolvedIntents()) {
        if (e.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0
            && e.graphHost.compare(graphHost, Qt::CaseInsensitive) == 0)
            mine.append(e);
    }
    return mine;
}

QList<JournalEntry> Journal::unresolvedIntents() const
{
    const QList<JournalEntry> entries = readAll();
    QHash<QString, int> resolved;
    for (const JournalEntry &e : entries) {
        if (e.kind == JournalEntry::Kind::Outcome)
            resolved.insert(e.operationId, 1);
    }
    QList<JournalEntry> open;
    for (const JournalEntry &e : entries) {
        if (e.kind == JournalEntry::Kind::Intent && !resolved.contains(e.operationId))
            open.append(e);
    }
    return open;
}
