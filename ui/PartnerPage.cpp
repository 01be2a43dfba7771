#include "ui/PartnerPage.h"

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

PartnerPage::PartnerPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::remoteAssistancePartners(nullptr),
        {ApiVersion::V1, QStringLiteral("/deviceManagement/remoteAssistancePartners"),
            RemoteAssistancePartner::selectProperties(), 0},
        QStringLiteral("lists/partners"), parent)
{
    m_partners = static_cast<PartnerModel *>(entities());
    m_statusLabel = new QLabel(this);
    m_status = comboWithAll(
        this, {QStringLiteral("onboarded"), QStringLiteral("onboarding"), QStringLiteral("notOnboarded")});
    addFilter(filterBar(), m_statusLabel, m_status);
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
        + row(tr("Onboarding"), EnumLabels::onboardingStatus(p.onboardingStatus))
        + row(tr("Onboarding address"), p.onboardingUrl)
        + row(tr("Last connection"), Formatting::dateTimeWithAge(p.lastConnectionDateTime));
    return heading(p.displayName) + fields(rows);
}

QList<ActionTarget> PartnerPage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_partners->at(row).id, m_partners->at(row).displayName, QString()});
    return targets;
}
