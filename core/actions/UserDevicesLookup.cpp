#include "core/actions/UserDevicesLookup.h"

#include "core/graph/PageLoader.h"

#include <QUrlQuery>

UserDevicesLookup::UserDevicesLookup(GraphClient *client, const QList<ActionTarget> &users, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new PageLoader(client, this))
    , m_users(users)
{
    m_loader->setConverter([](const GraphPage &page) {
        return std::make_shared<QList<ManagedDevice>>(GraphValues::readPage<ManagedDevice>(page));
    });
    connect(m_loader, &PageLoader::rowsReady, this, [this](const std::shared_ptr<void> &devices) {
        m_results.last().devices.append(*static_cast<const QList<ManagedDevice> *>(devices.get()));
    });
    connect(m_loader, &PageLoader::finished, this, &UserDevicesLookup::lookUpNext);
    connect(m_loader, &PageLoader::failed, this, &UserDevicesLookup::failed);
}

void UserDevicesLookup::start()
{
    m_results.clear();
    m_finished = false;
    lookUpNext();
}

void UserDevicesLookup::lookUpNext()
{
    if (m_results.size() == m_users.size()) {
        m_finished = true;
        emit finished();
        return;
    }
    const ActionTarget &user = m_users.at(m_results.size());
    m_results.append({user, {}});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), ManagedDevice::selectProperties().join(QLatin1Char(',')));
    const QString path = QStringLiteral("/users/%1/managedDevices").arg(GraphClient::pathSegment(user.id));
    m_loader->start(m_client->resourceUrl(ApiVersion::V1, path, query));
}

int UserDevicesLookup::deviceCount() const
{
    int count = 0;
    for (const UserDevices &user : m_results)
        count += int(user.devices.size());
    return count;
}
