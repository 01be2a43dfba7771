#pragma once

#include <QByteArray>
#include <QStringList>

// CSV as RFC 4180 writes it (CRLF, quotes doubled), in UTF-8 with a byte order mark so Excel reads Cyrillic,
// and with cells that a spreadsheet would run as a formula (=, +, -, @ and their tab/CR tricks) made plain text.
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList &cells);
    QByteArray data() const { return m_data; }
    // Writes the file whole or not at all.
    bool save(const QString &path) const;

    static QString field(const QString &cell);

private:
    QByteArray m_data;
};
