#include "ui/SignInDialog.h"
#include "core/auth/ProfileStore.h"

#include "core/actions/ActionCatalog.h"
#include "core/actions/OrganisationPolicy.h"
#include "core/auth/BrowserSignIn.h"
#include "core/auth/ClientSecretSignIn.h"
#include "core/auth/DeviceCodeSignIn.h"
#include "core/auth/TokenCache.h"
#include "core/platform/Milestones.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

SignInDialog::SignInDialog(QNetworkAccessManager *network, const QList<ConnectionProfile> &ephemeral, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_ephemeral(ephemeral)
{
    setObjectName(QStringLiteral("SignInDialog"));
    // A locked field looks like the text it is, not like a box waiting for input.
    setStyleSheet(QStringLiteral("QLineEdit[readOnly=\"true\"] { background: palette(window); }"));
    buildUi();
    retranslate();
    loadProfiles();
}

SignInDialog::~SignInDialog()
{
    if (m_flow)
        m_flow->cancel();
    delete m_cache;
}

TokenCache *SignInDialog::takeTokenCache()
{
    TokenCache *cache = m_cache;
    m_cache = nullptr;
    if (cache)
        cache->setParent(nullptr);
    return cache;
}

void SignInDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    // Grow with a long error message instead of squeezing the form.
    layout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    auto *profileRow = new QHBoxLayout;
    m_profileLabel = new QLabel(this);
    m_profileCombo = new QComboBox(this);
    m_profileLabel->setBuddy(m_profileCombo);
    profileRow->addWidget(m_profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    layout->addLayout(profileRow);
    m_organisationNote = new QLabel(this);
    m_organisationNote->setObjectName(QStringLiteral("organisationNote"));
    m_organisationNote->setWordWrap(true);
    m_organisationNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_organisationNote);
    m_policyProblems = new QLabel(this);
    m_policyProblems->setObjectName(QStringLiteral("policyProblems"));
    m_policyProblems->setWordWrap(true);
    m_policyProblems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_policyProblems->setStyleSheet(QStringLiteral("QLabel#policyProblems { color: #a4262c; }"));
    layout->addWidget(m_policyProblems);

    m_form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_cloud = new QComboBox(this);
    for (const Cloud &cloud : Cloud::nationalClouds())
        m_cloud->addItem(QString(), cloud.id());
    m_cloud->addItem(QString(), QStringLiteral("custom"));
    m_graphUrl = new QLineEdit(this);
    m_loginUrl = new QLineEdit(this);
    m_tenant = new QLineEdit(this);
    m_clientId = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_kinds = new QButtonGroup(this);
    m_browserKind = new QRadioButton(this);
    m_deviceKind = new QRadioButton(this);
    m_secretKind = new QRadioButton(this);
    m_kinds->addButton(m_browserKind, int(ConnectionProfile::SignInKind::Browser));
    m_kinds->addButton(m_deviceKind, int(ConnectionProfile::SignInKind::DeviceCode));
    m_kinds->addButton(m_secretKind, int(ConnectionProfile::SignInKind::ClientSecret));
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_browserKind);
    kinds->addWidget(m_deviceKind);
    kinds->addWidget(m_secretKind);
    m_kindLabel = new QLabel(this);
    m_readOnly = new QCheckBox(this);
    auto addField = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addField(m_name);
    addField(m_cloud);
    addField(m_graphUrl);
    addField(m_loginUrl);
    addField(m_tenant);
    addField(m_clientId);
    m_form->addRow(m_kindLabel, kinds);
    addField(m_secret);
    m_form->addRow(QString(), m_readOnly);
    layout->addLayout(m_form);

    // One status widget at a time; hidden ones take no room.
    m_idleHint = new QLabel(this);
    m_idleHint->setWordWrap(true);
    layout->addWidget(m_idleHint);

    auto *browserPage = new QWidget(this);
    auto *browserLayout = new QVBoxLayout(browserPage);
    m_browserHint = new QLabel(browserPage);
    m_browserHint->setWordWrap(true);
    m_reopenBrowser = new QPushButton(browserPage);
    browserLayout->addWidget(m_browserHint);
    browserLayout->addWidget(m_reopenBrowser, 0, Qt::AlignLeft);
    layout->addWidget(browserPage);

    auto *codePage = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codePage);
    m_codeHint = new QLabel(codePage);
    m_codeHint->setWordWrap(true);
    m_code = new QLabel(codePage);
    m_code->setObjectName(QStringLiteral("userCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_code->setFont(big);
    m_codeLink = new QLabel(codePage);
    m_codeLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_codeLink->setOpenExternalLinks(true);
    m_codeExpiry = new QLabel(codePage);
    auto *codeButtons = new QHBoxLayout;
    m_copyCode = new QPushButton(codePage);
    m_openCodePage = new QPushButton(codePage);
    codeButtons->addWidget(m_copyCode);
    codeButtons->addWidget(m_openCodePage);
    codeButtons->addStretch();
    codeLayout->addWidget(m_codeHint);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_codeLink);
    codeLayout->addLayout(codeButtons);
    codeLayout->addWidget(m_codeExpiry);
    layout->addWidget(codePage);

    m_workingHint = new QLabel(this);
    layout->addWidget(m_workingHint);
    m_statusPages = {m_idleHint, browserPage, codePage, m_workingHint};
    showStatus(Idle);

    auto *errorRow = new QHBoxLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setMinimumWidth(420);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("QLabel#signInError { color: #a4262c; }"));
    m_copyError = new QPushButton(this);
    m_readOnlyRetry = new QPushButton(this);
    auto *errorButtons = new QVBoxLayout;
    errorButtons->addWidget(m_copyError);
    errorButtons->addWidget(m_readOnlyRetry);
    errorButtons->addStretch();
    errorRow->addWidget(m_error, 1);
    errorRow->addLayout(errorButtons);
    layout->addLayout(errorRow);
    m_error->hide();
    m_copyError->hide();
    m_readOnlyRetry->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setDefault(true);
    layout->addWidget(m_buttons);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_profiles.size())
            showProfile(m_profiles.at(index));
        else
            showProfile({});
    });
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInDialog::updateKindFields);
    connect(m_kinds, &QButtonGroup::idClicked, this, &SignInDialog::updateKindFields);
    connect(m_reopenBrowser, &QPushButton::clicked, this, [this] {
        if (m_lastBrowserUrl.isValid())
            QDesktopServices::openUrl(m_lastBrowserUrl);
    });
    connect(m_copyCode, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(m_openCodePage, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_verificationUri); });
    connect(m_copyError, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_lastError.details()); });
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    connect(m_readOnlyRetry, &QPushButton::clicked, this, &SignInDialog::retryReadOnly);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Microsoft Entra ID"));
    m_profileLabel->setText(tr("&Connection:"));
    m_profileCombo->setAccessibleName(tr("Saved connection"));
    if (m_offersNewConnection && m_profileCombo->count() > 0)
        m_profileCombo->setItemText(m_profileCombo->count() - 1, tr("New connection…"));
    const QList<QPair<QWidget *, QString>> labels = {{m_name, tr("&Name:")}, {m_cloud, tr("C&loud:")},
        {m_graphUrl, tr("&Graph address:")}, {m_loginUrl, tr("Sign-&in address:")}, {m_tenant, tr("&Tenant:")},
        {m_clientId, tr("Client (&application) ID:")}, {m_secret, tr("Client s&ecret:")}};
    for (const auto &pair : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(pair.first)))
            label->setText(pair.second);
        pair.first->setAccessibleName(QString(pair.second).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    for (int i = 0; i < m_cloud->count(); ++i) {
        const QString id = m_cloud->itemData(i).toString();
        m_cloud->setItemText(i,
            id == QLatin1String("custom") ? tr("Custom addresses (demo tenant, test systems)")
                                          : Cloud::fromId(id).displayName());
    }
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or the tenant ID"));
    m_clientId->setToolTip(
        tr("The application (client) ID of the app registration used to sign in. The default is Microsoft "
           "Graph Command Line Tools; your organisation may require its own registration."));
    m_secret->setPlaceholderText(tr("Kept only in the system keychain"));
    m_kindLabel->setText(tr("Sign in with:"));
    m_browserKind->setText(tr("&Browser (recommended)"));
    m_deviceKind->setText(tr("&Device code, for a computer without a usable browser"));
    m_secretKind->setText(tr("App &only, with a client secret"));
    m_readOnly->setText(tr("&Read only: lists and details, no actions"));
    m_readOnly->setAccessibleName(tr("Read only"));
    QStringList actions;
    for (const ActionDefinition &action : ActionCatalog::all())
        actions.append(ActionCatalog::title(action));
    m_readOnly->setToolTip(
        tr("Offboard asks Microsoft Entra ID only for read permissions and runs no action: %1 are left out. "
           "For organisations that have not consented to Offboard's write permissions.")
            .arg(QLocale().createSeparatedList(actions)));
    const OrganisationPolicy &policy = OrganisationPolicy::current();
    for (QRadioButton *kind : {m_browserKind, m_deviceKind, m_secretKind}) {
        const bool allowed = policy.allowsSignInKind(ConnectionProfile::SignInKind(m_kinds->id(kind)));
        kind->setToolTip(allowed ? QString() : tr("Turned off by your organisation (%1).").arg(policy.source()));
    }
    m_policyProblems->setText(policy.problems().isEmpty()
            ? QString()
            : tr("Your organisation's settings (%1) have entries Offboard cannot use; ask your administrators to "
                 "correct them:\n%2")
                  .arg(policy.source(), policy.problems().join(QLatin1Char('\n'))));
    m_policyProblems->setVisible(!policy.problems().isEmpty());
    m_readOnlyRetry->setText(tr("Sign in read-only"));
    m_readOnlyRetry->setAccessibleName(tr("Sign in read-only"));
    m_idleHint->setText(tr("Offboard keeps sign-in secrets only in the system keychain, never in files."));
    m_browserHint->setText(tr("Finish signing in in your browser. This window continues by itself when you are done."));
    m_reopenBrowser->setText(tr("Open the sign-in page again"));
    m_codeHint->setText(tr("On any device, open the page below, enter this code and sign in:"));
    m_code->setAccessibleName(tr("Device code"));
    m_copyCode->setText(tr("Cop&y code"));
    m_openCodePage->setText(tr("Open the &page"));
    m_workingHint->setText(tr("Signing in…"));
    m_copyError->setText(tr("Copy details"));
    m_signInButton->setText(tr("&Sign in"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_verificationUri.isValid())
        m_codeLink->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(m_verificationUri.toString(QUrl::FullyEncoded), m_verificationUri.toString().toHtmlEscaped()));
    updateCountdown();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::loadProfiles()
{
    const OrganisationPolicy &policy = OrganisationPolicy::current();
    m_profiles = m_ephemeral + policy.merged(ProfileStore::load());
    m_offersNewConnection = policy.allowsOwnConnections();
    m_profileCombo->clear();
    for (const auto &profile : m_profiles)
        m_profileCombo->addItem(profile.name, profile.id);
    if (m_offersNewConnection)
        m_profileCombo->addItem(tr("New connection…"));
    const QString last = ProfileStore::lastUsed();
    const int lastIndex = m_profileCombo->findData(last);
    m_profileCombo->setCurrentIndex(!m_ephemeral.isEmpty() ? 0 : (lastIndex >= 0 ? lastIndex : 0));
    showProfile(m_profileCombo->currentIndex() < m_profiles.size() ? m_profiles.value(m_profileCombo->currentIndex())
                                                                   : ConnectionProfile());
}

void SignInDialog::selectProfile(const QString &id)
{
    const int index = m_profileCombo->findData(id);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

bool SignInDialog::isEphemeral(const QString &id) const
{
    return std::any_of(m_ephemeral.begin(), m_ephemeral.end(), [&](const ConnectionProfile &p) { return p.id == id; });
}

void SignInDialog::showProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(profile.cloudId)));
    m_graphUrl->setText(profile.customGraphUrl.toString());
    m_loginUrl->setText(profile.customLoginUrl.toString());
    m_tenant->setText(profile.tenant);
    m_clientId->setText(
        profile.clientId.isEmpty() ? QLatin1String(ConnectionProfile::DefaultPublicClientId) : profile.clientId);
    m_kinds->button(int(profile.signInKind))->setChecked(true);
    m_readOnly->setChecked(profile.readOnly);
    m_secret->clear();
    showOrganisationNote(profile);
    updateKindFields();
    updateEditability();
}

