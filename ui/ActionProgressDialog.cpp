#include "ui/ActionProgressDialog.h"

#include "core/model/CsvWriter.h"
#include "ui/FileDialog.h"

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
    const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &deprovisionReason,
    QWidget *parent)
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
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
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
        const QString path = FileDialog::saveFileName(this, tr("Export results"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("CSV files (*.csv)"));
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
    connect(m_runner, &ActionRunner::journalFailed, this,
        [this](const QString &message) { QMessageBox::critical(this, tr("Audit journal"), message); });
    connect(m_runner, &ActionRunner::finished, this, &ActionProgressDialog::onFinished);
}

void ActionProgressDialog::start()
{
    m_table->setRowCount(int(m_targets.size()));
    for (int row = 0; row < m_targets.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_targets[row].name));
        m_table->setItem(row, 1, new QTableWidgetItem());
        m_table->setItem(row, 2, new QTableWidgetItem());
        m_table->setItem(row, 3, new QTableWidgetItem());
    }
    runOn(m_targets);
}

// Runs the action on some of the targets (all of them, or the failed ones again); the other rows keep their results.
void ActionProgressDialog::runOn(const QList<ActionTarget> &targets)
{
    for (const ActionTarget &target : targets) {
        m_latest.remove(target.id);
        const int row = rowOf(target.id);
        m_table->item(row, 1)->setText(tr("Waiting"));
        m_table->item(row, 2)->setText(QString());
        m_table->item(row, 3)->setText(QString());
    }
    m_summary->setText(tr("Sending…"));
    m_stop->setEnabled(true);
    m_retry->setEnabled(false);
    m_export->setEnabled(false);
    m_close->setEnabled(false); // closing mid-run would leave requests without a window that reports them
    m_runner->run(m_action, targets, m_reason);
}

bool ActionProgressDialog::confirmStop(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Action still running"), question, QMessageBox::NoButton, parent);
    QPushButton *stop = box.addButton(tr("&Stop sending"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void ActionProgressDialog::reject()
{
    if (!isRunning())
        return QDialog::reject();
    if (confirmStop(this,
            tr("The action is still running. Stop sending and close when the requests already on their way "
               "have reported? Nothing more is sent.")))
        stopAndClose();
}

void ActionProgressDialog::stopAndClose()
{
    if (!isRunning())
        return QDialog::accept();
    m_closeWhenFinished = true;
    m_summary->setText(tr("Stopping: waiting for the requests already on their way…"));
    m_runner->cancel();
}

int ActionProgressDialog::rowOf(const QString &targetId) const
{
    return int(std::find_if(m_targets.begin(), m_targets.end(), [&](const ActionTarget &t) { return t.id == targetId; })
        - m_targets.begin());
}

QList<ActionTarget> ActionProgressDialog::failedTargets() const
{
    QList<ActionTarget> failed;
    for (const ActionResult &r : results()) {
        if (r.status == ActionResult::Status::Failed)
            failed.append(r.target);
    }
    return failed;
}

QList<ActionResult> ActionProgressDialog::results() const
{
    QList<ActionResult> all;
    for (const ActionTarget &target : m_targets) {
        ActionResult r = m_latest.value(target.id);
        r.target = target;
        all.append(r);
    }
    return all;
}

QString ActionProgressDialog::statusText(ActionResult::Status status)
{
    switch (status) {
    case ActionResult::Status::NotSent:
        return tr("Not sent");
    case ActionResult::Status::Done:
        return tr("Done");
    case ActionResult::Status::Failed:
        return tr("Failed");
    case ActionResult::Status::Unknown:
        return tr("Outcome unknown: check the object");
    case ActionResult::Status::AwaitingApproval:
        return tr("Needs approval (Multi Admin Approval)");
    }
    return {};
}

void ActionProgressDialog::showResult(const ActionResult &result)
{
    const int row = rowOf(result.target.id);
    if (row >= m_targets.size())
        return;
    m_latest.insert(result.target.id, result);
    m_table->item(row, 1)->setText(statusText(result.status));
    m_table->item(row, 2)->setText(result.httpStatus ? QString::number(result.httpStatus) : QString());
    QString message = result.error.isError() ? result.error.summary() : QString();
    if (!result.requestId.isEmpty())
        message = message.isEmpty() ? tr("Request ID %1").arg(result.requestId)
                                    : message + tr(" (request ID %1)").arg(result.requestId);
    if (result.status == ActionResult::Status::AwaitingApproval)
        message
            = tr("An Intune access policy requires a second administrator's approval: submit the request in the Intune "
                 "admin center (Tenant administration > Multi Admin Approval). ")
            + message;
    m_table->item(row, 3)->setText(message);
    m_table->item(row, 3)->setToolTip(result.error.details());
    if (result.status == ActionResult::Status::Done)
        emit targetDone(m_action, result.target);
}

void ActionProgressDialog::onFinished()
{
    int counts[5] = {};
    const QList<ActionResult> all = results();
    for (int row = 0; row < all.size(); ++row) {
        ++counts[int(all[row].status)];
        if (all[row].status == ActionResult::Status::NotSent)
            m_table->item(row, 1)->setText(statusText(ActionResult::Status::NotSent));
    }
    m_summary->setText(tr("Done: %1 · failed: %2 · awaiting approval: %3 · outcome unknown: %4 · not sent: %5")
                           .arg(counts[int(ActionResult::Status::Done)])
                           .arg(counts[int(ActionResult::Status::Failed)])
                           .arg(counts[int(ActionResult::Status::AwaitingApproval)])
                           .arg(counts[int(ActionResult::Status::Unknown)])
                           .arg(counts[int(ActionResult::Status::NotSent)]));
    m_stop->setEnabled(false);
    m_retry->setEnabled(!failedTargets().isEmpty());
    m_export->setEnabled(true);
    m_close->setEnabled(true);
    if (m_closeWhenFinished)
        QDialog::accept();
}

// Only what Graph refused; an unknown outcome (a lost answer, 500, 502, 504) is never sent again from here.
void ActionProgressDialog::retryFailed()
{
    runOn(failedTargets());
}

bool ActionProgressDialog::exportResults(const QString &path) const
{
    CsvWriter csv;
    csv.addRow({tr("Name"), tr("Graph ID"), tr("Result"), tr("HTTP"), tr("Message"), tr("Request ID")});
    for (const ActionResult &r : results())
        csv.addRow({r.target.name, r.target.id, statusText(r.status),
            r.httpStatus ? QString::number(r.httpStatus) : QString(), r.error.message, r.requestId});
    return csv.save(path);
}
