#include "core/actions/OrganisationPolicy.h"

#include "core/actions/ActionCatalog.h"
#include "core/platform/Translator.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace {

const auto kInterface = QStringLiteral("Interface");
const auto kSignIn = QStringLiteral("SignIn");
const auto kActions = QStringLiteral("Actions");
const auto kConnections = QStringLiteral("Connections");

std::optional<OrganisationPolicy> &storage()
{
    static std::optional<OrganisationPolicy> policy;
    return policy;
}

// Qt's system scope on Linux and the BSDs is <dir>/<organisation>/<application>.conf in the XDG configuration
// directories (XDG_CONFIG_DIRS, /etc/xdg when unset), never the user's own XDG_CONFIG_HOME.
QString systemSettingsFile()
{
    const QString relative
        = QCoreApplication::organizationName() + QLatin1Char('/') + QCoreApplication::applicationName() + u".conf";
    const QString userDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        const QString path = dir + QLatin1Char('/') + relative;
        if (dir != userDir && QFileInfo::exists(path))
            return path;
    }
    return {};
}

// Administrators write "true", "yes" or "1"; anything else than these and their opposites is a mistake worth
// reporting rather than reading as true (QVariant::toBool() takes "no" for true).
std::optional<bool> strictBool(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"1")
        return true;
    if (text == u"false" || text == u"no" || text == u"0")
        return false;
    return std::nullopt;
}

std::optional<ConnectionProfile::SignInKind> signInKindFromId(const QString &id)
{
    for (auto kind : {ConnectionProfile::SignInKind::Browser, ConnectionProfile::SignInKind::DeviceCode,
             ConnectionProfile::SignInKind::ClientSecret}) {
        if (ConnectionProfile::kindId(kind).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

// QSettings reads an unquoted value with commas as a list ("Contoso (read only, for auditors)"); a text setting
// takes it back whole.
QString text(const QSettings &settings, const QString &key, const QString &fallback = {})
{
    const QVariant value = settings.value(key, fallback);
    return (
        value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", ")) : value.toString())
        .trimmed();
}

// Settings of a section Offboard does not know: each a problem named, so a typo does not pass unnoticed.
QStringList unknownSettings(const QSettings &settings, const QString &section, const QStringList &known)
{
    QStringList problems;
    for (const QString &key : settings.allKeys()) {
        if (!known.contains(key))
            problems.append(OrganisationPolicy::tr("Unknown setting %1 in [%2].").arg(key, section));
    }
    return problems;
}

QStringList trimmedList(const QVariant &value)
{
    QStringList items;
    for (const QString &item : value.toStringList()) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
    }
    return items;
}

} // namespace

const OrganisationPolicy &OrganisationPolicy::current()
{
    if (!storage())
        reload();
    return *storage();
}

void OrganisationPolicy::reload()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString path = systemSettingsFile();
    if (path.isEmpty()) {
        storage() = OrganisationPolicy();
        return;
    }
    QSettings settings(path, QSettings::IniFormat);
#else
    QSettings settings(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
        QCoreApplication::applicationName());
    settings.setFallbacksEnabled(false);
    const QString path = settings.fileName();
    if (settings.allKeys().isEmpty()) {
        storage() = OrganisationPolicy();
        return;
    }
#endif
    storage() = fromSettings(settings, path);
}

OrganisationPolicy OrganisationPolicy::fromSettings(QSettings &settings, const QString &source)
{
    OrganisationPolicy policy;
    policy.m_source = source;
    if (settings.status() != QSettings::NoError) {
        policy.m_problems.append(tr("%1 could not be read; none of its settings apply.").arg(source));
        return policy;
    }
    for (const QString &group : settings.childGroups()) {
        if (!QStringList {kInterface, kSignIn, kActions, kConnections}.contains(group))
            policy.m_problems.append(tr("Unknown section [%1].").arg(group));
    }
    for (const QString &key : settings.childKeys())
        policy.m_problems.append(tr("Unknown setting %1 outside any section.").arg(key));

    settings.beginGroup(kInterface);
    policy.m_problems += unknownSettings(settings, kInterface, {QStringLiteral("Language")});
    const QString language = text(settings, QStringLiteral("Language"));
    if (Translator::availableLanguages().contains(language))
        policy.m_language = language;
    else if (!language.isEmpty())
        policy.m_problems.append(tr("Language=%1: Offboard speaks %2.")
                                     .arg(language, Translator::availableLanguages().join(QStringLiteral(", "))));
    settings.endGroup();

    policy.readSignIn(settings);
    policy.readActions(settings);
    policy.readConnections(settings);
    return policy;
}

void OrganisationPolicy::readSignIn(QSettings &settings)
{
    settings.beginGroup(kSignIn);
    m_problems
        += unknownSettings(settings, kSignIn, {QStringLiteral("AllowedMethods"), QStringLiteral("OwnConnections")});
    if (settings.contains(QStringLiteral("AllowedMethods"))) {
        m_signInKinds.clear();
        for (const QString &id : trimmedList(settings.value(QStringLiteral("AllowedMethods")))) {
            if (const auto kind = signInKindFromId(id))
                m_signInKinds.insert(*kind);
            else
                m_problems.append(tr("AllowedMethods: unknown sign-in method %1 (browser, deviceCode or "
                                     "clientSecret).")
                                      .arg(id));
        }
    }
    if (settings.contains(QStringLiteral("OwnConnections"))) {
        if (const auto own = strictBool(settings.value(QStringLiteral("OwnConnections"))))
            m_ownConnections = *own;
        else
            m_problems.append(tr("OwnConnections takes true or false."));
    }
    settings.endGroup();
}

