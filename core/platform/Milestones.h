#pragma once

// Moments of a run that say how quick Offboard feels: the first window painted, a sign-in started, the first row of
// the device list painted. Each is logged once, under the category "offboard.timing" with the milliseconds since
// main() began, and only when asked for (QT_LOGGING_RULES="offboard.timing.info=true"): support can see where a slow
// start goes, and scripts/run-benchmarks reads them. Nothing else is logged with them.
namespace Milestones {
// Starts the clock; main() calls it first.
void startClock();
// Logs the milestone, the first time only. Names are plain ASCII, e.g. "first window".
void reach(const char *name);
} // namespace Milestones
