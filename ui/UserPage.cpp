#include "ui/UserPage.h"

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

UserPage::UserPage(GraphClient *client, QWidget *parent)
    : ListPage(client, ListModels::users(nullptr),
        {ApiVersion::V1, QStringLiteral("/users"), DirectoryUser::selectProperties(), 999, true},
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
    m_accountLabel->setText(tr("A&ccount:"));
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
void UserPage::loadDevicesOf(const DirectoryUser &user)
{
    if (m_loading.contains(user.id))
        return;
    m_loading.insert(user.id);
    auto *lookup = new UserDevicesLookup(client(), {{user.id, user.displayName, user.userPrincipalName}}, this);
    const auto done = [this, lookup, id = user.id] {
        m_loading.remove(id);
        lookup->deleteLater();
        updateDetails();
    };
    connect(lookup, &UserDevicesLookup::finished, this, [this, lookup, id = user.id, done] {
        m_devicesOf.insert(id, lookup->results().value(0).devices);
        done();
    });
    connect(lookup, &UserDevicesLookup::failed, this, [this, id = user.id, done](const GraphError &error) {
        m_devicesError.insert(id, error.summary());
        done();
    });
    lookup->start();
}

void UserPage::prepareDetails(int sourceRow)
{
    const DirectoryUser &user = m_users->at(sourceRow);
    if (!m_devicesOf.contains(user.id) && !m_devicesError.contains(user.id))
        loadDevicesOf(user);
}

QString UserPage::describe(int sourceRow) const
{
    const DirectoryUser &u = m_users->at(sourceRow);
    QString html = heading(u.displayName);
    if (!u.accountEnabled)
        html += warning(tr("The account is disabled."));
    QString rows = row(tr("Graph ID"), u.id) + row(tr("User principal name"), u.userPrincipalName)
        + row(tr("E-mail"), u.mail) + row(tr("Job title"), u.jobTitle) + row(tr("Department"), u.department)
        + row(tr("Office"), u.officeLocation);
    html += fields(rows);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Managed devices").toHtmlEscaped());
    if (m_devicesError.contains(u.id))
        return html + warning(tr("The user's devices could not be listed: %1").arg(m_devicesError.value(u.id)));
    if (!m_devicesOf.contains(u.id)) // prepareDetails() has asked
        return html + QStringLiteral("<p>%1</p>").arg(tr("Asking Microsoft Graph…").toHtmlEscaped());
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

QList<ActionTarget> UserPage::selectedTargets() const
{
    QList<ActionTarget> targets;
    for (int row : selectedSourceRows())
        targets.append({m_users->at(row).id, m_users->at(row).displayName, m_users->at(row).userPrincipalName});
    return targets;
}
