#pragma once

// Access tokens, refresh tokens and recovery keys live in this process's memory. On Linux a crash would write that
// memory to a core dump (systemd-coredump keeps them readable by the same user) and another process of the same
// user could read it through ptrace; marking the process not dumpable stops both, as KeePassXC does.
namespace PrivateMemory {
// Returns whether the process is now kept out of core dumps and ptrace by other processes of the same user.
bool keepOutOfCoreDumps();
} // namespace PrivateMemory
