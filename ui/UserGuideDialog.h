#pragma once

#include <QDialog>

class QTextBrowser;

// Help → User guide: the short guide in docs/ (user-guide.<language>.md with its screenshots), embedded, in the
// language the window shows.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(const QString &language, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    void fitImages(int width);

    QTextBrowser *m_browser;
};
