#pragma once

#include "core/model/ListModels.h"
#include "ui/ListPage.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Counts how many rows share a key (serial numbers), kept up to date as pages arrive.
class KeyCounter : public QObject
{
public:
    KeyCounter(QAbstractItemModel *model, std::function<QString(int row)> key, QObject *parent);
    int count(const QString &key) const { return key.isEmpty() ? 0 : m_counts.value(key.toUpper()); }

private:
    QHash<QString, int> m_counts;
};

class DevicePage : public ListPage
{
    Q_OBJECT

public:
    ActionDefinition::Target targetKind() const override { return ActionDefinition::Target::ManagedDevice; }
    QList<ActionTarget> selectedTargets() const override;
    DevicePage(GraphClient *client, QWidget *parent = nullptr);
    QString title() const override { return tr("Managed devices"); }
    ManagedDeviceModel *devices() const { return m_devices; }
    void setAutopilot(AutopilotModel *autopilot) { m_autopilot = autopilot; }
    int serialCount(const QString &serial) const { return m_serials->count(serial); }

protected:
    QString serverFilter(const QString &text) const override;
    bool accepts(int sourceRow) const override;
    QString describe(int sourceRow) const override;
    void retranslate() override;

private:
    ManagedDeviceModel *m_devices;
    AutopilotModel *m_autopilot = nullptr;
    KeyCounter *m_serials;
    QLabel *m_osLabel;
    QComboBox *m_os;
    QLabel *m_complianceLabel;
    QComboBox *m_compliance;
    QLabel *m_managementLabel;
    QComboBox *m_management;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    QLabel *m_staleLabel;
    QSpinBox *m_staleDays;
};

class AutopilotPage : public ListPage
{
    Q_OBJECT

public:
    ActionDefinition::Target targetKind() const override { return ActionDefinition::Target::AutopilotIdentity; }
    QList<ActionTarget> selectedTargets() const override;
    AutopilotPage(GraphClient *client, QWidget *parent = nullptr);
    QString title() const override { return tr("Autopilot devices"); }
    AutopilotModel *identities() const { return m_identities; }
    void setDevices(ManagedDeviceModel *devices) { m_devices = devices; }
    bool isOrphan(int sourceRow) const;
    int serialCount(const QString &serial) const { return m_serials->count(serial); }

protected:
    QString serverFilter(const QString &text) const override;
    bool accepts(int sourceRow) const override;
    QString describe(int sourceRow) const override;
    void retranslate() override;

private:
    AutopilotModel *m_identities;
    ManagedDeviceModel *m_devices = nullptr;
    KeyCounter *m_serials;
    QLabel *m_stateLabel;
    QComboBox *m_state;
    QCheckBox *m_orphansOnly;
    QCheckBox *m_duplicatesOnly;
};

class UserPage : public ListPage
{
    Q_OBJECT

public:
    ActionDefinition::Target targetKind() const override { return ActionDefinition::Target::User; }
    QList<ActionTarget> selectedTargets() const override;
    UserPage(GraphClient *client, QWidget *parent = nullptr);
    QString title() const override { return tr("Users"); }
    UserModel *users() const { return m_users; }
    // The user's devices changed (e.g. all were retired): ask Graph again next time they are shown.
    void forgetDevicesOf(const QString &userId);

protected:
    QString serverFilter(const QString &text) const override;
    bool accepts(int sourceRow) const override;
    QString describe(int sourceRow) const override;
    void retranslate() override;

private:
    void loadDevicesOf(const DirectoryUser &user) const;

    UserModel *m_users;
    QLabel *m_accountLabel;
    QComboBox *m_account;
    // A user's managed devices, asked from Graph when the user is selected.
    mutable QHash<QString, QList<ManagedDevice>> m_devicesOf;
    mutable QHash<QString, QString> m_devicesError;
    mutable QSet<QString> m_loading;
};

class PartnerPage : public ListPage
{
    Q_OBJECT

public:
    ActionDefinition::Target targetKind() const override { return ActionDefinition::Target::RemoteAssistancePartner; }
    QList<ActionTarget> selectedTargets() const override;
    PartnerPage(GraphClient *client, QWidget *parent = nullptr);
    QString title() const override { return tr("Remote assistance partners"); }
    PartnerModel *partners() const { return m_partners; }

protected:
    bool accepts(int sourceRow) const override;
    QString describe(int sourceRow) const override;
    void retranslate() override;

private:
    PartnerModel *m_partners;
    QLabel *m_statusLabel;
    QComboBox *m_status;
};
