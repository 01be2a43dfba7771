#include "core/platform/PassphraseCipher.h"

#include <QJsonValue>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12; // GCM's recommended IV length (NIST SP 800-38D)
constexpr int kTagBytes = 16;
constexpr int kSaltBytes = 16;
// A file may name its own scrypt cost; beyond this it is refused rather than left to exhaust memory.
constexpr quint64 kMaxN = quint64(1) << 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray decoded(const QJsonObject &object, const QString &key)
{
    return QByteArray::fromBase64(object.value(key).toString().toLatin1());
}

} // namespace

QByteArray PassphraseCipher::derive(const QString &passphrase, const QByteArray &salt, Cost cost)
{
    const QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    // scrypt needs 128 · r · N bytes; OpenSSL refuses unless maxmem allows it.
    const quint64 memory = 128 * quint64(cost.r) * cost.n + (quint64(1) << 20);
    const int ok = EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), bytesOf(salt), size_t(salt.size()), cost.n,
        cost.r, cost.p, memory, reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()));
    return ok == 1 ? key : QByteArray();
}

PassphraseCipher::Key PassphraseCipher::deriveNew(const QString &passphrase, Cost cost)
{
    Key key;
    key.salt = randomBytes(kSaltBytes);
    key.cost = cost;
    if (!key.salt.isEmpty())
        key.bytes = derive(passphrase, key.salt, cost);
    return key;
}

QJsonObject PassphraseCipher::seal(const Key &key, const QByteArray &plain, const QByteArray &associated)
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!key.isValid() || nonce.isEmpty() || !context)
        return {};
    QByteArray out(plain.size() + kTagBytes, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    int total = 0;
    bool ok = EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytesOf(key.bytes), bytesOf(nonce)) == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &written, bytesOf(associated), int(associated.size())) == 1
        && EVP_EncryptUpdate(context.get(), cursor, &written, bytesOf(plain), int(plain.size())) == 1;
    total = written;
    ok = ok && EVP_EncryptFinal_ex(context.get(), cursor + total, &written) == 1;
    total += written;
    ok = ok && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, cursor + total) == 1;
    if (!ok)
        return {};
    out.resize(total + kTagBytes);
    return QJsonObject {
        {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
        {QStringLiteral("kdf"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("scrypt")},
                {QStringLiteral("N"), QString::number(key.cost.n)}, {QStringLiteral("r"), int(key.cost.r)},
                {QStringLiteral("p"), int(key.cost.p)},
                {QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64())}}},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(out.toBase64())}, // the GCM tag is its last 16 bytes
    };
}

std::optional<QByteArray> PassphraseCipher::open(
    const QJsonObject &sealed, const QString &passphrase, const QByteArray &associated, QString *error)
{
    const QJsonObject kdf = sealed.value(QStringLiteral("kdf")).toObject();
    Cost cost;
    cost.n = kdf.value(QStringLiteral("N")).toString().toULongLong();
    cost.r = quint32(kdf.value(QStringLiteral("r")).toInt());
    cost.p = quint32(kdf.value(QStringLiteral("p")).toInt());
    const QByteArray salt = decoded(kdf, QStringLiteral("salt"));
    const QByteArray nonce = decoded(sealed, QStringLiteral("nonce"));
    const QByteArray data = decoded(sealed, QStringLiteral("ciphertext"));
    const bool known = sealed.value(QStringLiteral("cipher")).toString() == u"AES-256-GCM"
        && kdf.value(QStringLiteral("name")).toString() == u"scrypt";
    const bool bounded = cost.n >= 2 && cost.n <= kMaxN && (cost.n & (cost.n - 1)) == 0 && cost.r >= 1
        && cost.r <= kMaxR && cost.p >= 1 && cost.p <= kMaxP;
    if (!known || !bounded || salt.size() < 8 || nonce.size() != kNonceBytes || data.size() < kTagBytes) {
        *error = tr("The sealed part of the file is not in a form Offboard writes.");
        return std::nullopt;
    }
    const QByteArray key = derive(passphrase, salt, cost);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (key.isEmpty() || !context) {
        *error = tr("The passphrase could not be turned into a key (out of memory?).");
        return std::nullopt;
    }
    const QByteArray cipherText = data.left(data.size() - kTagBytes);
    QByteArray tag = data.right(kTagBytes);
    QByteArray plain(cipherText.size(), Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(plain.data());
    int written = 0;
    bool ok = EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &written, bytesOf(associated), int(associated.size())) == 1
        && EVP_DecryptUpdate(context.get(), cursor, &written, bytesOf(cipherText), int(cipherText.size())) == 1;
    const int total = written;
    ok = ok && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1;
    // Only the tag check tells a wrong passphrase from a right one, and it also catches any change to the file.
    ok = ok && EVP_DecryptFinal_ex(context.get(), cursor + total, &written) == 1;
    if (!ok) {
        plain.fill('\0');
        *error = tr("Wrong passphrase, or the file was changed after it was written.");
        return std::nullopt;
    }
    plain.resize(total + written);
    return plain;
}
