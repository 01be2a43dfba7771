#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The demo tenant's TLS identity: a certificate for 127.0.0.1, ::1 and localhost, made for this run (or read from
// files), that clients trust by adding it as a CA certificate (NODE_EXTRA_CA_CERTS, or Offboard's demo connection).
struct DemoCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }

    // A new P-256 key and a self-signed certificate valid from an hour ago for validDays days.
    static DemoCertificate generate(int validDays = 30);
    // Reads a PEM certificate and PEM private key (RSA or EC); null when either cannot be read.
    static DemoCertificate fromFiles(const QString &certificatePath, const QString &keyPath);
};
