#include "demo/DemoTenantHost.h"

DemoTenantHost::DemoTenantHost(const DemoServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("demo-tenant"));
}

DemoTenantHost::~DemoTenantHost()
{
    m_thread.quit();
    m_thread.wait();
}

void DemoTenantHost::start()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        auto *server = new DemoServer(m_options, m_context);
        const bool ok = server->start();
        const QUrl graph = server->graphUrl();
        const QUrl authority = server->authorityUrl();
        QMetaObject::invokeMethod(this, [this, server, ok, graph, authority] {
            if (!ok) {
                emit failed(tr("The demo tenant could not listen on the loopback interface."));
                return;
            }
            m_server = server;
            m_graphUrl = graph;
            m_authorityUrl = authority;
            m_ready = true;
            emit ready();
        });
    });
}
