#include "core/graph/GraphReads.h"

#include "core/graph/GraphRequest.h"
#include "core/graph/PageLoader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <memory>

namespace GraphReads {

QUrl url(GraphClient *client, ApiVersion version, const QString &path, const QString &filter, const QString &select)
{
    QUrlQuery query;
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), filter);
    if (!select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), select);
    return client->resourceUrl(version, path, query);
}

void item(GraphClient *client, const QUrl &url, QObject *context, ItemCallback done, const RequestHeaders &headers)
{
    GraphRequest *request = client->get(url, headers);
    QObject::connect(request, &GraphRequest::finished, context, [done](const GraphResponse &response) {
        if (!response.ok())
            return done({}, response.error);
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!document.isObject())
            return done({},
                GraphError::invalidResponse(
                    QCoreApplication::translate("GraphReads", "Microsoft Graph sent no JSON object.")));
        done(document.object(), {});
    });
}

// Every page, through PageLoader: it follows @odata.nextLink in order and only to the Graph host in use.
void list(GraphClient *client, const QUrl &url, QObject *context, ListCallback done, const RequestHeaders &headers)
{
    auto *loader = new PageLoader(client, context);
    loader->setConverter([](const GraphPage &page) {
        auto objects = std::make_shared<QJsonArray>();
        for (qsizetype i = 0; i < page.size(); ++i)
            objects->append(page.object(i));
        return objects;
    });
    auto values = std::make_shared<QJsonArray>();
    QObject::connect(loader, &PageLoader::rowsReady, context, [values](const std::shared_ptr<void> &page) {
        for (const QJsonValue &value : *static_cast<const QJsonArray *>(page.get()))
            values->append(value);
    });
    QObject::connect(loader, &PageLoader::finished, context, [loader, values, done] {
        loader->deleteLater();
        done(*values, {});
    });
    QObject::connect(loader, &PageLoader::failed, context, [loader, done](const GraphError &error) {
        loader->deleteLater();
        done({}, error);
    });
    loader->start(url, headers);
}

QString literal(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace GraphReads
