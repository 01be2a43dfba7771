// A Graph collection page, as Microsoft Graph (or anything pretending to be it) sends it: read as the loaders do
// (GraphPage), its next link looked up in the raw bytes, its objects turned into the four lists' typed rows, and the
// same objects read as whole Qt JSON objects (as GraphReads hands them out) and through QJsonObject.
#include "core/graph/PageLoader.h"
#include "core/model/ListModels.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
    static const std::unique_ptr<AutopilotModel> autopilot(ListModels::autopilotIdentities(nullptr));
    static const std::unique_ptr<UserModel> users(ListModels::users(nullptr));
    static const std::unique_ptr<PartnerModel> partners(ListModels::remoteAssistancePartners(nullptr));
    const QByteArray body = fuzzBytes(data, size);
    (void)PageLoader::peekNextLink(body);
    const GraphPage page(body);
    if (!page.error().isEmpty())
        return 0;
    (void)PageLoader::summary(page);
    QJsonArray objects;
    for (qsizetype i = 0; i < page.size(); ++i) {
        (void)page.text(i, "id");
        objects.append(page.object(i));
    }
    for (EntityTableModelBase *model :
        std::initializer_list<EntityTableModelBase *> {devices.get(), autopilot.get(), users.get(), partners.get()}) {
        model->appendConverted(model->convert(page));
        model->appendConverted(model->convert(objects));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                (void)model->data(model->index(row, column), Qt::DisplayRole);
                (void)model->data(model->index(row, column), EntityTableModelBase::SortRole);
            }
        }
        model->clear();
    }
    return 0;
}
