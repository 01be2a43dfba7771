#include "core/auth/LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr auto RedirectPath = "/";
constexpr int PortAttempts = 8;

QByteArray escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "200 OK";
    case 400:
        return "400 Bad Request";
    case 404:
        return "404 Not Found";
    case 405:
        return "405 Method Not Allowed";
    default:
        return "431 Request Header Fields Too Large";
    }
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

bool LoopbackRedirectListener::listen()
{
    close();
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        auto *v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress::LocalHost, 0)) {
            delete v4;
            return false;
        }
        m_port = v4->serverPort();
        m_servers = {v4};
        auto *v6 = new QTcpServer(this);
        if (v6->listen(QHostAddress::LocalHostIPv6, m_port)) {
            m_servers.append(v6);
        } else if (v6->serverError() == QAbstractSocket::AddressInUseError) {
            delete v6; // someone holds this port on ::1: a browser going there would not reach us; try another
            close();
            continue;
        } else {
            delete v6; // no IPv6 loopback on this system: localhost can only mean 127.0.0.1
        }
        for (QTcpServer *server : std::as_const(m_servers))
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        m_done = false;
        return true;
    }
    return false;
}

void LoopbackRedirectListener::close()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool LoopbackRedirectListener::isListening() const
{
    return !m_servers.isEmpty();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    // Entra ID registers public clients with http://localhost and accepts any port there.
    return QUrl(QStringLiteral("http://localhost:%1%2").arg(m_port).arg(QLatin1String(RedirectPath)));
}

void LoopbackRedirectListener::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        // A connection that never finishes its request (a port scan, a stalled client) is dropped.
        QTimer::singleShot(IdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::read(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 && head.size() <= MaxRequestBytes) {
        socket->setProperty("head", head);
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QUrlQuery query;
    const Verdict verdict = end < 0 || end > MaxRequestBytes ? Verdict::TooLarge : judge(head.left(end), &query);
    answer(socket, verdict, query);
    if (verdict == Verdict::Accepted && !m_done) {
        m_done = true;
        close();
        emit redirectReceived(query);
    }
}

LoopbackRedirectListener::Verdict LoopbackRedirectListener::judge(const QByteArray &head, QUrlQuery *query) const
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Verdict::Malformed;
    const QByteArray &target = requestLine.at(1);
    const qsizetype mark = target.indexOf('?');
    const QByteArray path = target.left(mark < 0 ? target.size() : mark);
    if (path != RedirectPath)
        return Verdict::NotFound;
    if (requestLine.at(0) != "GET")
        return Verdict::WrongMethod;
    // The answer is form-encoded: '+' stands for a space, and QUrlQuery only decodes %XX.
    QByteArray encoded = mark < 0 ? QByteArray() : target.mid(mark + 1);
    *query = QUrlQuery(QString::fromLatin1(encoded.replace('+', "%20")));
    const QString state = query->queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_done || m_state.isEmpty() || state != m_state)
        return Verdict::WrongState;
    return Verdict::Accepted;
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, Verdict verdict, const QUrlQuery &query)
{
    int status = 400;
    QString text;
    switch (verdict) {
    case Verdict::Accepted:
        status = 200;
        if (query.hasQueryItem(QStringLiteral("error")))
            text = tr("Sign-in was not completed: %1 Return to Offboard for details.")
                       .arg(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
        else
            text = tr("Signed in. You can close this browser tab and return to Offboard.");
        break;
    case Verdict::NotFound:
        status = 404;
        text = tr("Offboard is waiting for a sign-in here; there is nothing else at this address.");
        break;
    case Verdict::WrongMethod:
        status = 405;
        text = tr("Offboard only accepts the sign-in answer the browser brings back.");
        break;
    case Verdict::WrongState:
        text = tr("This answer does not belong to the sign-in Offboard is waiting for. Start the sign-in again from "
                  "Offboard.");
        break;
    case Verdict::Malformed:
        text = tr("Offboard could not read this request.");
        break;
    case Verdict::TooLarge:
        status = 431;
        text = tr("Offboard could not read this request.");
        break;
    }
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Offboard</title></head><body><p>"
        + escapeHtml(text) + "</p></body></html>";
    socket->write("HTTP/1.1 " + statusLine(status)
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
