#pragma once

#include "DemoFixture.h"
#include "GraphClient.h"

#include <QNetworkAccessManager>

// The app's own GraphClient, pointed at a demo tenant and signed in as its helpdesk admin.
struct DemoGraphClient
{
    explicit DemoGraphClient(DemoFixture &demo) : client(&network), token(demo.adminToken())
    {
        client.setBaseUrl(demo.graph(QString()));
        client.setTokenProvider([this] { return token; });
    }

    QNetworkAccessManager network;
    GraphClient client;
    QString token;
};
