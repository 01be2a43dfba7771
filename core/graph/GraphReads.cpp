#include "core/graph/GraphReads.h"

#include "core/graph/GraphRequest.h"

#include <QJsonDocument>
#include <QPointer>

namespace GraphReads {

void item(GraphClient *client, const QUrl &url, QObject *context, ItemCallback done, const RequestHeaders &headers)
{
    GraphRequest *request = client->get(url, headers);
    QObject::connect(request, &GraphRequest::finished, context, [done](const GraphResponse &response) {
        if (!response.ok())
            return done({}, response.error);
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!document.isObject())
            return done({}, GraphError::invalidResponse(QStringLiteral("Microsoft Graph sent no JSON object.")));
        done(document.object(), {});
    });
}

namespace {

void nextPage(GraphClient *client, const QUrl &url, QPointer<QObject> context, QJsonArray collected, ListCallback done,
    RequestHeaders headers)
{
    GraphRequest *request = client->get(url, headers);
    QObject::connect(request, &GraphRequest::finished, context.data(),
        [client, context, collected, done, headers](const GraphResponse &response) mutable {
            if (!response.ok())
                return done({}, response.error);
            const QJsonObject page = QJsonDocument::fromJson(response.body).object();
            const QJsonValue values = page.value(QStringLiteral("value"));
            if (!values.isArray())
                return done({}, GraphError::invalidResponse(QStringLiteral("Microsoft Graph sent no \"value\".")));
            for (const QJsonValue &value : values.toArray())
                collected.append(value);
            const QUrl next(page.value(QStringLiteral("@odata.nextLink")).toString());
            if (next.isEmpty())
                return done(collected, {});
            if (!client->isGraphUrl(next))
                return done({},
                    GraphError::invalidResponse(
                        QStringLiteral("The next page is not on Microsoft Graph: %1").arg(next.toString())));
            nextPage(client, next, context, collected, done, headers);
        });
}

} // namespace

void list(GraphClient *client, const QUrl &url, QObject *context, ListCallback done, const RequestHeaders &headers)
{
    nextPage(client, url, context, {}, std::move(done), headers);
}

QString literal(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace GraphReads
