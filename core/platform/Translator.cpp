#include "core/platform/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

Translator::Translator(QObject *parent)
    : QObject(parent)
{
}

QString Translator::startupLanguage(const QString &requested, const QString &organisationDefault)
{
    for (const QString &choice :
        {requested, QSettings().value(QStringLiteral("ui/language")).toString(), organisationDefault}) {
        if (availableLanguages().contains(choice))
            return choice;
    }
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

bool Translator::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = m_app.load(QStringLiteral(":/i18n/offboard_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
        language == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));
    m_language = language;
    return loaded;
}

bool Translator::chooseLanguage(const QString &language)
{
    const bool loaded = setLanguage(language);
    if (availableLanguages().contains(language))
        QSettings().setValue(QStringLiteral("ui/language"), language);
    return loaded;
}
