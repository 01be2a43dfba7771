#include "ui/HtmlFragment.h"

namespace DetailHtml {

QString fields(const QString &rows)
{
    // Paragraphs, not an HTML table: Qt puts frame markers (U+FDD0, U+FDD1) into a table's accessible text, which
    // screen readers then read out.
    return QStringLiteral("<div>%1</div>").arg(rows);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

QString warning(const QString &text)
{
    return QStringLiteral("<p style=\"color:#a4262c\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

// "HP EliteBook 840 G10" rather than "HP HP EliteBook 840 G10".
QString makeAndModel(const QString &manufacturer, const QString &model)
{
    const QString maker = manufacturer.section(QLatin1Char(' '), 0, 0);
    return model.startsWith(maker, Qt::CaseInsensitive) ? model : QStringLiteral("%1 %2").arg(manufacturer, model);
}

} // namespace DetailHtml
