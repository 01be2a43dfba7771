#include "core/auth/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    default:
        result.status = SecretStore::Status::Failed;
        break;
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        result.message = job->errorString();
    return result;
}

void run(QKeychain::Job *job, QObject *context, const SecretStore::Callback &callback,
    const std::function<void(SecretStore::Result &)> &complete = {})
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, callback, complete](QKeychain::Job *) {
        SecretStore::Result result = resultOf(job);
        if (complete)
            complete(result);
        callback(result);
    });
    job->start();
}

} // namespace

void SecretStore::read(const QString &key, QObject *context, Callback callback) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, callback, [job](SecretStore::Result &result) {
        if (result.status == Status::Ok)
            result.value = job->textData();
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback callback) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, context, callback);
}

void SecretStore::remove(const QString &key, QObject *context, Callback callback) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, callback, [](SecretStore::Result &result) {
        // Deleting what is not there leaves the keychain as wanted.
        if (result.status == Status::NotFound)
            result.status = Status::Ok;
    });
}