void SignInDialog::showOrganisationNote(const ConnectionProfile &profile)
{
    const QString source = OrganisationPolicy::current().source();
    if (profile.locked)
        m_organisationNote->setText(tr("Set up by your organisation and locked: its cloud, tenant, client ID and "
                                       "sign-in method cannot be changed here (%1).")
                                        .arg(source));
    else if (profile.fromOrganisation)
        m_organisationNote->setText(
            tr("Suggested by your organisation (%1); what you change is kept for you alone.").arg(source));
    m_organisationNote->setVisible(profile.fromOrganisation);
}

// What may be edited: nothing while signing in; never the fields of a connection the organisation locked; never
// a sign-in method the organisation turned off.
void SignInDialog::updateEditability()
{
    const int index = m_profileCombo->currentIndex();
    const bool locked = index >= 0 && index < m_profiles.size() && m_profiles.at(index).locked;
    const bool editable = !m_busy && !locked;
    m_profileCombo->setEnabled(!m_busy);
    for (QLineEdit *field : {m_name, m_graphUrl, m_loginUrl, m_tenant, m_clientId}) {
        field->setEnabled(!m_busy);
        if (field->isReadOnly() != locked) {
            field->setReadOnly(locked);
            field->style()->unpolish(field); // the style sheet's [readOnly] selector is read when polishing
            field->style()->polish(field);
        }
    }
    m_secret->setEnabled(!m_busy);
    m_cloud->setEnabled(editable);
    m_readOnly->setEnabled(editable);
    const OrganisationPolicy &policy = OrganisationPolicy::current();
    for (QAbstractButton *kind : m_kinds->buttons())
        kind->setEnabled(editable && policy.allowsSignInKind(ConnectionProfile::SignInKind(m_kinds->id(kind))));
    m_signInButton->setEnabled(!m_busy);
}

