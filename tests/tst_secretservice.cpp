#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

// The test command's keyring is a real Secret Service: a secret written through QtKeychain can be read back by a new
// job, and is gone after deletion. Offboard keeps refresh tokens and client secrets only there.
class TestSecretService : public QObject
{
    Q_OBJECT

    static QKeychain::Error run(QKeychain::Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        if (!finished.wait(20000))
            return QKeychain::OtherError;
        if (job->error() != QKeychain::NoError)
            qWarning("%s", qPrintable(job->errorString()));
        return job->error();
    }

private slots:
    void secretRoundTripsThroughTheKeyring()
    {
        const QString service = QStringLiteral("offboard-test-%1").arg(QCoreApplication::applicationPid());
        QKeychain::WritePasswordJob write(service);
        write.setKey(QStringLiteral("refresh-token"));
        write.setTextData(QStringLiteral("секрет-123"));
        QCOMPARE(run(&write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(service);
        read.setKey(QStringLiteral("refresh-token"));
        QCOMPARE(run(&read), QKeychain::NoError);
        QCOMPARE(read.textData(), QStringLiteral("секрет-123"));

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(QStringLiteral("refresh-token"));
        QCOMPARE(run(&remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob gone(service);
        gone.setKey(QStringLiteral("refresh-token"));
        QCOMPARE(run(&gone), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
