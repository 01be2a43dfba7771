#pragma once

#include <QFileDialog>

// Qt's file dialog with its dates in the language Offboard shows, not the system's: where the desktop offers no file
// dialog of its own, Qt's lists sizes and "Date Modified" in QLocale::system(), so a Russian window would show "0
// bytes" and "26 Nov 2026". A desktop's own dialog follows the desktop's language, as the operator expects there. Qt's
// fields are also named after their labels, for screen readers that do not follow label relations.
class FileDialog : public QFileDialog
{
    Q_OBJECT

public:
    FileDialog(QWidget *parent, const QString &caption, const QString &path, const QString &filter);

    // Asks where to save; an empty string when the operator cancels.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);

    // Call after changing options that switch to Qt's own dialog (DontUseNativeDialog).
    void adaptQtDialog();

protected:
    void showEvent(QShowEvent *event) override;
};
