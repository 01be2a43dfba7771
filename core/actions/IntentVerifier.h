#pragma once

#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"

#include <QObject>

// After a crash, looks at what Graph says now about each target whose request has no recorded outcome, and records
// that in the journal as an "unknown" outcome with the observed state. It only reads: nothing is ever resent.
class IntentVerifier : public QObject
{
    Q_OBJECT

public:
    IntentVerifier(GraphClient *client, Journal *journal, QObject *parent = nullptr);

    struct Finding
    {
        JournalEntry intent;
        QString observed; // translated: what the object looks like now
    };

    void verify(const QList<JournalEntry> &intents);

signals:
    void verified(const Finding &finding);
    void finished();

private:
    void next();
    QString describe(const JournalEntry &intent, const GraphResponse &response) const;

    GraphClient *m_client;
    Journal *m_journal;
    QList<JournalEntry> m_pending;
};

Q_DECLARE_METATYPE(IntentVerifier::Finding)
