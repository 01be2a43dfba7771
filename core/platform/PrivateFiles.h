#pragma once

#include <QString>

// Files that hold names, UPNs and what was done to whom: readable by their owner only.
namespace PrivateFiles {
// Creates the folder (and parents) if needed and makes it 0700.
bool makePrivateFolder(const QString &path);
// Flushes a folder's entries to disk, so a file just created in it survives a crash (POSIX; a no-op elsewhere).
bool syncFolder(const QString &path);
// The QSettings file and its folder, created owner-only before anything is written (QSettings keeps the mode).
void restrictSettingsFile();
} // namespace PrivateFiles
