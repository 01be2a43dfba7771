#pragma once

#include "core/model/KeyCounter.h"
#include "core/model/ListModels.h"
#include "ui/ListPage.h"

class QCheckBox;
class QComboBox;
class QLabel;

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
