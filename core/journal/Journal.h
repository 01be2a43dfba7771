#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

// One line of the audit journal. There is deliberately no field that could hold a token or secret.
struct JournalEntry
{
    enum class Kind { Intent, Outcome };
    enum class Outcome { None, Done, Failed, Unknown, NotSent, ApprovalRequired };

    Kind kind = Kind::Intent;
    QString operationId; // one per target and action; the intent and its outcome share it
    QDateTime time;
    QString operatorName; // UPN, or the app id for app-only sign-in
    QString tenantId;
    QString
        graphHost; // the Graph host the request went to: the demo tenant's intents are never checked against a real one
    QString action;
    QString apiVersion;
    QString targetId;
    QString targetName;
    Outcome outcome = Outcome::None;
    int httpStatus = 0;
    QString requestId;
    QString message;

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json, bool *ok);
    static QString outcomeId(Outcome outcome);
};

// The append-only audit journal (JSON Lines). Each record is written and flushed to disk (fsync) before append()
// returns, so an intent is on disk before its request is sent and survives a crash or a killed process.
class Journal
{
public:
    explicit Journal(const QString &path);
    static QString defaultPath(); // journal.jsonl in the app data folder

    ~Journal();

    QString path() const { return m_path; }
    // Takes the journal for this process (a lock file beside it), so two running Offboards never interleave records.
    // False, with the reason, while another instance holds it; this one may still read.
    bool lock(QString *error);
    bool append(const JournalEntry &entry, QString *error);
    // Every complete record; a last line torn by a crash is skipped.
    QList<JournalEntry> readAll(QString *error = nullptr) const;
    // Intents whose outcome was never written: their requests may or may not have reached Graph.
    QList<JournalEntry> unresolvedIntents() const;
    // The same, only those sent to this tenant through this Graph host: the only ones this sign-in can check.
    QList<JournalEntry> unresolvedIntents(const QString &tenantId, const QString &graphHost) const;

private:
    bool openForAppend(QString *error);

    QString m_path;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
};
