#include "core/model/EntityTableModel.h"

int EntityTableModelBase::columnIndex(const QString &id) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (columnId(column) == id)
            return column;
    }
    return -1;
}

QByteArray EntityTableModelBase::searchKeyOf(const QString &text)
{
    // Most of what lists hold is ASCII: lower-cased straight into UTF-8, without a lower-case QString on the way.
    QByteArray key(text.size(), Qt::Uninitialized);
    char *out = key.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.toLower().toUtf8();
        *out++ = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
    }
    return key;
}
