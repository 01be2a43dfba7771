#include "core/offboarding/OffboardingInput.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

int OffboardingInput::Table::columnCount() const
{
    int count = 0;
    for (const QStringList &row : rows)
        count = qMax(count, int(row.size()));
    return count;
}

QString OffboardingInput::decode(const QByteArray &bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes))
        return QStringDecoder(*bom, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: Excel on a Russian Windows saves "CSV (comma delimited)" in the ANSI code page, Windows-1251.
    QStringDecoder cp1251("windows-1251");
    if (cp1251.isValid())
        return cp1251(bytes);
    return QString::fromLatin1(bytes);
}

namespace {

QChar guessDelimiter(const QString &firstLine)
{
    int best = 0;
    QChar chosen;
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        int count = 0;
        bool quoted = false;
        for (const QChar c : firstLine) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == candidate && !quoted)
                ++count;
        }
        if (count > best) {
            best = count;
            chosen = candidate;
        }
    }
    return chosen;
}

// RFC 4180 cells: quotes around a cell, "" for a quote inside, line breaks inside quotes kept.
QList<QStringList> splitRows(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
        } else if (!delimiter.isNull() && c == delimiter) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace

OffboardingInput::Table OffboardingInput::readTable(const QString &text)
{
    Table table;
    const QString firstLine = text.section(QRegularExpression(QStringLiteral("[\r\n]")), 0, 0);
    table.delimiter = guessDelimiter(firstLine);
    table.rows = splitRows(text, table.delimiter);
    return table;
}

InputEntry::Kind OffboardingInput::classify(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    if (guid.match(text).hasMatch())
        return InputEntry::Kind::GraphId;
    if (text.contains(QLatin1Char('@')))
        return InputEntry::Kind::UserPrincipalName;
    return InputEntry::Kind::SerialOrName;
}

QList<InputEntry> OffboardingInput::entries(const Table &table, int column, int firstRow)
{
    QList<InputEntry> result;
    QHash<QString, int> seen; // lower-case text -> index in result
    for (int r = firstRow; r < table.rows.size(); ++r) {
        QString text = table.rows.at(r).value(column).trimmed();
        text.remove(QChar(0xFEFF)); // a stray byte order mark inside a pasted cell
        if (text.isEmpty())
            continue;
        if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
            text = text.mid(1, text.size() - 2);
        const QString key = text.toLower();
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            ++result[*it].repeats;
            continue;
        }
        seen.insert(key, int(result.size()));
        result.append({r + 1, text, classify(text), 0});
    }
    return result;
}

QList<InputEntry> OffboardingInput::fromLines(const QString &text)
{
    Table table;
    table.rows = splitRows(text, QChar());
    return entries(table, 0, 0);
}

QString OffboardingInput::kindLabel(InputEntry::Kind kind)
{
    switch (kind) {
    case InputEntry::Kind::GraphId:
        return tr("Graph or Entra ID");
    case InputEntry::Kind::UserPrincipalName:
        return tr("User (UPN)");
    case InputEntry::Kind::SerialOrName:
        break;
    }
    return tr("Serial number or device name");
}

bool OffboardingInput::looksLikeHeader(const QStringList &row)
{
    static const QRegularExpression words(
        QStringLiteral("^(serial|device|name|upn|user|e-?mail|id|серийн|устройств|имя|пользоват|почт)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &cell : row) {
        if (words.match(cell.trimmed()).hasMatch())
            return true;
    }
    return false;
}
