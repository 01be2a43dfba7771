#include "ui/ListPages.h"

#include "core/model/EnumLabels.h"
#include "core/model/Formatting.h"
#include "core/graph/ODataQuery.h"
#include "core/actions/UserDevicesLookup.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLabel>
#include <QSpinBox>

namespace {

QComboBox *comboWithAll(QWidget *parent, const QStringList &values)
{
    auto *combo = new QComboBox(parent);
    // Compact in the filter row; the open list is as wide as its longest (often Russian) label.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    combo->addItem(QString(), QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    return combo;
}

void addFilter(QHBoxLayout *bar, QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    bar->addWidget(label);
    bar->addWidget(field);
}

// Sets the "All" entry and the translated labels of a combo whose data are Graph enum values.
void labelCombo(QComboBox *combo, const std::function<QString(const QString &)> &label)
{
    combo->setItemText(0, ListPage::tr("All"));
    for (int i = 1; i < combo->count(); ++i)
        combo->setItemText(i, label(combo->itemData(i).toString()));
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
}

bool matches(const QComboBox *combo, const QString &value)
{
    const QString wanted = combo->currentData().toString();
    return wanted.isEmpty() || wanted == value;
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
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

HtmlFragment enumValue(const QString &label, const QString &raw)
{
    return {QStringLiteral("%1 <span style=\"color:#777\">(%2)</span>").arg(label.toHtmlEscaped(), raw.toHtmlEscaped())};
}

} // namespace

KeyCounter::KeyCounter(QAbstractItemModel *model, std::function<QString(int)> key, QObject *parent) : QObject(parent)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, key](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const QString k = key(row).toUpper();
            if (!k.isEmpty())
                ++m_counts[k];
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_counts.clear(); });
}

// --- Managed devices ---------------------------------------------------------------------------------------------

DevicePage::DevicePage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::managedDevices(nullptr),
               {ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), ManagedDevice::selectProperties(), 0},
               QStringLiteral("lists/managedDevices"), parent)
{
    m_devices = static_cast<ManagedDeviceModel *>(entities());
    m_serials = new KeyCounter(m_devices, [this](int row) { return m_devices->at(row).serialNumber; }, this);
    m_osLabel = new QLabel(this);
    m_os = comboWithAll(this, {QStringLiteral("Windows"), QStringLiteral("iOS"), QStringLiteral("iPadOS"), QStringLiteral("Android"),
                               QStringLiteral("macOS")});
    m_complianceLabel = new QLabel(this);
    m_compliance = comboWithAll(this, {QStringLiteral("compliant"), QStringLiteral("noncompliant"), QStringLiteral("inGracePeriod"),
                                       QStringLiteral("conflict"), QStringLiteral("error"), QStringLiteral("configManager"), QStringLiteral("unknown")});
    m_managementLabel = new QLabel(this);
    m_management = comboWithAll(this, {QStringLiteral("managed"), QStringLiteral("retirePending"), QStringLiteral("retireFailed"),
                                       QStringLiteral("wipePending"), QStringLiteral("wipeFailed"), QStringLiteral("unhealthy"),
                                       QStringLiteral("deletePending"), QStringLiteral("discovered")});
    m_ownerLabel = new QLabel(this);
    m_owner = comboWithAll(this, {QStringLiteral("company"), QStringLiteral("personal"), QStringLiteral("unknown")});
    m_staleLabel = new QLabel(this);
    m_staleDays = new QSpinBox(this);
    m_staleDays->setRange(0, 3650);
    addFilter(filterBar(), m_osLabel, m_os);
    addFilter(filterBar(), m_complianceLabel, m_compliance);
    addFilter(filterBar(), m_managementLabel, m_management);
    addFilter(filterBar(), m_ownerLabel, m_owner);
    addFilter(filterBar(), m_staleLabel, m_staleDays);
    filterBar()->addStretch();
    for (QComboBox *combo : {m_os, m_compliance, m_management, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &DevicePage::reapplyFilters);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &DevicePage::reapplyFilters);
    retranslate();
}

