#pragma once

#include "core/actions/ActionCatalog.h"
#include "core/actions/ActionRunner.h"
#include "core/auth/AccessToken.h"
#include "core/journal/Journal.h"
#include "ui/OffboardingWizard.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ActionProgressDialog;
class GraphClient;
class ListPage;
class QWidget;

// The one place that runs actions, for the lists today and the offboarding plan next: request → confirmation →
// run (journaled) → each result applied to the lists from the catalog's description of the action's effect.
// It also stops runs before a quit or sign-out, and checks requests an earlier session left without an outcome.
class ActionController : public QObject
{
    Q_OBJECT

public:
    using PageFinder = std::function<ListPage *(ActionDefinition::Target)>;

    // dialogs: the window the confirmation and progress dialogs belong to. pages: the list of each kind of object.
    ActionController(GraphClient *client, QWidget *dialogs, PageFinder pages, QObject *parent = nullptr);
    ~ActionController() override;

    void setSession(const AccessToken &token, bool readOnly);
    ActionCatalog::Permission permission(const ActionDefinition &action) const;
    Journal *journal() const { return m_journal.get(); }

    // Every row already shows what the action would leave there (a device already "retire pending", a partner
    // already disconnected): running it would change nothing. Only for effects on the targets themselves.
    bool changesNothing(const ActionDefinition &action, const QList<int> &sourceRows) const;

    // Opens the confirmation; nothing is sent before it is confirmed.
    void request(const ActionDefinition &action, const QList<ActionTarget> &targets);
    // Opens the offboarding wizard with these identifiers (serial numbers, names, ids, UPNs) filled in.
    void startOffboarding(const QStringList &identifiers);
    // A plan saved to a file: refused when made for another tenant, else checked again against the tenant.
    void openSavedPlan(const QString &path);
    // A run Offboard did not finish (it was killed or crashed), for this tenant: when it started, or invalid.
    QDateTime interruptedOffboarding() const;
    // Opens it at the confirmation; what the journal shows as sent is checked, never sent again.
    void resumeOffboarding();
    // Applies what Graph did to the list that shows the target (and, for a user, their devices).
    void applyEffect(const ActionDefinition &action, const ActionTarget &target);

    QList<ActionProgressDialog *> runningActions() const;
    bool isOffboardingRunning() const;
    // With a run going, asks whether to stop it (Keep running is the default); then() once every run has stopped.
    void whenStopped(const QString &question, const std::function<void()> &then);

    // Requests of this sign-in's tenant and Graph host journaled as intents without an outcome.
    QList<JournalEntry> unresolvedIntents() const;
    // Reads each from Graph and journals what it finds; sends nothing else.
    void verifyUnresolvedIntents();

signals:
    void runFinished();
    // An offboarding plan ran: objects may be gone from every list.
    void offboardingFinished();
    void effectApplied();
    void intentsVerified(const QStringList &findings);

private:
    OffboardingWizard::Session offboardingSession() const;
    void showOffboarding(OffboardingWizard *wizard);
    void run(const ActionDefinition &action, const QList<ActionTarget> &targets, const QString &reason);
    static std::function<void()> returnFocus(QWidget *to);

    GraphClient *m_client;
    QWidget *m_dialogs;
    PageFinder m_pages;
    std::unique_ptr<Journal> m_journal;
    AccessToken m_token;
    bool m_readOnly = false;
    std::function<void()> m_afterStopped; // set while runs are stopping for a quit or sign-out
};
