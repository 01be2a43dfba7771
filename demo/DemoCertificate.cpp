#include "demo/DemoCertificate.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return QByteArray();
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool describe(X509 *certificate, EVP_PKEY *key, int validDays)
{
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // a positive serial number (RFC 5280 section 4.1.2.2)
    std::unique_ptr<BIGNUM, Deleter<BN_free>> number(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_NAME *name = X509_get_subject_name(certificate);
    // A name of its own per certificate: trust stores find a CA by its name, and two demo tenants may run at once.
    const QByteArray commonName = "Offboard demo tenant (loopback) "
        + QByteArray(reinterpret_cast<const char *>(serial), sizeof serial).toHex().left(12);
    return number && X509_set_version(certificate, 2) == 1
        && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate))
        && X509_gmtime_adj(X509_getm_notBefore(certificate), -3600)
        && X509_gmtime_adj(X509_getm_notAfter(certificate), long(validDays) * 24 * 3600)
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0)
        == 1
        && X509_set_issuer_name(certificate, name) == 1 && X509_set_pubkey(certificate, key) == 1
        && addExtension(certificate, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(certificate, NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(certificate, NID_ext_key_usage, "serverAuth")
        && addExtension(certificate, NID_subject_key_identifier, "hash")
        && addExtension(certificate, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost")
        && X509_sign(certificate, key, EVP_sha256()) > 0;
}

} // namespace

DemoCertificate DemoCertificate::generate(int validDays)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr certificate(X509_new());
    if (!key || !certificate || !describe(certificate.get(), key.get(), validDays))
        return DemoCertificate();
    const QByteArray certificatePem = pemOf([&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    const QByteArray keyPem = pemOf(
        [&](BIO *bio) { return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr); });
    return {QSslCertificate(certificatePem, QSsl::Pem), QSslKey(keyPem, QSsl::Ec, QSsl::Pem)};
}

DemoCertificate DemoCertificate::fromFiles(const QString &certificatePath, const QString &keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return DemoCertificate();
    DemoCertificate loaded;
    loaded.certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    loaded.privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (loaded.privateKey.isNull())
        loaded.privateKey = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    return loaded;
}
