#include "ActionProgressDialog.h"

#include "CsvWriter.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

ActionProgressDialog::ActionProgressDialog(GraphClient *client, Journal *journal, const AccessToken &token,
                                           const ActionDefinition &action, const QList<ActionTarget> &targets,
                                           const QString &deprovisionReason, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_journal(journal)
    , m_token(token)
    , m_action(action)
    , m_targets(targets)
    , m_reason(deprovisionReason)
    , m_runner(new ActionRunner(client, journal, token, this))
{
    setObjectName(QStringLiteral("ActionProgressDialog"));
    setWindowTitle(ActionCatalog::title(action));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Result"), tr("HTTP"), tr("Graph's message and request ID")});
    m_table->setAccessibleName(tr("Results"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setToolTip(tr("Send nothing more; what is already on its way still reports"));
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setToolTip(tr("Run the action again on the targets Graph refused. Targets with an unknown outcome are not "
                           "included: check them first."));
    m_export = new QPushButton(tr("&Export results…"), this);
    m_close = new QPushButton(tr("&Close"), this);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    resize(820, 480);

    connect(m_stop, &QPushButton::clicked, m_runner, &ActionRunner::cancel);
    connect(m_retry, &QPushButton::clicked, this, &ActionProgressDialog::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportResults(path))
            QMessageBox::warning(this, tr("Export failed"), tr("The file %1 could not be written.").arg(path));
    });
    connect(m_runner, &ActionRunner::targetFinished, this, &ActionProgressDialog::showResult);
    connect(m_runner, &ActionRunner::progress, this, [this](int finished, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(finished);
    });
    connect(m_runner, &ActionRunner::waiting, this, [this](int seconds) {
        m_summary->setText(tr("Waiting %n s to stay within Intune's request limits…", nullptr, seconds));
    });
    connect(m_runner, &ActionRunner::journalFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Audit journal"), message);
    });
    connect(m_runner, &ActionRunner::finished, this, &ActionProgressDialog::onFinished);
}

void ActionProgressDialog::start()
{
    m_table->setRowCount(int(m_targets.size()));
    for (int row = 0; row < m_targets.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_targets[row].name));
        m_table->setItem(row, 1, new QTableWidgetItem(tr("Waiting")));
        m_table->setItem(row, 2, new QTableWidgetItem());
        m_table->setItem(row, 3, new QTableWidgetItem());
    }
    m_summary->setText(tr("Sending…"));
    m_stop->setEnabled(true);
    m_retry->setEnabled(false);
    m_export->setEnabled(false);
    m_runner->run(m_action, m_targets, m_reason);
}

QString ActionProgressDialog::statusText(ActionResult::Status status)
{
    switch (status) {
    case ActionResult::Status::NotSent: return tr("Not sent");
    case ActionResult::Status::Done: return tr("Done");
    case ActionResult::Status::Failed: return tr("Failed");
    case ActionResult::Status::Unknown: return tr("Outcome unknown: check the object");
    case ActionResult::Status::AwaitingApproval: return tr("Needs approval (Multi Admin Approval)");
    }
    return {};
}

void ActionProgressDialog::showResult(const ActionResult &result)
{
    const int row = int(std::find_if(m_targets.begin(), m_targets.end(), [&](const ActionTarget &t) { return t.id == result.target.id; })
                        - m_targets.begin());
    if (row >= m_targets.size())
        return;
    m_table->item(row, 1)->setText(statusText(result.status));
    m_table->item(row, 2)->setText(result.httpStatus ? QString::number(result.httpStatus) : QString());
    QString message = result.error.isError() ? result.error.summary() : QString();
    if (!result.requestId.isEmpty())
        message = message.isEmpty() ? tr("Request ID %1").arg(result.requestId) : message + tr(" (request ID %1)").arg(result.requestId);
    if (result.status == ActionResult::Status::AwaitingApproval)
        message = tr("An Intune access policy requires a second administrator's approval: submit the request in the Intune "
                     "admin center (Tenant administration > Multi Admin Approval). ") + message;
    m_table->item(row, 3)->setText(message);
    m_table->item(row, 3)->setToolTip(result.error.details());
    if (result.status == ActionResult::Status::Done)
        emit targetDone(m_action, result.target);
}

void ActionProgressDialog::onFinished()
{
    int counts[5] = {};
    for (const ActionResult &r : m_runner->results())
        ++counts[int(r.status)];
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_runner->results().value(row).status == ActionResult::Status::NotSent)
            m_table->item(row, 1)->setText(statusText(ActionResult::Status::NotSent));
    }
    m_summary->setText(tr("Done: %1 · failed: %2 · awaiting approval: %3 · outcome unknown: %4 · not sent: %5")
                           .arg(counts[int(ActionResult::Status::Done)])
                           .arg(counts[int(ActionResult::Status::Failed)])
                           .arg(counts[int(ActionResult::Status::AwaitingApproval)])
                           .arg(counts[int(ActionResult::Status::Unknown)])
                           .arg(counts[int(ActionResult::Status::NotSent)]));
    m_stop->setEnabled(false);
    m_retry->setEnabled(!m_runner->failedTargets().isEmpty());
    m_export->setEnabled(true);
}

void ActionProgressDialog::retryFailed()
{
    m_targets = m_runner->failedTargets();
    start();
}

bool ActionProgressDialog::exportResults(const QString &path) const
{
    CsvWriter csv;
    csv.addRow({tr("Name"), tr("Graph ID"), tr("Result"), tr("HTTP"), tr("Message"), tr("Request ID")});
    for (const ActionResult &r : m_runner->results())
        csv.addRow({r.target.name, r.target.id, statusText(r.status), r.httpStatus ? QString::number(r.httpStatus) : QString(),
                    r.error.message, r.requestId});
    return csv.save(path);
}
