#include "core/offboarding/OffboardingReport.h"

#include "core/model/CsvWriter.h"

#include <QLocale>

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray OffboardingReport::csv() const
{
    CsvWriter writer;
    writer.addRow(
        {tr("Device or person"), tr("Found by"), tr("Step"), tr("Step (Graph action)"), tr("Object id"), tr("Outcome"),
            tr("HTTP status"), tr("Time (UTC)"), tr("Request ID"), tr("Message"), tr("Operator"), tr("Tenant")});
    for (const PlanStep &step : plan.steps) {
        if (!step.checked)
            continue;
        const QString foundBy
            = step.device >= 0 ? plan.devices[step.device].entryText : plan.people.value(step.person).entryText;
        writer.addRow({step.targetName, foundBy, plan.sentence(step), step.action, step.targetId,
            dryRun ? tr("Dry run: not sent") : OffboardingPlan::stateLabel(step.state),
            step.httpStatus ? QString::number(step.httpStatus) : QString(), iso(step.finishedAt), step.requestId,
            step.message, operatorName, tenant});
    }
    for (const Resolution &r : resolutions) {
        if (r.status != Resolution::Status::Found)
            writer.addRow({r.entry.text, r.entry.text, OffboardingResolver::statusLabel(r.status), QString(), QString(),
                r.reason, QString(), QString(), QString(), QString(), operatorName, tenant});
    }
    return writer.data();
}

QString OffboardingReport::html() const
{
    const QLocale locale;
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                      .arg(escaped(tr("Offboarding report")));
    out += QStringLiteral("<h2>%1</h2>")
               .arg(escaped(dryRun ? tr("Offboarding report (dry run: nothing was sent)") : tr("Offboarding report")));
    out += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
               .arg(escaped(tr("Operator: %1").arg(operatorName)), escaped(tr("Tenant: %1").arg(tenant)),
                   escaped(tr("Template: %1").arg(OffboardingPlan::templateName(plan.templateUsed))),
                   escaped(tr("Started %1, finished %2")
                               .arg(locale.toString(startedAt.toLocalTime(), QLocale::LongFormat),
                                   locale.toString(finishedAt.toLocalTime(), QLocale::LongFormat))));
    out += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
               .arg(escaped(tr("Entries")));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(escaped(tr("Line")), escaped(tr("Entry")), escaped(tr("Result")), escaped(tr("Details")));
    for (const Resolution &r : resolutions)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(QString::number(r.entry.line), escaped(r.entry.text),
                       escaped(OffboardingResolver::statusLabel(r.status)), escaped(r.reason));
    out += QStringLiteral("</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
               .arg(escaped(tr("Steps, in the order they ran")));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(escaped(tr("Step")), escaped(tr("Outcome")), escaped(tr("Time")), escaped(tr("Request ID")),
                   escaped(tr("Message")));
    for (const PlanStep &step : plan.steps) {
        if (!step.checked)
            continue;
        out += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                   .arg(escaped(plan.sentence(step)), escaped(step.targetId),
                       escaped(dryRun ? tr("Dry run: not sent") : OffboardingPlan::stateLabel(step.state)),
                       escaped(step.finishedAt.isValid()
                               ? locale.toString(step.finishedAt.toLocalTime(), QLocale::ShortFormat)
                               : QString()),
                       escaped(step.requestId), escaped(step.message));
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}
