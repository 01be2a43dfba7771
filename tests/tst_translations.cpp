#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Both catalogues stay complete: no unfinished entry, Russian plurals with all three forms, placeholders kept.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString source;
        QStringList translations;
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                current = {};
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(current);
            }
        }
        return messages;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d)"));
        QSet<QString> found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    }

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ru") << QStringLiteral("ru") << 3;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QList<Message> messages
            = read(QStringLiteral(OFFBOARD_SOURCE_DIR "/translations/offboard_%1.ts").arg(language));
        QVERIFY(messages.size() > 50);
        for (const Message &m : messages) {
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + m.source));
            QCOMPARE(m.translations.size(), m.numerus ? pluralForms : 1);
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + m.source));
                QVERIFY2(placeholders(t) == placeholders(m.source) || (m.numerus && placeholders(t).isEmpty() == false),
                    qPrintable(QStringLiteral("placeholders differ: ") + m.source + QStringLiteral(" -> ") + t));
            }
        }
    }

    // A string added or moved to another class in the code but not to the catalogue would show untranslated: lupdate
    // run over the sources finds nothing the committed catalogue lacks.
    void catalogueHoldsEveryStringOfTheSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("offboard_ru.ts"));
        QVERIFY(QFile::copy(QStringLiteral(OFFBOARD_SOURCE_DIR "/translations/offboard_ru.ts"), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(OFFBOARD_SOURCE_DIR));
        lupdate.start(QStringLiteral(OFFBOARD_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("core"), QStringLiteral("demo"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList missing;
        for (const Message &m : read(copy)) {
            if (m.unfinished)
                missing.append(m.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("not in the catalogue: ") + missing.join(QStringLiteral(" | "))));
        QCOMPARE(read(copy).size(), read(QStringLiteral(OFFBOARD_SOURCE_DIR "/translations/offboard_ru.ts")).size());
    }

    void russianIsReallyRussian()
    {
        const QList<Message> messages = read(QStringLiteral(OFFBOARD_SOURCE_DIR "/translations/offboard_ru.ts"));
        const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
        int untranslated = 0;
        for (const Message &m : messages) {
            if (!m.translations.value(0).contains(cyrillic)
                && m.source.contains(QRegularExpression(QStringLiteral("[a-z]{4,}"))))
                ++untranslated;
        }
        // A few strings are the same in both languages (product names, "OS", "%1 (HTTP %2, %3)").
        QVERIFY2(untranslated <= 12, qPrintable(QString::number(untranslated)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
