#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Seals data with a passphrase the operator chooses: AES-256-GCM under a key derived by scrypt, both from OpenSSL
// (libcrypto), never a cipher of our own. The sealed form is a JSON object that names the algorithms and carries the
// scrypt parameters, salt, nonce and ciphertext with its tag; associated data (authenticated, not encrypted) binds
// the sealed part to what travels beside it in clear.
class PassphraseCipher
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseCipher)

public:
    struct Cost
    {
        quint64 n = quint64(1) << 18; // about a second on a 2020s laptop, 256 MiB: slows guessing (bench figures)
        quint32 r = 8;
        quint32 p = 1;
    };
    static Cost defaultCost() { return {}; }

    // A key derived once, to seal several versions of one file (an evidence file rewritten as a run goes on)
    // without deriving again: only the salt and key stay in memory, never the passphrase.
    struct Key
    {
        QByteArray salt;
        QByteArray bytes; // 32
        Cost cost;
        bool isValid() const { return bytes.size() == 32; }
    };
    static Key deriveNew(const QString &passphrase, Cost cost = defaultCost());

    static QJsonObject seal(const Key &key, const QByteArray &plain, const QByteArray &associated);
    // Empty, with *error set, for a wrong passphrase, altered data or associated data, or parameters out of bounds.
    static std::optional<QByteArray> open(
        const QJsonObject &sealed, const QString &passphrase, const QByteArray &associated, QString *error);

private:
    static QByteArray derive(const QString &passphrase, const QByteArray &salt, Cost cost);
};
