#pragma once

#include <QDir>
#include <QRegularExpression>
#include <QWidget>

// scripts/screenshots sets OFFBOARD_SCREENSHOTS to a folder; tests that walk windows save them there as
// <name>.png ("ru main window devices" becomes ru-main-window-devices.png). Without it, nothing is saved.
namespace Screenshots {

// False only when a screenshot was asked for and could not be written.
inline bool save(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("OFFBOARD_SCREENSHOTS");
    if (folder.isEmpty())
        return true;
    QString file = name.toLower();
    file.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return QDir().mkpath(folder) && window->grab().save(QDir(folder).filePath(file + QStringLiteral(".png")));
}

} // namespace Screenshots
