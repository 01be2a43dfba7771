#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain.
// Every call is asynchronous; the callback runs only while its context object is alive.
class SecretStore
{
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QString value;
        QString message; // QtKeychain's own words when something went wrong
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const QString &service)
        : m_service(service)
    {
    }
    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback callback) const;
    void write(const QString &key, const QString &value, QObject *context, Callback callback) const;
    void remove(const QString &key, QObject *context, Callback callback) const;

private:
    QString m_service;
};
