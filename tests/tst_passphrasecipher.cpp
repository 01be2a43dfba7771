#include "core/platform/PassphraseCipher.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

// The evidence file's seal: OpenSSL's AES-256-GCM under a scrypt key. What it opens, what it refuses, and what the
// default cost costs (printed, not judged).
class TestPassphraseCipher : public QObject
{
    Q_OBJECT

    static PassphraseCipher::Cost cheap() { return {1 << 10, 8, 1}; } // tests need no second per key
    const QByteArray secret = QByteArrayLiteral("BitLocker 123456-654321-111111-222222-333333-444444-555555-666666");
    const QByteArray clearPart = QByteArrayLiteral("{\"tenant\":\"offboard-demo\"}");

private slots:
    void whatIsSealedOpensWithThePassphrase()
    {
        const auto key = PassphraseCipher::deriveNew(QStringLiteral("correct horse battery staple"), cheap());
        QVERIFY(key.isValid());
        const QJsonObject sealed = PassphraseCipher::seal(key, secret, clearPart);
        QVERIFY(!QJsonDocument(sealed).toJson().contains(secret));
        QVERIFY(!QJsonDocument(sealed).toJson().contains(QByteArrayLiteral("123456")));
        QString error;
        const auto opened
            = PassphraseCipher::open(sealed, QStringLiteral("correct horse battery staple"), clearPart, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(*opened, secret);
    }

    void sealingTwiceNeverRepeatsANonce()
    {
        const auto key = PassphraseCipher::deriveNew(QStringLiteral("p"), cheap());
        const QJsonObject first = PassphraseCipher::seal(key, secret, clearPart);
        const QJsonObject second = PassphraseCipher::seal(key, secret, clearPart);
        QVERIFY(first.value(QStringLiteral("nonce")) != second.value(QStringLiteral("nonce")));
        QVERIFY(first.value(QStringLiteral("ciphertext")) != second.value(QStringLiteral("ciphertext")));
    }

    void aWrongPassphraseIsRefused()
    {
        const QJsonObject sealed
            = PassphraseCipher::seal(PassphraseCipher::deriveNew(QStringLiteral("right"), cheap()), secret, clearPart);
        QString error;
        QVERIFY(!PassphraseCipher::open(sealed, QStringLiteral("wrong"), clearPart, &error));
        QVERIFY(error.contains(QStringLiteral("passphrase")));
        QVERIFY(!PassphraseCipher::open(sealed, QString(), clearPart, &error));
    }

    void aChangeToTheClearPartOrTheSealIsRefused()
    {
        const QJsonObject sealed
            = PassphraseCipher::seal(PassphraseCipher::deriveNew(QStringLiteral("p"), cheap()), secret, clearPart);
        QString error;
        QVERIFY(
            !PassphraseCipher::open(sealed, QStringLiteral("p"), QByteArrayLiteral("{\"tenant\":\"other\"}"), &error));
        QJsonObject altered = sealed;
        QByteArray data = QByteArray::fromBase64(sealed.value(QStringLiteral("ciphertext")).toString().toLatin1());
        data[3] = char(data[3] ^ 1);
        altered.insert(QStringLiteral("ciphertext"), QString::fromLatin1(data.toBase64()));
        QVERIFY(!PassphraseCipher::open(altered, QStringLiteral("p"), clearPart, &error));
    }

    // A file naming a scrypt cost of 2^30 (128 GiB) is refused at once instead of exhausting memory.
    void aHostileCostIsRefusedWithoutDerivingAKey()
    {
        QJsonObject sealed
            = PassphraseCipher::seal(PassphraseCipher::deriveNew(QStringLiteral("p"), cheap()), secret, clearPart);
        QJsonObject kdf = sealed.value(QStringLiteral("kdf")).toObject();
        for (const QString &n : {QStringLiteral("1073741824"), QStringLiteral("1000"), QStringLiteral("0")}) {
            kdf.insert(QStringLiteral("N"), n);
            sealed.insert(QStringLiteral("kdf"), kdf);
            QString error;
            QVERIFY(!PassphraseCipher::open(sealed, QStringLiteral("p"), clearPart, &error));
            QVERIFY(error.contains(QStringLiteral("not in a form")));
        }
    }

    // The same passphrase typed with composed or decomposed accents (macOS and Windows differ) opens the file.
    void aPassphraseIsComparedInOneUnicodeForm()
    {
        const QString composed = QStringLiteral("пароль-ёлка");
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(composed != decomposed);
        const QJsonObject sealed
            = PassphraseCipher::seal(PassphraseCipher::deriveNew(composed, cheap()), secret, clearPart);
        QString error;
        QVERIFY2(PassphraseCipher::open(sealed, decomposed, clearPart, &error), qPrintable(error));
    }

    void theDefaultCostIsPrinted()
    {
        QElapsedTimer timer;
        timer.start();
        const auto key = PassphraseCipher::deriveNew(QStringLiteral("p"));
        QVERIFY(key.isValid());
        qInfo("scrypt N=2^18 r=8 p=1 (256 MiB): %lld ms to derive a key", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPassphraseCipher)
#include "tst_passphrasecipher.moc"