void DevicePage::retranslate()
{
    ListPage::retranslate();
    m_osLabel->setText(tr("&OS:"));
    m_os->setItemText(0, tr("All"));
    m_complianceLabel->setText(tr("Co&mpliance:"));
    labelCombo(m_compliance, &EnumLabels::complianceState);
    m_managementLabel->setText(tr("S&tate:"));
    labelCombo(m_management, &EnumLabels::managementState);
    m_ownerLabel->setText(tr("O&wnership:"));
    labelCombo(m_owner, &EnumLabels::ownerType);
    m_staleLabel->setText(tr("No check-in for:"));
    m_staleDays->setSpecialValueText(tr("any time"));
    m_staleDays->setSuffix(tr(" days"));
    m_os->setAccessibleName(tr("Operating system filter"));
    m_compliance->setAccessibleName(tr("Compliance filter"));
    m_management->setAccessibleName(tr("Management state filter"));
    m_owner->setAccessibleName(tr("Ownership filter"));
    m_staleDays->setAccessibleName(tr("Days without check-in"));
    searchField()->setPlaceholderText(tr("Device name, user, serial number, model…"));
}

QString DevicePage::serverFilter(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return ODataQuery::startsWith(QStringLiteral("deviceName"), text) + QStringLiteral(" or ")
        + ODataQuery::startsWith(QStringLiteral("serialNumber"), text) + QStringLiteral(" or ")
        + ODataQuery::startsWith(QStringLiteral("userPrincipalName"), text);
}

bool DevicePage::accepts(int sourceRow) const
{
    const ManagedDevice &d = m_devices->at(sourceRow);
    if (!matches(m_os, d.operatingSystem) || !matches(m_compliance, d.complianceState) || !matches(m_management, d.managementState)
        || !matches(m_owner, d.ownerType))
        return false;
    const int days = m_staleDays->value();
    return days == 0 || !d.lastSyncDateTime.isValid() || d.lastSyncDateTime.daysTo(QDateTime::currentDateTimeUtc()) >= days;
}

QString DevicePage::describe(int sourceRow) const
{
    const ManagedDevice &d = m_devices->at(sourceRow);
    QString html = heading(d.deviceName);
    if (serialCount(d.serialNumber) > 1)
        html += warning(tr("%n managed devices share this serial number. Check the Graph ID before acting.", nullptr, serialCount(d.serialNumber)));
    QString rows = row(tr("Graph ID"), d.id) + row(tr("Serial number"), d.serialNumber)
        + row(tr("Model"), makeAndModel(d.manufacturer, d.model))
        + row(tr("Operating system"), QStringLiteral("%1 %2").arg(d.operatingSystem, d.osVersion))
        + row(tr("Primary user"), d.userId.isNull() ? HtmlFragment::escaped(tr("none")) : link(QStringLiteral("user"), d.userId.toString(QUuid::WithoutBraces), d.userPrincipalName))
        + row(tr("Compliance"), enumValue(EnumLabels::complianceState(d.complianceState), d.complianceState))
        + row(tr("Management state"), enumValue(EnumLabels::managementState(d.managementState), d.managementState))
        + row(tr("Ownership"), enumValue(EnumLabels::ownerType(d.ownerType), d.ownerType))
        + row(tr("Last check-in"), Formatting::dateTimeWithAge(d.lastSyncDateTime))
        + row(tr("Enrolled"), Formatting::dateTimeWithAge(d.enrolledDateTime))
        + row(tr("Entra device ID"), d.azureADDeviceId.toString(QUuid::WithoutBraces));
    QStringList identities;
    if (m_autopilot) {
        for (const AutopilotIdentity &a : m_autopilot->rows()) {
            if (a.managedDeviceId == d.id || (!d.azureADDeviceId.isNull() && a.azureADDeviceId == d.azureADDeviceId))
                identities.append(link(QStringLiteral("autopilot"), a.id, a.serialNumber).markup);
        }
    }
    if (!identities.isEmpty())
        rows += row(tr("Autopilot identity"), HtmlFragment{identities.join(QStringLiteral(", "))});
    else if (d.operatingSystem == QLatin1String("Windows"))
        rows += row(tr("Autopilot identity"), tr("none found among the loaded Autopilot devices"));
    return html + table(rows);
}

