#include "ui/AutopilotPage.h"

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

AutopilotPage::AutopilotPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::autopilotIdentities(nullptr),
        {ApiVersion::V1, QStringLiteral("/deviceManagement/windowsAutopilotDeviceIdentities"),
            AutopilotIdentity::selectProperties(), 0},
        QStringLiteral("lists/autopilot"), parent)
{
    m_identities = static_cast<AutopilotModel *>(entities());
    m_serials = new KeyCounter(
        m_identities, [this](int row) { return m_identities->at(row).serialNumber; }, this);
    m_stateLabel = new QLabel(this);
    m_state = comboWithAll(this,
        {QStringLiteral("enrolled"), QStringLiteral("notContacted"), QStringLiteral("pendingReset"),
            QStringLiteral("failed"), QStringLiteral("unknown")});
    m_orphansOnly = new QCheckBox(this);
    m_duplicatesOnly = new QCheckBox(this);
    addFilter(filterBar(), m_stateLabel, m_state);
    filterBar()->addWidget(m_orphansOnly);
    filterBar()->addWidget(m_duplicatesOnly);
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
        html += warning(tr("%n Autopilot identities share this serial number. Check the Graph ID before acting.",
            nullptr, serialCount(a.serialNumber)));
    if (isOrphan(sourceRow))
        html += warning(tr("Orphan: no Intune managed device belongs to this identity."));
    HtmlFragment managed = HtmlFragment::escaped(tr("none"));
    if (!a.managedDeviceId.isEmpty()) {
        const int deviceRow = m_devices ? m_devices->rowOf(a.managedDeviceId) : -1;
        managed = link(QStringLiteral("device"), a.managedDeviceId,
            deviceRow >= 0 ? m_devices->at(deviceRow).deviceName : a.managedDeviceId);
    }
    const QString rows = row(tr("Graph ID"), a.id) + row(tr("Serial number"), a.serialNumber)
        + row(tr("Model"), makeAndModel(a.manufacturer, a.model)) + row(tr("Group tag"), a.groupTag)
        + row(tr("Assigned user"),
            a.userPrincipalName.isEmpty() ? HtmlFragment::escaped(tr("none"))
                                          : link(QStringLiteral("user"), a.userPrincipalName, a.userPrincipalName))
        + row(tr("Enrollment state"), EnumLabels::enrollmentState(a.enrollmentState))
        + row(tr("Managed device"), managed)
        + row(tr("Entra device ID"), a.azureADDeviceId.toString(QUuid::WithoutBraces))
        + row(tr("Last contacted"), Formatting::dateTimeWithAge(a.lastContactedDateTime))
        + row(tr("Purchase order"), a.purchaseOrderIdentifier);
    return html + fields(rows);
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
