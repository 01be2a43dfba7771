#pragma once

#include "core/model/ListModels.h"
#include "ui/ListPage.h"

#include <QHash>
#include <QSet>

class QComboBox;
class QLabel;

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
    void objectChanged(const QString &id) override { forgetDevicesOf(id); }

protected:
    QString serverFilter(const QString &text) const override;
    bool accepts(int sourceRow) const override;
    void prepareDetails(int sourceRow) override;
    QString describe(int sourceRow) const override;
    void retranslate() override;

private:
    void loadDevicesOf(const DirectoryUser &user);

    UserModel *m_users;
    QLabel *m_accountLabel;
    QComboBox *m_account;
    // A user's managed devices, asked from Graph when the user is selected.
    QHash<QString, QList<ManagedDevice>> m_devicesOf;
    QHash<QString, QString> m_devicesError;
    QSet<QString> m_loading;
};