// --- Autopilot devices -------------------------------------------------------------------------------------------

AutopilotPage::AutopilotPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::autopilotIdentities(nullptr),
               {ApiVersion::V1, QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities"), AutopilotIdentity::selectProperties(), 0},
               QStringLiteral("lists/autopilot"), parent)
{
    m_identities = static_cast<AutopilotModel *>(entities());
    m_serials = new KeyCounter(m_identities, [this](int row) { return m_identities->at(row).serialNumber; }, this);
    m_stateLabel = new QLabel(this);
    m_state = comboWithAll(this, {QStringLiteral("enrolled"), QStringLiteral("notContacted"), QStringLiteral("pendingReset"),
                                  QStringLiteral("failed"), QStringLiteral("unknown")});
    m_orphansOnly = new QCheckBox(this);
    m_duplicatesOnly = new QCheckBox(this);
    addFilter(filterBar(), m_stateLabel, m_state);
    filterBar()->addWidget(m_orphansOnly);
    filterBar()->addWidget(m_duplicatesOnly);
    filterBar()->addStretch();
    connect(m_state, &QComboBox::currentIndexChanged, this, &AutopilotPage::reapplyFilters);
    connect(m_orphansOnly, &QCheckBox::toggled, this, &AutopilotPage::reapplyFilters);
    connect(m_duplicatesOnly, &QCheckBox::toggled, this, &AutopilotPage::reapplyFilters);
    retranslate();
}

void AutopilotPage::retranslate()
{
    ListPage::retranslate();
    m_stateLabel->setText(tr("&Enrollment state:"));
    labelCombo(m_state, &EnumLabels::enrollmentState);
    m_state->setAccessibleName(tr("Enrollment state filter"));
    m_orphansOnly->setText(tr("&Orphans"));
    m_orphansOnly->setToolTip(tr("Only identities that no Intune managed device belongs to"));
    m_orphansOnly->setAccessibleName(tr("Only orphans"));
    m_duplicatesOnly->setText(tr("&Duplicate serials"));
    m_duplicatesOnly->setToolTip(tr("Only identities whose serial number another identity shares"));
    m_duplicatesOnly->setAccessibleName(tr("Only duplicate serial numbers"));
    searchField()->setPlaceholderText(tr("Serial number, device name, user, model, group tag…"));
}

bool AutopilotPage::isOrphan(int sourceRow) const
{
    return m_identities->at(sourceRow).managedDeviceId.isEmpty();
}

QString AutopilotPage::serverFilter(const QString &text) const
{
    // Autopilot identities refuse eq and startswith; contains(serialNumber,…) is the filter Microsoft recommends.
    return text.isEmpty() ? QString() : ODataQuery::contains(QStringLiteral("serialNumber"), text);
}

bool AutopilotPage::accepts(int sourceRow) const
{
    const AutopilotIdentity &a = m_identities->at(sourceRow);
    return matches(m_state, a.enrollmentState) && (!m_orphansOnly->isChecked() || isOrphan(sourceRow))
        && (!m_duplicatesOnly->isChecked() || serialCount(a.serialNumber) > 1);
}

