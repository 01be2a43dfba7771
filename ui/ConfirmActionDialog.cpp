#include "ui/ConfirmActionDialog.h"

#include "core/actions/UserDevicesLookup.h"
#include "core/graph/GraphClient.h"
#include "core/model/EnumLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString noun(const ActionDefinition &action, int count)
{
    switch (action.target) {
    case ActionDefinition::Target::ManagedDevice:
        return ConfirmActionDialog::tr("%n managed device(s)", nullptr, count);
    case ActionDefinition::Target::User:
        return ConfirmActionDialog::tr("%n user(s)", nullptr, count);
    case ActionDefinition::Target::RemoteAssistancePartner:
        return ConfirmActionDialog::tr("%n remote assistance partner(s)", nullptr, count);
    case ActionDefinition::Target::AutopilotIdentity:
        return ConfirmActionDialog::tr("%n Autopilot device(s)", nullptr, count);
    case ActionDefinition::Target::EntraDevice:
        return ConfirmActionDialog::tr("%n Microsoft Entra device(s)", nullptr, count);
    }
    return {};
}
} // namespace

ConfirmActionDialog::ConfirmActionDialog(const ActionDefinition &action, const QList<ActionTarget> &targets,
    const AccessToken &token, GraphClient *client, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_targets(targets)
    , m_graphBase(client->baseUrl())
    , m_permission(ActionCatalog::check(action, token))
{
    setObjectName(QStringLiteral("ConfirmActionDialog"));
    setWindowTitle(tr("Confirm: %1").arg(ActionCatalog::title(action)));
    const int count = int(targets.size());
    const bool removeAll = action.name == QLatin1String("removeAllDevicesFromManagement");
    if (count > 1)
        m_expected = QString::number(count);
    else if (removeAll && count == 1)
        m_expected = targets.first().detail.isEmpty() ? targets.first().name : targets.first().detail;

    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(tr("%1: %2").arg(ActionCatalog::title(action), noun(action, count)), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto *consequence = new QLabel(ActionCatalog::consequence(action), this);
    consequence->setObjectName(QStringLiteral("consequence"));
    consequence->setWordWrap(true);
    consequence->setStyleSheet(
        QStringLiteral("QLabel#consequence { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
    layout->addWidget(consequence);

    auto *table = new QTableWidget(count, 3, this);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    table->setHorizontalHeaderLabels({tr("Name"), tr("Serial number or user"), tr("Graph ID")});
    table->setAccessibleName(tr("Targets"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < count; ++row) {
        table->setItem(row, 0, new QTableWidgetItem(targets[row].name));
        table->setItem(row, 1, new QTableWidgetItem(targets[row].detail));
        table->setItem(row, 2, new QTableWidgetItem(targets[row].id));
    }
    table->resizeColumnsToContents();
    table->setMaximumHeight(qMin(320, table->verticalHeader()->defaultSectionSize() * (count + 2)));
    layout->addWidget(table);
    if (removeAll && m_permission.allowed) {
        m_lookup = new UserDevicesLookup(client, targets, this);
        addUserDevicesSection(layout);
    }

    auto *permission = new QLabel(this);
    permission->setWordWrap(true);
    if (m_permission.allowed) {
        const QStringList &needed = token.isAppOnly() ? action.applicationPermissions : action.delegatedPermissions;
        QString used;
        for (const QString &p : needed) {
            if (token.hasPermission(p) && used.isEmpty())
                used = p;
        }
        permission->setText(tr("Permission used: %1 (%2)").arg(used, token.operatorName()));
    } else {
        permission->setObjectName(QStringLiteral("permissionMissing"));
        permission->setStyleSheet(QStringLiteral("QLabel#permissionMissing { color: #a4262c; font-weight: bold; }"));
        permission->setText(tr("This sign-in cannot run the action: %1").arg(m_permission.reason));
    }
    layout->addWidget(permission);

    auto *form = new QFormLayout;
    if (action.needsBody) {
        m_reason = new QComboBox(this);
        m_reason->setEditable(true);
        m_reason->addItems(ActionCatalog::commonDeprovisionReasons());
        m_reason->setCurrentIndex(-1);
        m_reason->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));
        m_reason->setAccessibleName(tr("Deprovision reason"));
        m_reason->lineEdit()->setAccessibleName(tr("Deprovision reason"));
        auto *label = new QLabel(tr("&Reason:"), this);
        label->setBuddy(m_reason);
        form->addRow(label, m_reason);
        connect(m_reason, &QComboBox::currentTextChanged, this, &ConfirmActionDialog::updateState);
    }
    if (!m_expected.isEmpty()) {
        m_typed = new QLineEdit(this);
        m_typed->setAccessibleName(tr("Confirmation"));
        auto *label = new QLabel(count > 1 ? tr("To confirm, type the number of objects (%1):").arg(m_expected)
                                           : tr("To confirm, type %1:").arg(m_expected),
            this);
        label->setWordWrap(true);
        label->setBuddy(m_typed);
        form->addRow(label, m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);
    }
    layout->addLayout(form);

    m_showRequest = new QToolButton(this);
    m_showRequest->setText(tr("Show the exact request"));
    m_showRequest->setCheckable(true);
    m_showRequest->setAccessibleName(tr("Show the exact request"));
    m_request = new QPlainTextEdit(requestText(), this);
    m_request->setReadOnly(true);
    m_request->setAccessibleName(tr("Request"));
    m_request->setVisible(false);
    m_request->setMaximumHeight(140);
    connect(m_showRequest, &QToolButton::toggled, this, [this](bool shown) {
        m_request->setVisible(shown);
        growToFit();
    });
    layout->addWidget(m_showRequest, 0, Qt::AlignLeft);
    layout->addWidget(m_request);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(
        tr("%1 (%2)").arg(ActionCatalog::title(action), noun(action, count)), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(m_confirm->text());
    m_cancel->setAccessibleName(tr("Cancel"));
    // Enter must never run an action that cannot be undone.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateState();
    m_cancel->setFocus();
    if (m_lookup)
        m_lookup->start();
    // Wide enough for name, serial number and the whole Graph ID of each target.
    resize(qMax(sizeHint().width(), table->horizontalHeader()->length() + 60), sizeHint().height());
}

void ConfirmActionDialog::addUserDevicesSection(QLayout *layout)
{
    m_userDevicesLabel = new QLabel(tr("Asking Microsoft Graph which devices these users have…"), this);
    m_userDevicesLabel->setWordWrap(true);
    m_userDevicesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userDevices = new QTableWidget(0, 5, this);
    m_userDevices->setTabKeyNavigation(false);
    m_userDevices->setHorizontalHeaderLabels(
        {tr("User"), tr("Device name"), tr("Serial number"), tr("OS"), tr("Management state")});
    m_userDevices->setAccessibleName(tr("Devices that will be retired"));
    m_userDevices->verticalHeader()->hide();
    m_userDevices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userDevices->setSelectionMode(QAbstractItemView::NoSelection);
    m_userDevices->setMaximumHeight(240);
    m_userDevices->hide();
    m_lookupAgain = new QPushButton(tr("Ask &again"), this);
    m_lookupAgain->setObjectName(QStringLiteral("lookupAgain"));
    m_lookupAgain->setAccessibleName(tr("Ask Microsoft Graph again for the users' devices"));
    m_lookupAgain->hide();
    layout->addWidget(m_userDevicesLabel);
    layout->addWidget(m_userDevices);
    layout->addWidget(m_lookupAgain);
    connect(m_lookup, &UserDevicesLookup::finished, this, &ConfirmActionDialog::showUserDevices);
    connect(m_lookup, &UserDevicesLookup::failed, this, [this](const GraphError &error) {
        m_userDevicesLabel->setText(
            tr("The users' devices could not be listed, so the action cannot be confirmed: %1").arg(error.summary()));
        m_lookupAgain->show();
    });
    connect(m_lookupAgain, &QPushButton::clicked, this, [this] {
        m_lookupAgain->hide();
        m_userDevicesLabel->setText(tr("Asking Microsoft Graph which devices these users have…"));
        m_lookup->start();
    });
}

void ConfirmActionDialog::showUserDevices()
{
    const int devices = m_lookup->deviceCount();
    const bool oneUser = m_targets.size() == 1;
    if (devices == 0)
        m_userDevicesLabel->setText(oneUser
                ? tr("Microsoft Graph lists no managed devices for this user: nothing will be retired now.")
                : tr("Microsoft Graph lists no managed devices for these users: nothing will be retired now."));
    else
        m_userDevicesLabel->setText(oneUser
                ? tr("Microsoft Graph lists %n managed device(s) for this user. Each of them will be retired:", nullptr,
                    devices)
                : tr("Microsoft Graph lists %n managed device(s) for these users. Each of them will be retired:",
                    nullptr, devices));
    m_userDevices->setRowCount(devices);
    int row = 0;
    for (const UserDevicesLookup::UserDevices &user : m_lookup->results()) {
        for (const ManagedDevice &device : user.devices) {
            const QStringList cells
                = {user.user.detail.isEmpty() ? user.user.name : user.user.detail, device.deviceName,
                    device.serialNumber, device.operatingSystem, EnumLabels::managementState(device.managementState)};
            for (int column = 0; column < cells.size(); ++column)
                m_userDevices->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            ++row;
        }
    }
    m_userDevices->resizeColumnsToContents();
    const int rowsHeight = m_userDevices->horizontalHeader()->height() + m_userDevices->verticalHeader()->length()
        + 2 * m_userDevices->frameWidth() + m_userDevices->horizontalScrollBar()->sizeHint().height();
    m_userDevices->setMinimumHeight(qMin(240, rowsHeight));
    m_userDevices->setVisible(devices > 0);
    updateState();
    growToFit();
}

// Content that appears later (the users' devices, the exact request) gets room instead of squeezing the rest.
void ConfirmActionDialog::growToFit()
{
    layout()->activate();
    const QSize wanted = sizeHint();
    resize(qMax(width(), wanted.width()), qMax(height(), wanted.height()));
}

QString ConfirmActionDialog::deprovisionReason() const
{
    return m_reason ? m_reason->currentText().trimmed() : QString();
}

bool ConfirmActionDialog::canConfirm() const
{
    if (!m_permission.allowed || m_targets.isEmpty())
        return false;
    if (m_reason && deprovisionReason().isEmpty())
        return false;
    if (m_lookup && !m_lookup->isFinished())
        return false; // the operator has not yet seen which devices the action takes

    return !m_typed || m_typed->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
}

void ConfirmActionDialog::updateState()
{
    m_confirm->setEnabled(canConfirm());
    if (m_request->isVisible() || m_reason)
        m_request->setPlainText(requestText());
}

QString ConfirmActionDialog::requestText() const
{
    QStringList lines;
    const QString version = m_action.version == ApiVersion::V1 ? QStringLiteral("/v1.0") : QStringLiteral("/beta");
    const QString base = m_graphBase.toString(QUrl::StripTrailingSlash) + version;
    const int shown = qMin(int(m_targets.size()), 20);
    for (int i = 0; i < shown; ++i)
        lines.append(QStringLiteral("POST ") + base + m_action.path(m_targets[i].id));
    if (m_targets.size() > shown)
        lines.append(tr("… and %n more like these", nullptr, int(m_targets.size()) - shown));
    const QByteArray body = ActionCatalog::body(m_action, deprovisionReason());
    if (!body.isEmpty())
        lines.append(tr("Body: %1").arg(QString::fromUtf8(body)));
    if (m_targets.size() > 1)
        lines.append(tr("Sent in JSON batches of up to 20 requests (POST %1/$batch).").arg(base));
    return lines.join(QLatin1Char('\n'));
}
