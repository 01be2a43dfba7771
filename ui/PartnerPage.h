#pragma once

#include "core/model/ListModels.h"
#include "ui/ListPage.h"

class QComboBox;
class QLabel;

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
