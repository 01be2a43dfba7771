#pragma once

#include "core/actions/ActionRunner.h"
#include "core/graph/GraphClient.h"
#include "core/model/ManagedDevice.h"

#include <QObject>

class PageLoader;

// Before removeAllDevicesFromManagement is confirmed: asks Graph for every managed device of each user, so the
// operator sees exactly which devices the action will retire. It only reads.
class UserDevicesLookup : public QObject
{
    Q_OBJECT

public:
    struct UserDevices
    {
        ActionTarget user;
        QList<ManagedDevice> devices;
    };

    UserDevicesLookup(GraphClient *client, const QList<ActionTarget> &users, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const QList<UserDevices> &results() const { return m_results; }
    int deviceCount() const;

signals:
    void finished();
    void failed(const GraphError &error);

private:
    void lookUpNext();

    GraphClient *m_client;
    PageLoader *m_loader;
    QList<ActionTarget> m_users;
    QList<UserDevices> m_results;
    bool m_finished = false;
};
