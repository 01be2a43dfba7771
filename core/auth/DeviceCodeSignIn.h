#pragma once

#include "core/auth/SignInFlow.h"

#include <QDateTime>

class QTimer;

// The device authorization endpoint's answer (RFC 8628, section 3.2).
struct DeviceCodeResponse
{
    bool ok = false;
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    int interval = 5;
    int expiresIn = 900;
};

// Device code flow, for machines without a usable browser: show a code, poll until the user has signed in elsewhere.
class DeviceCodeSignIn : public SignInFlow
{
    Q_OBJECT

public:
    using SignInFlow::SignInFlow;
    void start() override;
    void cancel() override;
    int interval() const { return m_interval; }
    // A next poll of the token endpoint is scheduled.
    bool isPolling() const;
    static DeviceCodeResponse readDeviceCode(int httpStatus, const QByteArray &body);

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expires);

private:
    void poll();

    QString m_deviceCode;
    int m_interval = 5;
    QDateTime m_expires;
    QTimer *m_timer = nullptr;
};