QString AutopilotPage::describe(int sourceRow) const
{
    const AutopilotIdentity &a = m_identities->at(sourceRow);
    QString html = heading(a.serialNumber);
    if (serialCount(a.serialNumber) > 1)
        html += warning(tr("%n Autopilot identities share this serial number. Check the Graph ID before acting.", nullptr,
                           serialCount(a.serialNumber)));
    if (isOrphan(sourceRow))
        html += warning(tr("Orphan: no Intune managed device belongs to this identity."));
    HtmlFragment managed = HtmlFragment::escaped(tr("none"));
    if (!a.managedDeviceId.isEmpty()) {
        const int deviceRow = m_devices ? m_devices->rowOf(a.managedDeviceId) : -1;
        managed = link(QStringLiteral("device"), a.managedDeviceId, deviceRow >= 0 ? m_devices->at(deviceRow).deviceName : a.managedDeviceId);
    }
    const QString rows = row(tr("Graph ID"), a.id) + row(tr("Serial number"), a.serialNumber)
        + row(tr("Model"), makeAndModel(a.manufacturer, a.model)) + row(tr("Group tag"), a.groupTag)
        + row(tr("Assigned user"), a.userPrincipalName.isEmpty() ? HtmlFragment::escaped(tr("none"))
                                                                  : link(QStringLiteral("user"), a.userPrincipalName, a.userPrincipalName))
        + row(tr("Enrollment state"), enumValue(EnumLabels::enrollmentState(a.enrollmentState), a.enrollmentState))
        + row(tr("Managed device"), managed) + row(tr("Entra device ID"), a.azureADDeviceId.toString(QUuid::WithoutBraces))
        + row(tr("Last contacted"), Formatting::dateTimeWithAge(a.lastContactedDateTime))
        + row(tr("Purchase order"), a.purchaseOrderIdentifier);
    return html + table(rows);
}

// --- Users -------------------------------------------------------------------------------------------------------

UserPage::UserPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::users(nullptr), {ApiVersion::V1, QStringLiteral("/users"), DirectoryUser::selectProperties(), 999},
               QStringLiteral("lists/users"), parent)
{
    m_users = static_cast<UserModel *>(entities());
    m_accountLabel = new QLabel(this);
    m_account = new QComboBox(this);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->addItem(QString(), 0);
    m_account->addItem(QString(), 1);
    m_account->addItem(QString(), 2);
    addFilter(filterBar(), m_accountLabel, m_account);
    filterBar()->addStretch();
    connect(m_account, &QComboBox::currentIndexChanged, this, &UserPage::reapplyFilters);
    connect(m_users, &QAbstractItemModel::modelReset, this, [this] {
        m_devicesOf.clear();
        m_devicesError.clear();
    });
    retranslate();
}

void UserPage::retranslate()
{
    ListPage::retranslate();
    m_accountLabel->setText(tr("&Account:"));
    m_account->setItemText(0, tr("All"));
    m_account->setItemText(1, tr("Enabled"));
    m_account->setItemText(2, tr("Disabled (leavers)"));
    m_account->setAccessibleName(tr("Account state filter"));
    searchField()->setPlaceholderText(tr("Name, user principal name, e-mail, department…"));
}

QString UserPage::serverFilter(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return ODataQuery::startsWith(QStringLiteral("displayName"), text) + QStringLiteral(" or ")
        + ODataQuery::startsWith(QStringLiteral("userPrincipalName"), text);
}

bool UserPage::accepts(int sourceRow) const
{
    const int wanted = m_account->currentData().toInt();
    return wanted == 0 || (wanted == 1) == m_users->at(sourceRow).accountEnabled;
}

void UserPage::forgetDevicesOf(const QString &userId)
{
    m_devicesOf.remove(userId);
    m_devicesError.remove(userId);
    updateDetails();
}

// The same lookup the removeAllDevicesFromManagement confirmation uses, for one user. A failure is kept (until the
// list is reloaded) and shown, rather than asked again at once.
void UserPage::loadDevicesOf(const DirectoryUser &user) const
{
    if (m_loading.contains(user.id))
        return;
    m_loading.insert(user.id);
    auto *self = const_cast<UserPage *>(this);
    auto *lookup = new UserDevicesLookup(client(), {{user.id, user.displayName, user.userPrincipalName}}, self);
    const auto done = [self, lookup, id = user.id] {
        self->m_loading.remove(id);
        lookup->deleteLater();
        self->updateDetails();
    };
    connect(lookup, &UserDevicesLookup::finished, self, [self, lookup, id = user.id, done] {
        self->m_devicesOf.insert(id, lookup->results().value(0).devices);
        done();
    });
    connect(lookup, &UserDevicesLookup::failed, self, [self, id = user.id, done](const GraphError &error) {
        self->m_devicesError.insert(id, error.summary());
        done();
    });
    lookup->start();
}

