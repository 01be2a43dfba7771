#include "ui/ActionController.h"

#include "core/actions/IntentVerifier.h"
#include "core/graph/GraphClient.h"
#include "core/model/ListModels.h"
#include "core/offboarding/OffboardingRunner.h"
#include "ui/ActionProgressDialog.h"
#include "ui/ConfirmActionDialog.h"
#include "ui/ListPage.h"
#include "ui/OffboardingWizard.h"

#include <QApplication>
#include <QMessageBox>
#include <QUuid>

#include <utility>

// After a dialog closes, the keyboard goes back to where it was (the list the action started from), whatever the
// window manager does with activation.
std::function<void()> ActionController::returnFocus(QWidget *to)
{
    return [to = QPointer<QWidget>(to)] {
        if (!to)
            return;
        to->window()->activateWindow();
        to->setFocus(Qt::OtherFocusReason);
    };
}

ActionController::ActionController(GraphClient *client, QWidget *dialogs, PageFinder pages, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dialogs(dialogs)
    , m_pages(std::move(pages))
    , m_journal(std::make_unique<Journal>(Journal::defaultPath()))
{
}

ActionController::~ActionController() = default;

void ActionController::setSession(const AccessToken &token, bool readOnly)
{
    m_token = token;
    m_readOnly = readOnly;
}

ActionCatalog::Permission ActionController::permission(const ActionDefinition &action) const
{
    return ActionCatalog::check(action, m_token, m_readOnly);
}

bool ActionController::changesNothing(const ActionDefinition &action, const QList<int> &sourceRows) const
{
    ListPage *page = m_pages(action.target);
    if (!page || sourceRows.isEmpty() || action.effect.scope != ActionEffect::Scope::Target)
        return false;
    return std::all_of(sourceRows.begin(), sourceRows.end(),
        [&](int row) { return page->entities()->showsChanges(row, action.effect.changes); });
}

void ActionController::request(const ActionDefinition &action, const QList<ActionTarget> &targets)
{
    if (targets.isEmpty() || !permission(action).allowed)
        return;
    const ActionDefinition *definition = ActionCatalog::find(action.name); // lives as long as the program
    auto *confirm = new ConfirmActionDialog(*definition, targets, m_token, m_client, m_dialogs);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::rejected, this, returnFocus(QApplication::focusWidget()));
    connect(confirm, &QDialog::accepted, this,
        [this, definition, targets, confirm] { run(*definition, targets, confirm->deprovisionReason()); });
    confirm->open();
}

OffboardingWizard::Session ActionController::offboardingSession() const
{
    return {m_client, m_journal.get(), m_token, m_readOnly, m_token.tenantId()};
}

void ActionController::startOffboarding(const QStringList &identifiers)
{
    showOffboarding(new OffboardingWizard(offboardingSession(), identifiers, m_dialogs));
}

void ActionController::openSavedPlan(const QString &path)
{
    QString error;
    const auto file = OffboardingPlanFile::load(path, &error);
    if (file && file->refusalFor(m_token).isEmpty()) {
        auto *wizard = new OffboardingWizard(offboardingSession(), {}, m_dialogs);
        wizard->openSavedPlan(*file);
        return showOffboarding(wizard);
    }
    QMessageBox::warning(m_dialogs, tr("Plan not opened"),
        tr("The plan %1 was not opened: %2").arg(path, file ? file->refusalFor(m_token) : error));
}

QDateTime ActionController::interruptedOffboarding() const
{
    QString error;
    const auto file = OffboardingPlanFile::load(OffboardingWizard::runFilePath(m_journal.get()), &error);
    return file && file->refusalFor(m_token).isEmpty() ? file->runStartedAt : QDateTime();
}

void ActionController::resumeOffboarding()
{
    QString error;
    const auto file = OffboardingPlanFile::load(OffboardingWizard::runFilePath(m_journal.get()), &error);
    if (!file || !file->refusalFor(m_token).isEmpty())
        return;
    auto *wizard = new OffboardingWizard(offboardingSession(), {}, m_dialogs);
    wizard->resumeRun(*file, file->sentSteps(m_journal->readAll()));
    showOffboarding(wizard);
}