void OrganisationPolicy::readActions(QSettings &settings)
{
    settings.beginGroup(kActions);
    m_problems += unknownSettings(settings, kActions, {QStringLiteral("Disabled")});
    for (const QString &name : trimmedList(settings.value(QStringLiteral("Disabled")))) {
        if (ActionCatalog::find(name))
            m_disabledActions.insert(name);
        else
            m_problems.append(tr("Disabled: unknown action %1.").arg(name));
    }
    settings.endGroup();
}

void OrganisationPolicy::readConnections(QSettings &settings)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QStringList known = {QStringLiteral("Name"), QStringLiteral("Cloud"), QStringLiteral("GraphUrl"),
        QStringLiteral("LoginUrl"), QStringLiteral("Tenant"), QStringLiteral("ClientId"), QStringLiteral("SignIn"),
        QStringLiteral("ReadOnly"), QStringLiteral("Locked")};
    settings.beginGroup(kConnections);
    for (const QString &key : settings.childGroups()) {
        const QString where = kConnections + QLatin1Char('/') + key;
        if (!keyPattern.match(key).hasMatch()) {
            m_problems.append(tr("[%1]: a connection's key is made of letters, digits, - and _.").arg(where));
            continue;
        }
        settings.beginGroup(key);
        QStringList faults;
        for (const QString &setting : settings.allKeys()) {
            if (!known.contains(setting))
                faults.append(tr("unknown setting %1").arg(setting));
        }
        ConnectionProfile p;
        p.id = QStringLiteral("org-") + key;
        p.fromOrganisation = true;
        p.name = text(settings, QStringLiteral("Name"), key);
        p.cloudId = text(settings, QStringLiteral("Cloud"), QStringLiteral("global"));
        if (p.cloudId != u"custom" && Cloud::fromId(p.cloudId).id() != p.cloudId)
            faults.append(tr("unknown cloud %1").arg(p.cloudId));
        p.customGraphUrl = QUrl(text(settings, QStringLiteral("GraphUrl")));
        p.customLoginUrl = QUrl(text(settings, QStringLiteral("LoginUrl")));
        p.tenant = text(settings, QStringLiteral("Tenant"));
        p.clientId
            = text(settings, QStringLiteral("ClientId"), QLatin1String(ConnectionProfile::DefaultPublicClientId));
        const QString method = text(settings, QStringLiteral("SignIn"), QStringLiteral("browser"));
        if (const auto kind = signInKindFromId(method))
            p.signInKind = *kind;
        else
            faults.append(tr("unknown sign-in method %1").arg(method));
        for (const auto &[name, flag] :
            {std::pair {QStringLiteral("ReadOnly"), &p.readOnly}, std::pair {QStringLiteral("Locked"), &p.locked}}) {
            if (!settings.contains(name))
                continue;
            if (const auto value = strictBool(settings.value(name)))
                *flag = *value;
            else
                faults.append(tr("%1 takes true or false").arg(name));
        }
        settings.endGroup();
        if (const QString invalid = p.validationError(); !invalid.isEmpty())
            faults.append(invalid);
        if (faults.isEmpty() && !allowsSignInKind(p.signInKind))
            faults.append(tr("its sign-in method is not among AllowedMethods"));
        if (faults.isEmpty())
            m_connections.append(p);
        else
            m_problems.append(tr("[%1] is not offered: %2").arg(where, faults.join(QStringLiteral("; "))));
    }
    settings.endGroup();
}

QList<ConnectionProfile> OrganisationPolicy::merged(const QList<ConnectionProfile> &saved) const
{
    QList<ConnectionProfile> result;
    for (const ConnectionProfile &preset : m_connections) {
        const auto own
            = std::find_if(saved.begin(), saved.end(), [&](const ConnectionProfile &p) { return p.id == preset.id; });
        if (own == saved.end() || preset.locked) {
            result.append(preset);
            continue;
        }
        ConnectionProfile edited = *own;
        edited.fromOrganisation = true;
        edited.locked = false;
        result.append(edited);
    }
    if (!m_ownConnections)
        return result;
    for (const ConnectionProfile &own : saved) {
        const bool preset = std::any_of(
            m_connections.begin(), m_connections.end(), [&](const ConnectionProfile &p) { return p.id == own.id; });
        if (!preset)
            result.append(own);
    }
    return result;
}

QString OrganisationPolicy::refusalFor(const ConnectionProfile &profile) const
{
    if (profile.demo)
        return {}; // the built-in demo tenant is for training; it reaches nothing outside this computer
    if (!profile.fromOrganisation && !m_ownConnections)
        return tr("Your organisation allows only the connections it has set up (%1).").arg(m_source);
    if (allowsSignInKind(profile.signInKind))
        return {};
    switch (profile.signInKind) {
    case ConnectionProfile::SignInKind::Browser:
        return tr("Your organisation has turned off sign-in in the browser (%1).").arg(m_source);
    case ConnectionProfile::SignInKind::DeviceCode:
        return tr("Your organisation has turned off sign-in with a device code (%1).").arg(m_source);
    case ConnectionProfile::SignInKind::ClientSecret:
        break;
    }
    return tr("Your organisation has turned off app-only sign-in with a client secret (%1).").arg(m_source);
}
