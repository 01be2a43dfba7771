// What an operator pastes or opens for offboarding: text in any encoding, TXT lists, CSV and Excel exports; and a
// saved plan file.
#include "core/offboarding/OffboardingInput.h"
#include "core/offboarding/OffboardingPlanFile.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzBytes(data, size);
    if (takeSmall(&bytes, 4) == 0) {
        QString error;
        (void)OffboardingPlanFile::fromJson(bytes, &error);
        return 0;
    }
    const QString text = OffboardingInput::decode(bytes);
    for (const InputEntry &entry : OffboardingInput::fromLines(text))
        (void)OffboardingInput::kindLabel(entry.kind);
    const OffboardingInput::Table table = OffboardingInput::readTable(text);
    if (!table.rows.isEmpty()) {
        (void)OffboardingInput::looksLikeHeader(table.rows.first());
        (void)OffboardingInput::entries(table, 0, 1);
    }
    return 0;
}
