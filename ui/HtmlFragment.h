#pragma once

#include <QString>

// Markup built from escaped parts (links, labels with raw values), kept apart from plain text so that tenant data
// can only reach the detail pane's HTML through an escaping function.
struct HtmlFragment
{
    QString markup;
    static HtmlFragment escaped(const QString &text) { return {text.toHtmlEscaped()}; }
};

// The detail pane's building blocks; each escapes the plain text it is given.
namespace DetailHtml {

QString fields(const QString &rows);

QString heading(const QString &text);

QString warning(const QString &text);

// "HP EliteBook 840 G10" rather than "HP HP EliteBook 840 G10".
QString makeAndModel(const QString &manufacturer, const QString &model);

} // namespace DetailHtml
