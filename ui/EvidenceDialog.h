#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// File → Open evidence…: an offboarding run's evidence file. What is in clear (who, where, when, each device's
// state before and the steps with their outcomes) shows at once; the recovery keys and passwords only after the
// passphrase, one at a time on request, and a copied one leaves the clipboard after 30 seconds.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceDialog(const QString &path, QWidget *parent = nullptr);
    ~EvidenceDialog() override;

    bool isLoaded() const { return !m_document.isEmpty(); }
    static constexpr int ClipboardSeconds = 30;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillClearPart();
    void unlock();
    void showSecrets(const QJsonArray &secrets);
    void revealSelected();
    void copySelected();
    QString kindName(const QString &kind) const;
    QString volumeName(const QString &label) const;

    QString m_path;
    QJsonObject m_document;
    QStringList m_secrets; // in memory only while the dialog is open; overwritten when it closes
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_devices = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_keys = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_revealed = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};
