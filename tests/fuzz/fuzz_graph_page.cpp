// A Graph collection page, as Microsoft Graph (or anything pretending to be it) sends it: parsed as PageLoader does,
// its next link looked up in the raw bytes, and its values turned into the four lists' typed rows.
#include "core/graph/PageLoader.h"
#include "core/model/ListModels.h"
#include "tests/fuzz/FuzzInput.h"

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<ManagedDeviceModel> devices(ListModels::managedDevices(nullptr));
    static const std::unique_ptr<AutopilotModel> autopilot(ListModels::autopilotIdentities(nullptr));
    static const std::unique_ptr<UserModel> users(ListModels::users(nullptr));
    static const std::unique_ptr<PartnerModel> partners(ListModels::remoteAssistancePartners(nullptr));
    const QByteArray body = fuzzBytes(data, size);
    (void)PageLoader::peekNextLink(body);
    const PageLoader::Page page = PageLoader::parsePage(body);
    if (!page.error.isEmpty())
        return 0;
    for (EntityTableModelBase *model :
        std::initializer_list<EntityTableModelBase *> {devices.get(), autopilot.get(), users.get(), partners.get()}) {
        model->appendConverted(model->convert(page.values));
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