void SignInDialog::updateKindFields()
{
    const bool custom = m_cloud->currentData().toString() == QLatin1String("custom");
    const bool secret = m_kinds->checkedId() == int(ConnectionProfile::SignInKind::ClientSecret);
    m_form->setRowVisible(m_graphUrl, custom);
    m_form->setRowVisible(m_loginUrl, custom);
    m_form->setRowVisible(m_secret, secret);
}

ConnectionProfile SignInDialog::currentProfile() const
{
    const int index = m_profileCombo->currentIndex();
    ConnectionProfile p = index < m_profiles.size() ? m_profiles.at(index) : ConnectionProfile();
    if (p.locked)
        return p; // whatever the fields say, the organisation's values are the ones used
    if (p.id.isEmpty())
        p.id = ProfileStore::newId();
    p.name = m_name->text().trimmed();
    p.cloudId = m_cloud->currentData().toString();
    p.customGraphUrl = QUrl(m_graphUrl->text().trimmed());
    p.customLoginUrl = QUrl(m_loginUrl->text().trimmed());
    p.tenant = m_tenant->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.signInKind = ConnectionProfile::SignInKind(m_kinds->checkedId());
    p.readOnly = m_readOnly->isChecked();
    return p;
}

void SignInDialog::setBusy(Page page)
{
    m_busy = page != Idle;
    updateEditability();
    showStatus(page);
    if (page != DeviceCode)
        m_countdown->stop();
}

