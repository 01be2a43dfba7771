#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The rules of docs/architecture.md, read from the code itself: who may include whom, includes that name their
// folder, one class per header named after it, and the widgets library free of the demo tenant.
class TestArchitecture : public QObject
{
    Q_OBJECT

    struct Include
    {
        QString file; // relative to the source root
        QString target; // as written between the quotes
    };

    static QString root() { return QStringLiteral(OFFBOARD_SOURCE_DIR); }

    static QStringList sources(const QString &folder)
    {
        QStringList files;
        QDirIterator it(root() + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next().mid(root().size() + 1));
        files.sort();
        return files;
    }

    static QString read(const QString &file)
    {
        QFile f(root() + QLatin1Char('/') + file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static QList<Include> quotedIncludes(const QString &folder)
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""), QRegularExpression::MultilineOption);
        QList<Include> found;
        for (const QString &file : sources(folder)) {
            for (auto it = include.globalMatch(read(file)); it.hasNext();) {
                const QString target = it.next().captured(1);
                if (!target.endsWith(QLatin1String(".moc")))
                    found.append({file, target});
            }
        }
        return found;
    }

private slots:
    void eachLayerIncludesOnlyWhatItMay_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("allowed");
        // core: the client without widgets. demo: built from Microsoft's documentation, never from the client.
        // ui: widgets over core, never the demo tenant. app: the composition root, the one place both meet.
        QTest::newRow("core") << QStringLiteral("core") << QStringList {QStringLiteral("core/")};
        QTest::newRow("demo") << QStringLiteral("demo") << QStringList {QStringLiteral("demo/")};
        QTest::newRow("ui") << QStringLiteral("ui") << QStringList {QStringLiteral("core/"), QStringLiteral("ui/")};
        QTest::newRow("app") << QStringLiteral("app")
                             << QStringList {QStringLiteral("core/"), QStringLiteral("demo/"), QStringLiteral("ui/"),
                                    QStringLiteral("app/")};
    }
    void eachLayerIncludesOnlyWhatItMay()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, allowed);
        const QList<Include> includes = quotedIncludes(folder);
        QVERIFY(!includes.isEmpty());
        for (const Include &include : includes) {
            const bool ok = std::any_of(allowed.begin(), allowed.end(),
                [&](const QString &prefix) { return include.target.startsWith(prefix); });
            QVERIFY2(ok, qPrintable(include.file + QStringLiteral(" includes ") + include.target));
            QVERIFY2(QFile::exists(root() + QLatin1Char('/') + include.target),
                qPrintable(include.file + QStringLiteral(": no such file ") + include.target));
        }
    }

    // Inside core, folders depend one way only: each may include those before it in this order, never one after.
    void coreFoldersDependInOneDirection()
    {
        const QStringList order
            = {QStringLiteral("platform"), QStringLiteral("graph"), QStringLiteral("auth"), QStringLiteral("journal"),
                QStringLiteral("model"), QStringLiteral("actions"), QStringLiteral("offboarding")};
        for (const Include &include : quotedIncludes(QStringLiteral("core"))) {
            const QString from = include.file.section(QLatin1Char('/'), 1, 1);
            const QString to = include.target.section(QLatin1Char('/'), 1, 1);
            QVERIFY2(order.contains(from) && order.contains(to), qPrintable(include.file));
            QVERIFY2(order.indexOf(to) <= order.indexOf(from),
                qPrintable(include.file + QStringLiteral(" includes ") + include.target));
        }
    }

    void coreUsesNoWidgets()
    {
        static const QRegularExpression widgets(
            QStringLiteral("#\\s*include\\s+<Q(Widget|Dialog|MainWindow|MessageBox|Application|PushButton|Label)\\b"));
        for (const QString &file : sources(QStringLiteral("core")))
            QVERIFY2(!read(file).contains(widgets), qPrintable(file));
    }

    void eachHeaderIsNamedAfterWhatItDeclares()
    {
        for (const QString &folder :
            {QStringLiteral("core"), QStringLiteral("demo"), QStringLiteral("ui"), QStringLiteral("app")}) {
            for (const QString &file : sources(folder)) {
                if (!file.endsWith(QLatin1String(".h")))
                    continue;
                const QString name = file.section(QLatin1Char('/'), -1).chopped(2);
                const QRegularExpression declared(
                    QStringLiteral("^(template<[^>]*>\\s*)?(class|struct|namespace) %1\\b").arg(name),
                    QRegularExpression::MultilineOption);
                QVERIFY2(read(file).contains(declared), qPrintable(file + QStringLiteral(" declares no ") + name));
            }
        }
    }

    void theWidgetsLibraryDoesNotLinkTheDemoTenant()
    {
        const QString ui = read(QStringLiteral("ui/CMakeLists.txt"));
        QVERIFY(ui.contains(QLatin1String("offboard_ui")));
        QVERIFY(!ui.contains(QLatin1String("offboard_demo")));
        QVERIFY(!read(QStringLiteral("core/CMakeLists.txt")).contains(QLatin1String("offboard_demo")));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
