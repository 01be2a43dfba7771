// The journal as it may be found on disk: torn last lines, hostile or edited entries, any bytes. Read as the app
// reads it at start-up, including which intents are still unresolved.
#include "core/journal/Journal.h"
#include "tests/fuzz/FuzzInput.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("journal.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(fuzzBytes(data, size));
    }
    const Journal journal(path);
    QString error;
    (void)journal.readAll(&error);
    (void)journal.unresolvedIntents();
    return 0;
}