void ActionController::showOffboarding(OffboardingWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, returnFocus(QApplication::focusWidget()));
    connect(wizard, &OffboardingWizard::runFinished, this, &ActionController::runFinished);
    connect(wizard, &OffboardingWizard::runFinished, this, &ActionController::offboardingFinished);
    wizard->open();
}

void ActionController::run(const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &reason)
{
    auto *progress = new ActionProgressDialog(m_client, m_journal.get(), m_token, action, targets, reason, m_dialogs);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QDialog::finished, this, returnFocus(m_dialogs->focusWidget()));
    connect(progress, &ActionProgressDialog::targetDone, this, &ActionController::applyEffect);
    connect(progress, &QDialog::finished, this, &ActionController::runFinished);
    progress->show();
    progress->start();
}

void ActionController::applyEffect(const ActionDefinition &action, const ActionTarget &target)
{
    const ActionEffect &effect = action.effect;
    ListPage *targets = m_pages(action.target);
    if (effect.scope == ActionEffect::Scope::Target) {
        if (targets)
            targets->entities()->applyChanges(target.id, effect.changes);
    } else if (ListPage *devices = m_pages(ActionDefinition::Target::ManagedDevice)) {
        auto *model = static_cast<ManagedDeviceModel *>(devices->entities());
        const QUuid user = QUuid::fromString(target.id);
        QStringList ids;
        for (const ManagedDevice &device : model->rows()) {
            if (device.userId == user)
                ids.append(device.id);
        }
        for (const QString &id : std::as_const(ids))
            model->applyChanges(id, effect.changes);
    }
    if (targets)
        targets->objectChanged(target.id);
    emit effectApplied();
}

QList<ActionProgressDialog *> ActionController::runningActions() const
{
    QList<ActionProgressDialog *> running;
    for (auto *dialog : m_dialogs->findChildren<ActionProgressDialog *>()) {
        if (dialog->isRunning())
            running.append(dialog);
    }
    return running;
}

bool ActionController::isOffboardingRunning() const
{
    for (const auto *wizard : m_dialogs->findChildren<OffboardingWizard *>()) {
        if (wizard->isRunning())
            return true;
    }
    return false;
}

// Quitting or signing out never leaves a run behind: with one running, the operator chooses to stop it (what is on
// the wire still reports and is journaled) or to keep it running.
void ActionController::whenStopped(const QString &question, const std::function<void()> &then)
{
    const QList<ActionProgressDialog *> running = runningActions();
    if (running.isEmpty())
        return then();
    if (m_afterStopped || !ActionProgressDialog::confirmStop(m_dialogs, question))
        return;
    m_afterStopped = then;
    for (ActionProgressDialog *dialog : running) {
        connect(dialog, &QDialog::finished, this, [this] {
            if (!runningActions().isEmpty() || !m_afterStopped)
                return;
            // Queued: the close or sign-out that asked may still be on the stack, and Qt ignores a nested close().
            QMetaObject::invokeMethod(this, std::exchange(m_afterStopped, {}), Qt::QueuedConnection);
        });
        dialog->stopAndClose();
    }
}

// Only this sign-in's own: its tenant, through the Graph host in use (never the demo's against a real tenant).
QList<JournalEntry> ActionController::unresolvedIntents() const
{
    return m_journal->unresolvedIntents(m_token.tenantId(), m_client->baseUrl().host());
}

void ActionController::verifyUnresolvedIntents()
{
    auto *verifier = new IntentVerifier(m_client, m_journal.get(), this);
    auto findings = std::make_shared<QStringList>();
    connect(verifier, &IntentVerifier::verified, this, [findings](const IntentVerifier::Finding &finding) {
        findings->append(
            QStringLiteral("%1 %2 (%3): %4")
                .arg(finding.intent.action, finding.intent.targetName, finding.intent.targetId, finding.observed));
    });
    connect(verifier, &IntentVerifier::finished, this, [this, verifier, findings] {
        verifier->deleteLater();
        emit intentsVerified(*findings);
    });
    verifier->verify(unresolvedIntents());
}
