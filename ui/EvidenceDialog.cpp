#include "ui/EvidenceDialog.h"

#include "core/offboarding/EvidenceFile.h"
#include "ui/SimpleTable.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFont>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

const QString kHidden = QStringLiteral("••••••••••••");

QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Clipboard managers that honour it (KDE's Klipper) keep a secret out of their history.
void copySecret(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), "secret");
    QGuiApplication::clipboard()->setMimeData(data);
    const QByteArray fingerprint = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    // Cleared later only if it still holds this secret; the timer belongs to the application, so closing the dialog
    // does not keep the secret in the clipboard for good.
    QTimer::singleShot(EvidenceDialog::ClipboardSeconds * 1000, qApp, [fingerprint] {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256) == fingerprint)
            clipboard->clear();
    });
}

} // namespace

EvidenceDialog::EvidenceDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("evidenceDialog"));
    buildUi();
    QString error;
    if (const auto document = EvidenceFile::read(path, &error)) {
        m_document = *document;
        fillClearPart();
    } else {
        m_status->setText(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), error));
        m_passphrase->setEnabled(false);
    }
    retranslate();
    resize(1000, 620);
}

EvidenceDialog::~EvidenceDialog()
{
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

void EvidenceDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_devices = SimpleTable::make(this, QStringLiteral("evidenceDevices"));
    m_devices->setColumnCount(4);
    m_steps = SimpleTable::make(this, QStringLiteral("evidenceSteps"));
    m_steps->setColumnCount(4);
    auto *keysPage = new QWidget(this);
    auto *keysLayout = new QVBoxLayout(keysPage);
    auto *unlockRow = new QHBoxLayout;
    m_passphraseLabel = new QLabel(keysPage);
    m_passphrase = new QLineEdit(keysPage);
    m_passphrase->setObjectName(QStringLiteral("evidencePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_unlock = new QPushButton(keysPage);
    m_unlock->setObjectName(QStringLiteral("unlockEvidence"));
    unlockRow->addWidget(m_passphraseLabel);
    unlockRow->addWidget(m_passphrase, 1);
    unlockRow->addWidget(m_unlock);
    keysLayout->addLayout(unlockRow);
    m_keys = SimpleTable::make(keysPage, QStringLiteral("evidenceKeys"));
    m_keys->setColumnCount(5);
    m_keys->hide();
    keysLayout->addWidget(m_keys, 1);
    // The secret shown whole, large enough to read out over the phone, and selectable.
    m_revealed = new QLabel(keysPage);
    m_revealed->setObjectName(QStringLiteral("revealedSecret"));
    m_revealed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    m_revealed->setFont(mono);
    m_revealed->hide();
    keysLayout->addWidget(m_revealed);
    auto *keyButtons = new QHBoxLayout;
    m_status = new QLabel(keysPage);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setWordWrap(true);
    m_reveal = new QPushButton(keysPage);
    m_copy = new QPushButton(keysPage);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_copy->setObjectName(QStringLiteral("copySecret"));
    for (QPushButton *b : {m_reveal, m_copy})
        b->setEnabled(false);
    keyButtons->addWidget(m_status, 1);
    keyButtons->addWidget(m_reveal);
    keyButtons->addWidget(m_copy);
    keysLayout->addLayout(keyButtons);
    m_tabs->addTab(m_devices, QString());
    m_tabs->addTab(m_steps, QString());
    m_tabs->addTab(keysPage, QString());
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Enter in the passphrase field unlocks; it never closes the dialog.
    for (QPushButton *button : {m_close, m_reveal, m_copy})
        button->setAutoDefault(false);
    m_unlock->setDefault(true);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlock, &QPushButton::clicked, this, &EvidenceDialog::unlock);
    connect(m_reveal, &QPushButton::clicked, this, &EvidenceDialog::revealSelected);
    connect(m_copy, &QPushButton::clicked, this, &EvidenceDialog::copySelected);
    connect(m_keys, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_keys->selectedItems().isEmpty();
        m_reveal->setEnabled(selected);
        m_copy->setEnabled(selected);
    });
}

