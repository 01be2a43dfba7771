#include "core/platform/PrivateMemory.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#endif

bool PrivateMemory::keepOutOfCoreDumps()
{
#if defined(__linux__)
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}
