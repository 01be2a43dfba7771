#include "ui/DevicePage.h"

#include "core/actions/UserDevicesLookup.h"
#include "core/graph/ODataQuery.h"
#include "core/model/EnumLabels.h"
#include "core/model/Formatting.h"
#include "ui/FilterBar.h"
#include "ui/FlowLayout.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace FilterBar;
using namespace DetailHtml;

DevicePage::DevicePage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::managedDevices(nullptr),
        {ApiVersion::V1, QStringLiteral("/deviceManagement/managedDevices"), ManagedDevice::selectProperties(), 0,
            false, QStringLiteral("lastSyncDateTime")},
        QStringLiteral("lists/managedDevices"), parent)
{
    m_devices = static_cast<ManagedDeviceModel *>(entities());
    m_serials = new KeyCounter(
        m_devices, [this](int row) { return m_devices->at(row).serialNumber; }, this);
    m_osLabel = new QLabel(this);
    m_os = comboWithAll(this,
        {QStringLiteral("Windows"), QStringLiteral("iOS"), QStringLiteral("iPadOS"), QStringLiteral("Android"),
            QStringLiteral("macOS")});
    m_complianceLabel = new QLabel(this);
    m_compliance = comboWithAll(this,
        {QStringLiteral("compliant"), QStringLiteral("noncompliant"), QStringLiteral("inGracePeriod"),
            QStringLiteral("conflict"), QStringLiteral("error"), QStringLiteral("configManager"),
            QStringLiteral("unknown")});
    m_managementLabel = new QLabel(this);
    m_management = comboWithAll(this,
        {QStringLiteral("managed"), QStringLiteral("retirePending"), QStringLiteral("retireFailed"),
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
    for (QComboBox *combo : {m_os, m_compliance, m_management, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &DevicePage::reapplyFilters);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &DevicePage::reapplyFilters);
    // What an action changes (management state, compliance) is on the first screen, so a retire is seen to happen.
    // Long user principal names come after them.
    setDefaultColumns({QStringLiteral("deviceName"), QStringLiteral("management"), QStringLiteral("compliance"),
                          QStringLiteral("user")},
        {QStringLiteral("manufacturer"), QStringLiteral("enrolled")});
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
    if (!matches(m_os, d.operatingSystem) || !matches(m_compliance, d.complianceState)
        || !matches(m_management, d.managementState) || !matches(m_owner, d.ownerType))
        return false;
    const int days = m_staleDays->value();
    return days == 0 || !d.lastSyncDateTime.isValid()
        || d.lastSyncDateTime.daysTo(QDateTime::currentDateTimeUtc()) >= days;
}

QString DevicePage::describe(int sourceRow) const
{
    const ManagedDevice &d = m_devices->at(sourceRow);
    QString html = heading(d.deviceName);
    if (serialCount(d.serialNumber) > 1)
        html += warning(tr("%n managed devices share this serial number. Check the Graph ID before acting.", nullptr,
            serialCount(d.serialNumber)));
    QString rows = row(tr("Graph ID"), d.id) + row(tr("Serial number"), d.serialNumber)
        + row(tr("Model"), makeAndModel(d.manufacturer, d.model))
        + row(tr("Operating system"), QStringLiteral("%1 %2").arg(d.operatingSystem, d.osVersion))
        + row(tr("Primary user"),
            d.userId.isNull()
                ? HtmlFragment::escaped(tr("none"))
                : link(QStringLiteral("user"), d.userId.toString(QUuid::WithoutBraces), d.userPrincipalName))
        + row(tr("Compliance"), EnumLabels::complianceState(d.complianceState))
        + row(tr("Management state"), EnumLabels::managementState(d.managementState))
        + row(tr("Ownership"), EnumLabels::ownerType(d.ownerType))
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
        rows += row(tr("Autopilot identity"), HtmlFragment {identities.join(QStringLiteral(", "))});
    else if (d.operatingSystem == QLatin1String("Windows"))
        rows += row(tr("Autopilot identity"), tr("none found among the loaded Autopilot devices"));
    return html + fields(rows);
}

QList<ActionTarget> DevicePage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_devices->at(row).id, m_devices->at(row).deviceName, m_devices->at(row).serialNumber});
    return targets;
}