void EvidenceDialog::retranslate()
{
    setWindowTitle(tr("Evidence file"));
    m_tabs->setTabText(0, tr("&Devices"));
    m_tabs->setTabText(1, tr("S&teps"));
    m_tabs->setTabText(2, tr("&Recovery keys"));
    m_tabs->setAccessibleName(tr("Evidence"));
    m_devices->setHorizontalHeaderLabels({tr("Device"), tr("Found by"), tr("Recovery information read"), tr("Notes")});
    m_devices->setAccessibleName(tr("Devices and their state before"));
    m_steps->setHorizontalHeaderLabels({tr("Request"), tr("Outcome"), tr("Request ID"), tr("Message")});
    m_steps->setAccessibleName(tr("Steps and their outcomes"));
    m_keys->setHorizontalHeaderLabels(
        {tr("Device"), tr("Kind"), tr("Volume or account"), tr("Backed up"), tr("Secret")});
    m_keys->setAccessibleName(tr("Recovery keys and passwords"));
    m_passphraseLabel->setText(tr("Pass&phrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase of the evidence file"));
    m_unlock->setText(tr("&Unlock"));
    m_reveal->setText(tr("&Show"));
    m_reveal->setAccessibleName(tr("Show the selected secret"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy the selected secret"));
    m_copy->setToolTip(tr("The clipboard is cleared after %n second(s).", nullptr, ClipboardSeconds));
    m_close->setText(tr("Close"));
    if (isLoaded())
        m_header->setText(tr("Offboarding run by %1 in %2 (%3), started %4; written %5.\n%6")
                              .arg(m_document.value(QStringLiteral("operator")).toString(),
                                  m_document.value(QStringLiteral("tenantName")).toString(),
                                  m_document.value(QStringLiteral("tenantId")).toString(),
                                  localTime(m_document.value(QStringLiteral("started")).toString()),
                                  localTime(m_document.value(QStringLiteral("written")).toString()),
                                  QDir::toNativeSeparators(m_path)));
}

void EvidenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString EvidenceDialog::kindName(const QString &kind) const
{
    if (kind == u"bitlocker")
        return tr("BitLocker recovery key");
    if (kind == u"laps")
        return tr("Local administrator password (LAPS)");
    return tr("FileVault recovery key");
}

// bitlockerRecoveryKey.volumeType (Graph's volumeType enum) in words; a LAPS account name as it is.
QString EvidenceDialog::volumeName(const QString &label) const
{
    if (label == u"operatingSystemVolume")
        return tr("Operating system volume");
    if (label == u"fixedDataVolume")
        return tr("Fixed data volume");
    if (label == u"removableDataVolume")
        return tr("Removable data volume");
    return label;
}

void EvidenceDialog::fillClearPart()
{
    const QJsonArray devices = m_document.value(QStringLiteral("devices")).toArray();
    m_devices->setRowCount(int(devices.size()));
    for (int row = 0; row < devices.size(); ++row) {
        const QJsonObject d = devices[row].toObject();
        QStringList read;
        for (const auto &r : d.value(QStringLiteral("recoveryRead")).toArray())
            read.append(kindName(r.toObject().value(QStringLiteral("kind")).toString()));
        QStringList notes;
        for (const auto &n : d.value(QStringLiteral("recoveryNotes")).toArray())
            notes.append(n.toString());
        SimpleTable::setRow(m_devices, row,
            {d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("foundBy")).toString(),
                read.join(QStringLiteral(", ")), notes.join(QLatin1Char(' '))});
        m_devices->item(row, 3)->setToolTip(notes.join(QLatin1Char('\n')));
    }
    const QJsonArray steps = m_document.value(QStringLiteral("steps")).toArray();
    m_steps->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const QJsonObject s = steps[row].toObject();
        SimpleTable::setRow(m_steps, row,
            {s.value(QStringLiteral("request")).toString(), s.value(QStringLiteral("outcome")).toString(),
                s.value(QStringLiteral("requestId")).toString(), s.value(QStringLiteral("message")).toString()});
    }
    SimpleTable::fitColumns(m_devices, 360);
    SimpleTable::fitColumns(m_steps, 480);
}

void EvidenceDialog::unlock()
{
    if (!isLoaded() || m_passphrase->text().isEmpty())
        return;
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_status->setText(tr("Checking the passphrase…"));
    struct Opened
    {
        std::optional<QJsonArray> secrets;
        QString error;
    };
    // scrypt takes about a second on purpose: off the GUI thread.
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher] {
        const Opened opened = watcher->result();
        watcher->deleteLater();
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
        if (!opened.secrets) {
            m_status->setText(opened.error);
            m_passphrase->setFocus();
            return;
        }
        showSecrets(*opened.secrets);
    });
    watcher->setFuture(QtConcurrent::run([document = m_document, passphrase] {
        Opened opened;
        opened.secrets = EvidenceFile::openSecrets(document, passphrase, &opened.error);
        return opened;
    }));
}

void EvidenceDialog::showSecrets(const QJsonArray &secrets)
{
    const QJsonArray devices = m_document.value(QStringLiteral("devices")).toArray();
    m_secrets.clear();
    m_keys->setRowCount(int(secrets.size()));
    for (int row = 0; row < secrets.size(); ++row) {
        const QJsonObject s = secrets[row].toObject();
        m_secrets.append(s.value(QStringLiteral("secret")).toString());
        const int device = s.value(QStringLiteral("device")).toInt();
        SimpleTable::setRow(m_keys, row,
            {devices[device].toObject().value(QStringLiteral("name")).toString(),
                kindName(s.value(QStringLiteral("kind")).toString()),
                volumeName(s.value(QStringLiteral("label")).toString()),
                localTime(s.value(QStringLiteral("backedUp")).toString()), kHidden});
    }
    m_keys->show();
    SimpleTable::fitColumns(m_keys, 360);
    m_passphraseLabel->hide();
    m_passphrase->hide();
    m_unlock->hide();
    m_status->setText(tr("%n secret(s). Select one, then Show or Copy.", nullptr, int(secrets.size())));
    m_keys->setFocus();
    if (!secrets.isEmpty())
        m_keys->selectRow(0);
}

void EvidenceDialog::revealSelected()
{
    const int row = m_keys->currentRow();
    if (row < 0 || row >= m_secrets.size())
        return;
    QTableWidgetItem *cell = m_keys->item(row, 4);
    const bool hidden = cell->text() == kHidden;
    for (int other = 0; other < m_keys->rowCount(); ++other)
        m_keys->item(other, 4)->setText(kHidden); // one secret on screen at a time
    cell->setText(hidden ? m_secrets[row] : kHidden);
    // Named before it holds the secret: an unnamed label is named by its text, and accessibility's debug log
    // (qt.accessibility.cache) writes names down.
    m_revealed->setAccessibleName(hidden ? m_keys->item(row, 1)->text() : QString());
    m_revealed->setText(hidden ? m_secrets[row] : QString());
    m_revealed->setVisible(hidden);
}

void EvidenceDialog::copySelected()
{
    const int row = m_keys->currentRow();
    if (row < 0 || row >= m_secrets.size())
        return;
    copySecret(m_secrets[row]);
    m_status->setText(tr("Copied. The clipboard is cleared in %n second(s).", nullptr, ClipboardSeconds));
}
