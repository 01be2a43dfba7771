#include "ui/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

// Screenshots are full-size windows; in the guide they are shown as wide as the text.
void UserGuideDialog::fitImages(int width)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(width);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

UserGuideDialog::UserGuideDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Offboard user guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    // Relative image links ("screenshots/…") resolve next to the guide in the resources.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.%1.md")
                                  .arg(language == QLatin1String("ru") ? language : QStringLiteral("en"))),
        QTextDocument::MarkdownResource);
    fitImages(860);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(this);
    auto *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 720);
}
