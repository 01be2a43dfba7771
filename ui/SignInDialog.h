#pragma once

#include "core/auth/ConnectionProfile.h"
#include "core/auth/SignInFlow.h"
#include "core/graph/GraphError.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QTimer;
class TokenCache;

// Chooses or edits a connection profile and signs in with its flow: browser, device code or client secret.
// On success the dialog is accepted and tokenCache() holds the signed-in identity.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // ephemeral: profiles offered but never saved (the demo tenant, whose address changes with every start).
    SignInDialog(QNetworkAccessManager *network, const QList<ConnectionProfile> &ephemeral, QWidget *parent = nullptr);
    ~SignInDialog() override;

    TokenCache *takeTokenCache();
    ConnectionProfile currentProfile() const;
    // Off in tests, which play the browser themselves through browserRequested().
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }
    void selectProfile(const QString &id);

public slots:
    void signIn();

signals:
    void browserRequested(const QUrl &url);
    void deviceCodeShown(const QString &userCode, const QUrl &verificationUri);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    enum Page { Idle, WaitingForBrowser, DeviceCode, Working };

    void buildUi();
    void retranslate();
    void loadProfiles();
    void showProfile(const ConnectionProfile &profile);
    void updateKindFields();
    void updateEditability();
    void showOrganisationNote(const ConnectionProfile &profile);
    void setBusy(Page page);
    void showStatus(Page page);
    void showError(const GraphError &error);
    void onSucceeded(const SignInResult &result);
    void retryReadOnly();
    void updateCountdown();
    bool isEphemeral(const QString &id) const;

    QNetworkAccessManager *m_network;
    QList<ConnectionProfile> m_ephemeral;
    QList<ConnectionProfile> m_profiles;
    QPointer<SignInFlow> m_flow;
    TokenCache *m_cache = nullptr;
    QString m_pendingSecret;
    bool m_opensBrowser = true;
    bool m_busy = false;
    bool m_offersNewConnection = true;
    QUrl m_lastBrowserUrl;
    QUrl m_verificationUri;
    QDateTime m_codeExpires;
    GraphError m_lastError;

    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_organisationNote = nullptr;
    QLabel *m_policyProblems = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_kindLabel = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_browserKind = nullptr;
    QRadioButton *m_deviceKind = nullptr;
    QRadioButton *m_secretKind = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QPushButton *m_readOnlyRetry = nullptr;
    QList<QWidget *> m_statusPages;
    QLabel *m_idleHint = nullptr;
    QLabel *m_browserHint = nullptr;
    QPushButton *m_reopenBrowser = nullptr;
    QLabel *m_codeHint = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_codeLink = nullptr;
    QLabel *m_codeExpiry = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_openCodePage = nullptr;
    QLabel *m_workingHint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_copyError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    QTimer *m_countdown = nullptr;
};