void SignInDialog::showStatus(Page page)
{
    for (int i = 0; i < m_statusPages.size(); ++i)
        m_statusPages[i]->setVisible(i == page);
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}

void SignInDialog::signIn()
{
    m_error->hide();
    m_copyError->hide();
    m_readOnlyRetry->hide();
    const ConnectionProfile profile = currentProfile();
    QString problem = profile.validationError();
    if (problem.isEmpty())
        problem = OrganisationPolicy::current().refusalFor(profile);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    if (profile.isAppOnly() && m_secret->text().isEmpty()) {
        m_error->setText(tr("Enter the client secret of the app registration."));
        m_error->show();
        m_secret->setFocus();
        return;
    }
    if (!isEphemeral(profile.id)) {
        if (!profile.locked)
            ProfileStore::save(profile);
        ProfileStore::setLastUsed(profile.id);
    }
    const Cloud cloud = profile.cloud();
    switch (profile.signInKind) {
    case ConnectionProfile::SignInKind::Browser: {
        auto *flow = new BrowserSignIn(m_network, cloud, profile.tenant, profile.clientId, this);
        connect(flow, &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
            m_lastBrowserUrl = url;
            emit browserRequested(url);
            if (m_opensBrowser)
                QDesktopServices::openUrl(url);
        });
        m_flow = flow;
        setBusy(WaitingForBrowser);
        break;
    }
    case ConnectionProfile::SignInKind::DeviceCode: {
        auto *flow = new DeviceCodeSignIn(m_network, cloud, profile.tenant, profile.clientId, this);
        connect(flow, &DeviceCodeSignIn::codeReady, this,
            [this](const QString &code, const QUrl &uri, const QDateTime &expires) {
                m_code->setText(code);
                m_verificationUri = uri;
                m_codeExpires = expires;
                m_codeLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                        .arg(uri.toString(QUrl::FullyEncoded), uri.toString().toHtmlEscaped()));
                setBusy(DeviceCode);
                m_countdown->start();
                updateCountdown();
                m_copyCode->setFocus();
                emit deviceCodeShown(code, uri);
            });
        m_flow = flow;
        setBusy(Working);
        break;
    }
    case ConnectionProfile::SignInKind::ClientSecret:
        m_pendingSecret = m_secret->text();
        m_flow = new ClientSecretSignIn(m_network, cloud, profile.tenant, profile.clientId, m_pendingSecret, this);
        setBusy(Working);
        break;
    }
    m_flow->setReadOnly(profile.readOnly);
    connect(m_flow, &SignInFlow::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_flow, &SignInFlow::failed, this, &SignInDialog::showError);
    Milestones::reach("sign-in started");
    m_flow->start();
}

