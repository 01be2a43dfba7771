#include "core/model/CsvWriter.h"

#include <QFile>
#include <QSaveFile>

bool CsvWriter::save(const QString &path) const
{
    QSaveFile file(path);
    // Exports hold names and UPNs: owner-only, like the journal.
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && file.write(m_data) == m_data.size() && file.commit();
}

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

QString CsvWriter::field(const QString &cell)
{
    QString value = cell;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char(';'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(field(cell));
    m_data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}
