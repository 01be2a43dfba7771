#pragma once

#include "demo/DemoServer.h"

#include <QObject>
#include <QThread>
#include <QUrl>

// Runs a DemoServer in a thread of its own, so that generating a large tenant or serving it never
// holds up the thread that owns the window (or the test).
class DemoTenantHost : public QObject
{
    Q_OBJECT

public:
    explicit DemoTenantHost(const DemoServerOptions &options, QObject *parent = nullptr);
    ~DemoTenantHost() override;

    // Generates the tenant and starts listening on loopback; emits ready() or failed().
    void start();
    bool isReady() const { return m_server != nullptr && m_ready; }
    DemoServer *server() const { return m_server; }
    QUrl graphUrl() const { return m_graphUrl; }
    QUrl authorityUrl() const { return m_authorityUrl; }

signals:
    void ready();
    void failed(const QString &message);

private:
    DemoServerOptions m_options;
    QThread m_thread;
    QObject *m_context = nullptr;
    DemoServer *m_server = nullptr;
    bool m_ready = false;
    QUrl m_graphUrl;
    QUrl m_authorityUrl;
};