QString UserPage::describe(int sourceRow) const
{
    const DirectoryUser &u = m_users->at(sourceRow);
    QString html = heading(u.displayName);
    if (!u.accountEnabled)
        html += warning(tr("The account is disabled."));
    QString rows = row(tr("Graph ID"), u.id) + row(tr("User principal name"), u.userPrincipalName)
        + row(tr("E-mail"), u.mail) + row(tr("Job title"), u.jobTitle)
        + row(tr("Department"), u.department) + row(tr("Office"), u.officeLocation);
    html += table(rows);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Managed devices").toHtmlEscaped());
    if (m_devicesError.contains(u.id))
        return html + warning(tr("The user's devices could not be listed: %1").arg(m_devicesError.value(u.id)));
    if (!m_devicesOf.contains(u.id)) {
        loadDevicesOf(u);
        return html + QStringLiteral("<p>%1</p>").arg(tr("Asking Microsoft Graph…").toHtmlEscaped());
    }
    const QList<ManagedDevice> devices = m_devicesOf.value(u.id);
    if (devices.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    QString items;
    for (const ManagedDevice &d : devices)
        items += QStringLiteral("<li>%1 — %2, %3</li>")
                     .arg(link(QStringLiteral("device"), d.id, d.deviceName).markup, d.serialNumber.toHtmlEscaped(),
                          EnumLabels::managementState(d.managementState).toHtmlEscaped());
    return html + QStringLiteral("<ul>%1</ul>").arg(items);
}

// --- Remote assistance partners ----------------------------------------------------------------------------------

PartnerPage::PartnerPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::remoteAssistancePartners(nullptr),
               {ApiVersion::V1, QStringLiteral("/deviceManagement/remoteAssistancePartners"), RemoteAssistancePartner::selectProperties(), 0},
               QStringLiteral("lists/partners"), parent)
{
    m_partners = static_cast<PartnerModel *>(entities());
    m_statusLabel = new QLabel(this);
    m_status = comboWithAll(this, {QStringLiteral("onboarded"), QStringLiteral("onboarding"), QStringLiteral("notOnboarded")});
    addFilter(filterBar(), m_statusLabel, m_status);
    filterBar()->addStretch();
    connect(m_status, &QComboBox::currentIndexChanged, this, &PartnerPage::reapplyFilters);
    retranslate();
}

void PartnerPage::retranslate()
{
    ListPage::retranslate();
    m_statusLabel->setText(tr("&Onboarding:"));
    labelCombo(m_status, &EnumLabels::onboardingStatus);
    m_status->setAccessibleName(tr("Onboarding status filter"));
    searchField()->setPlaceholderText(tr("Partner name or address…"));
}

bool PartnerPage::accepts(int sourceRow) const
{
    return matches(m_status, m_partners->at(sourceRow).onboardingStatus);
}

QString PartnerPage::describe(int sourceRow) const
{
    const RemoteAssistancePartner &p = m_partners->at(sourceRow);
    const QString rows = row(tr("Graph ID"), p.id)
        + row(tr("Onboarding"), enumValue(EnumLabels::onboardingStatus(p.onboardingStatus), p.onboardingStatus))
        + row(tr("Onboarding address"), p.onboardingUrl)
        + row(tr("Last connection"), Formatting::dateTimeWithAge(p.lastConnectionDateTime));
    return heading(p.displayName) + table(rows);
}

QList<ActionTarget> DevicePage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_devices->at(row).id, m_devices->at(row).deviceName, m_devices->at(row).serialNumber});
    return targets;
}

QList<ActionTarget> AutopilotPage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows()) {
        const AutopilotIdentity &a = m_identities->at(row);
        targets.append({a.id, a.serialNumber, a.userPrincipalName.isEmpty() ? a.displayName : a.userPrincipalName});
    }
    return targets;
}

QList<ActionTarget> UserPage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_users->at(row).id, m_users->at(row).displayName, m_users->at(row).userPrincipalName});
    return targets;
}

QList<ActionTarget> PartnerPage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_partners->at(row).id, m_partners->at(row).displayName, QString()});
    return targets;
}
