#pragma once

#include "core/model/KeyCounter.h"
#include "core/model/ListModels.h"
#include "ui/ListPage.h"

class QComboBox;
class QLabel;
class QSpinBox;

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
