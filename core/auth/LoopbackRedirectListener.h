#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

// Receives the answer Entra ID sends the browser back with, at http://localhost:<port>/ (RFC 8252 §7.3).
// "localhost" names both 127.0.0.1 and ::1, so it listens on both, on one port. Only a GET of exactly the redirect
// path that carries this sign-in's state ends the wait; anything else (a favicon, a port scan, the answer to another
// sign-in) gets an error page and changes nothing.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRequestBytes = 16 * 1024;
    static constexpr int IdleTimeoutMs = 10 * 1000;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Opens one free port on the IPv4 loopback and, where the system has one, the same port on the IPv6 loopback.
    bool listen();
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl redirectUri() const;
    void setExpectedState(const QString &state) { m_state = state; }

signals:
    // The query of the one request that ended the wait (code or error, with the expected state).
    void redirectReceived(const QUrlQuery &query);

private:
    enum class Verdict { Accepted, NotFound, WrongMethod, WrongState, Malformed, TooLarge };

    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);
    Verdict judge(const QByteArray &head, QUrlQuery *query) const;
    void answer(QTcpSocket *socket, Verdict verdict, const QUrlQuery &query);

    QList<QTcpServer *> m_servers;
    quint16 m_port = 0;
    QString m_state;
    bool m_done = false;
};
