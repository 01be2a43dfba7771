#pragma once

// What the benchmarks need: offboard-graphsim as a separate process, and an app-only token from it.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrlQuery>

#include <cstdio>

inline QByteArray waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

class Graphsim
{
public:
    // Starts it with --json and the given options; false (and a message on stderr) if it did not come up.
    bool start(const QString &program, const QStringList &options)
    {
        m_process.start(program, QStringList {QStringLiteral("--json")} + options);
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(120000)) {
            std::fprintf(stderr, "offboard-graphsim did not start\n");
            return false;
        }
        m_description = QJsonDocument::fromJson(m_process.readLine()).object();
        return true;
    }
    ~Graphsim()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    const QJsonObject &description() const { return m_description; }
    QUrl graphUrl() const { return QUrl(m_description.value(QStringLiteral("graphUrl")).toString()); }

    QString appOnlyToken(QNetworkAccessManager &network) const
    {
        const QJsonObject app = m_description.value(QStringLiteral("appClient")).toObject();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), app.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), app.value(QStringLiteral("clientSecret")).toString());
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
        QNetworkRequest request(QUrl(
            m_description.value(QStringLiteral("authorityUrl")).toString() + QStringLiteral("/oauth2/v2.0/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return QJsonDocument::fromJson(waitFor(network.post(request, form.toString(QUrl::FullyEncoded).toUtf8())))
            .object()
            .value(QStringLiteral("access_token"))
            .toString();
    }

private:
    QProcess m_process;
    QJsonObject m_description;
};
