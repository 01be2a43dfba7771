#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

// Loads the app's translation and Qt's own (qtbase) for one language, and switches them at run time.
// Widgets retranslate on QEvent::LanguageChange.
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);

    static QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("ru")}; }
    // The language to start in: the one asked for on the command line, else the user's saved choice, else the
    // organisation's default (OrganisationPolicy), else the system's if we have it, else English.
    static QString startupLanguage(const QString &requested, const QString &organisationDefault = {});
    bool setLanguage(const QString &language);
    // The user's own choice (the Language menu): switched to and remembered for the next start.
    bool chooseLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};
