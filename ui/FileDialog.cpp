#include "ui/FileDialog.h"

#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTreeView>

namespace {

class LocalizedDates : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        enum { Name, Size, Type, DateModified }; // QFileSystemModel's columns
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (!files || role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        if (index.column() == DateModified)
            return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
        if (index.column() == Size && !files->isDir(source))
            return QLocale().formattedDataSize(files->size(source));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

FileDialog::FileDialog(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
    : QFileDialog(parent, caption, path, filter)
{
    adaptQtDialog();
}

void FileDialog::adaptQtDialog()
{
    if (proxyModel()) // already done, or a desktop dialog without Qt's views
        return;
    setProxyModel(new LocalizedDates(this));
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    FileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(AcceptSave);
    return dialog.exec() == Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    FileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(AcceptOpen);
    dialog.setFileMode(ExistingFile);
    return dialog.exec() == Accepted ? dialog.selectedFiles().value(0) : QString();
}

void FileDialog::showEvent(QShowEvent *event)
{
    QFileDialog::showEvent(event);
    auto *places = findChild<QListView *>(QStringLiteral("sidebar"));
    auto *splitter = findChild<QSplitter *>(QStringLiteral("splitter"));
    if (places && splitter && splitter->count() == 2) { // "Компьютер" whole, not "Компь…"
        const int wanted = places->sizeHintForColumn(0) + places->frameWidth() * 2 + 8;
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        if (wanted > splitter->sizes().value(0))
            splitter->setSizes({wanted, total - wanted});
    }
    if (auto *files = findChild<QTreeView *>(QStringLiteral("treeView"))) { // sizes and Russian dates whole
        for (int column = 1; column < files->header()->count(); ++column)
            files->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Named here, once Qt has set the labels' texts. Qt's dialog (qfiledialog.ui) gives only one field a buddy label.
    static const std::pair<const char *, const char *> labelled[]
        = {{"lookInLabel", "lookInCombo"}, {"fileNameLabel", "fileNameEdit"}, {"fileTypeLabel", "fileTypeCombo"}};
    for (const auto &[labelName, fieldName] : labelled) {
        const auto *label = findChild<QLabel *>(QLatin1String(labelName));
        auto *field = findChild<QWidget *>(QLatin1String(fieldName));
        if (label && field)
            field->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    }
}
