#pragma once

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

// Looks for secrets where they must never be: every message of every logging category (all turned on, debug
// included, from construction on), files, and this process's command line and environment.
class SecretScan
{
public:
    SecretScan()
    {
        messages().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        m_previous = qInstallMessageHandler(&SecretScan::keep);
        previous() = m_previous;
    }
    ~SecretScan()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    SecretScan(const SecretScan &) = delete;
    SecretScan &operator=(const SecretScan &) = delete;

    qsizetype messageCount() const
    {
        QMutexLocker lock(&mutex());
        return messages().size();
    }

    // Where one of the secrets was found ("log", "cmdline", "environ" or a file's path), or empty. Files are every
    // file under the folders, plus the files named.
    QString whereFound(const QStringList &secrets, const QStringList &folders, QStringList files) const
    {
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        QList<QPair<QString, QByteArray>> places;
        {
            QMutexLocker lock(&mutex());
            for (const QString &message : std::as_const(messages()))
                places.append(
                    {QStringLiteral("the log, category ") + message.section(QLatin1Char(':'), 0, 0), message.toUtf8()});
        }
        for (const char *proc : {"cmdline", "environ"}) {
            QFile file(QStringLiteral("/proc/self/") + QLatin1String(proc));
            if (file.open(QIODevice::ReadOnly))
                places.append({QLatin1String(proc), file.readAll()});
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                places.append({path, file.readAll()});
        }
        for (const auto &place : std::as_const(places)) {
            for (const QString &secret : secrets) {
                if (!secret.isEmpty() && place.second.contains(secret.toUtf8()))
                    return place.first;
            }
        }
        return {};
    }

private:
    static QStringList &messages()
    {
        static QStringList all;
        return all;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&mutex());
            messages().append(QLatin1String(context.category ? context.category : "") + QLatin1String(": ") + message);
        }
        // The test's own output, and warnings and failures, still show; Qt's own chatter does not.
        const bool own = !context.category || qstrcmp(context.category, "default") == 0;
        const bool warning = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
        if ((own || warning) && previous())
            previous()(type, context, message);
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }

    QtMessageHandler m_previous = nullptr;
};
