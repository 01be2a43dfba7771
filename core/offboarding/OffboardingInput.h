#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One identifier the operator gave, and what Offboard read it as.
struct InputEntry
{
    // A GUID may be an Intune id, an Entra deviceId or object id, an Autopilot id or a user's id: all are asked for.
    // A text with '@' is a user principal name. Anything else is a serial number or a device name: both are asked for.
    enum class Kind { GraphId, UserPrincipalName, SerialOrName };

    int line = 0; // 1-based line or row of the source
    QString text;
    Kind kind = Kind::SerialOrName;
    int repeats = 0; // later lines with the same text (any case), left out
};

// A pasted list, a TXT file or a CSV export (Excel's too) read into identifiers. Tolerant of what such files carry: a
// byte order mark, CRLF, blank lines, spaces, ';' or ',' or tab between cells, quoted cells with doubled quotes,
// Windows-1251 from a Russian Excel, and the same identifier twice.
class OffboardingInput
{
    Q_DECLARE_TR_FUNCTIONS(OffboardingInput)

public:
    struct Table
    {
        QList<QStringList> rows;
        QChar delimiter; // null for one value per line
        int columnCount() const;
    };

    // UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, else Windows-1251.
    static QString decode(const QByteArray &bytes);
    static Table readTable(const QString &text);
    // The identifiers of one column; firstRow skips a header.
    static QList<InputEntry> entries(const Table &table, int column, int firstRow = 0);
    // One identifier per line (a pasted list).
    static QList<InputEntry> fromLines(const QString &text);
    static InputEntry::Kind classify(const QString &text);
    static QString kindLabel(InputEntry::Kind kind);
    // A header row names columns rather than holding identifiers ("Serial number", "UPN", "Device name"…).
    static bool looksLikeHeader(const QStringList &row);
};