void SignInDialog::onSucceeded(const SignInResult &result)
{
    m_flow->deleteLater();
    delete m_cache;
    m_cache = new TokenCache(m_network, currentProfile(), this);
    m_cache->adopt(result, m_pendingSecret);
    m_pendingSecret.clear();
    m_secret->clear();
    accept();
}

void SignInDialog::showError(const GraphError &error)
{
    if (m_flow)
        m_flow->deleteLater();
    m_pendingSecret.clear();
    m_lastError = error;
    setBusy(Idle);
    const bool offerReadOnly = SignInFlow::isConsentRefusal(error) && !m_readOnly->isChecked();
    QString text = tr("Sign-in failed: %1").arg(error.summary());
    if (offerReadOnly)
        text += QLatin1Char('\n')
            + tr("Your organisation has not consented to the permissions Offboard needs to make changes, or you "
                 "may not consent to them. You can still sign in read-only, to see lists and details without "
                 "running any action; an administrator can grant consent for the rest.");
    m_error->setText(text);
    m_error->setToolTip(error.details());
    m_error->show();
    m_copyError->show();
    m_readOnlyRetry->setVisible(offerReadOnly);
    if (offerReadOnly)
        m_readOnlyRetry->setFocus();
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}

void SignInDialog::retryReadOnly()
{
    m_readOnly->setChecked(true);
    signIn();
}

void SignInDialog::updateCountdown()
{
    if (!m_codeExpires.isValid())
        return;
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_codeExpires));
    m_codeExpiry->setText(
        tr("The code expires in %1.").arg(QLocale().toString(QTime(0, 0).addSecs(int(left)), QStringLiteral("m:ss"))));
}

void SignInDialog::reject()
{
    if (m_flow) {
        // Cancel stops the sign-in under way first; a second Cancel closes the dialog.
        m_flow->cancel();
        m_flow->deleteLater();
        setBusy(Idle);
        return;
    }
    QDialog::reject();
}
