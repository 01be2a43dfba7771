#pragma once

#include "core/graph/GraphClient.h"
#include "tests/support/DemoFixture.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

// The app's own GraphClient, pointed at a demo tenant and signed in as its helpdesk admin.
struct DemoGraphClient
{
    explicit DemoGraphClient(DemoFixture &demo)
        : client(&network)
        , token(demo.adminToken())
    {
        client.setBaseUrl(demo.graph(QString()));
        client.setTokenProvider([this] { return token; });
    }
    // Requests still on their way (a cancelled batch, a retry) end, and replies waiting for deferred deletion go,
    // before the manager that owns them and its network thread: deleting a manager under live replies is a
    // known way to crash Qt at exit.
    ~DemoGraphClient()
    {
        for (QNetworkReply *reply : network.findChildren<QNetworkReply *>())
            reply->abort();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // Requests that still exist after deferred deletions: 0 means nothing is left that could send.
    int liveRequests() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return int(client.findChildren<GraphRequest *>().size());
    }
    DemoGraphClient(const DemoGraphClient &) = delete;
    DemoGraphClient &operator=(const DemoGraphClient &) = delete;

    QNetworkAccessManager network;
    GraphClient client;
    QString token;
};
