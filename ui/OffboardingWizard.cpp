#include "ui/OffboardingWizard.h"

#include "core/actions/DailyLimits.h"
#include "core/graph/GraphClient.h"
#include "core/journal/Journal.h"
#include "core/model/CsvWriter.h"
#include "core/offboarding/EvidenceFile.h"
#include "core/offboarding/OffboardingReport.h"
#include "core/offboarding/OffboardingResolver.h"
#include "core/offboarding/OffboardingRunner.h"
#include "core/offboarding/RecoveryReader.h"
#include "core/platform/PrivateFiles.h"
#include "ui/EvidenceDialog.h"
#include "ui/FileDialog.h"
#include "ui/SimpleTable.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

using SimpleTable::fitColumns;
using SimpleTable::setRow;

// "LON-LT-00042: Intune, Autopilot, Entra ID"
QString describeDevice(const FoundDevice &d)
{
    QStringList parts;
    if (!d.managedDeviceId.isEmpty())
        parts.append(QStringLiteral("Intune"));
    if (!d.autopilotId.isEmpty())
        parts.append(QStringLiteral("Autopilot"));
    if (!d.entraObjectId.isEmpty())
        parts.append(QStringLiteral("Entra ID"));
    return QStringLiteral("%1: %2").arg(d.name(), parts.join(QStringLiteral(", ")));
}

// ---------------------------------------------------------------------------------------------------------------
// 1. What to offboard: typed, pasted or imported identifiers, each shown with what it is read as.
class InputPage : public QWizardPage
{
public:
    explicit InputPage(OffboardingWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        m_label = new QLabel(this);
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("identifiers"));
        m_text->setTabChangesFocus(true);
        m_label->setBuddy(m_text);
        m_import = new QPushButton(this);
        auto *top = new QHBoxLayout;
        top->addWidget(m_label, 1);
        top->addWidget(m_import);
        layout->addLayout(top);
        layout->addWidget(m_text, 2);
        auto *columns = new QHBoxLayout;
        m_columnLabel = new QLabel(this);
        m_column = new QComboBox(this);
        m_columnLabel->setBuddy(m_column);
        m_header = new QCheckBox(this);
        columns->addWidget(m_columnLabel);
        columns->addWidget(m_column, 1);
        columns->addWidget(m_header);
        layout->addLayout(columns);
        m_preview = SimpleTable::make(this, QStringLiteral("readAs"));
        m_preview->setColumnCount(3);
        layout->addWidget(m_preview, 3);
        m_summary = new QLabel(this);
        layout->addWidget(m_summary);
        setImportedTable({});
        m_refresh.setSingleShot(true);
        m_refresh.setInterval(200);
        connect(&m_refresh, &QTimer::timeout, this, &InputPage::updatePreview);
        connect(m_text, &QPlainTextEdit::textChanged, &m_refresh, qOverload<>(&QTimer::start));
        connect(m_import, &QPushButton::clicked, this, &InputPage::importFile);
        connect(m_column, &QComboBox::currentIndexChanged, this, &InputPage::fillFromTable);
        connect(m_header, &QCheckBox::toggled, this, &InputPage::fillFromTable);
        retranslate();
    }

    void retranslate()
    {
        setTitle(OffboardingWizard::tr("What to offboard"));
        setSubTitle(OffboardingWizard::tr("Serial numbers, device names, Intune or Entra device ids and user "
                                          "principal names, mixed as you like. Only exact matches are used."));
        m_label->setText(OffboardingWizard::tr("&Identifiers, one per line:"));
        m_text->setAccessibleName(OffboardingWizard::tr("Identifiers, one per line"));
        m_import->setText(OffboardingWizard::tr("I&mport from file…"));
        m_import->setAccessibleName(OffboardingWizard::tr("Import identifiers from a CSV or text file"));
        m_columnLabel->setText(OffboardingWizard::tr("&Column:"));
        m_column->setAccessibleName(OffboardingWizard::tr("Column of the imported file"));
        m_header->setText(OffboardingWizard::tr("First row is a &header"));
        m_preview->setHorizontalHeaderLabels(
            {OffboardingWizard::tr("Line"), OffboardingWizard::tr("Entry"), OffboardingWizard::tr("Read as")});
        m_preview->setAccessibleName(OffboardingWizard::tr("What each line is read as"));
        updatePreview();
    }

    bool isComplete() const override { return !m_entries.isEmpty(); }
    const QList<InputEntry> &entries() const { return m_entries; }
    void setText(const QString &text)
    {
        m_text->setPlainText(text);
        updatePreview();
    }

private:
    void importFile()
    {
        const QString path = FileDialog::openFileName(this, OffboardingWizard::tr("Import identifiers"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            OffboardingWizard::tr("CSV and text files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, OffboardingWizard::tr("Import failed"),
                OffboardingWizard::tr("The file %1 could not be read: %2").arg(path, file.errorString()));
            return;
        }
        setImportedTable(OffboardingInput::readTable(OffboardingInput::decode(file.readAll())));
        fillFromTable();
    }

    void setImportedTable(const OffboardingInput::Table &table)
    {
        m_table = table;
        const bool columns = table.columnCount() > 1;
        for (QWidget *w :
            {static_cast<QWidget *>(m_columnLabel), static_cast<QWidget *>(m_column), static_cast<QWidget *>(m_header)})
            w->setVisible(columns);
        const QSignalBlocker blockColumn(m_column);
        const QSignalBlocker blockHeader(m_header);
        m_column->clear();
        const QStringList first = table.rows.value(0);
        const bool header = OffboardingInput::looksLikeHeader(first);
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString title = header && !first.value(c).trimmed().isEmpty()
                ? first.value(c).trimmed()
                : OffboardingWizard::tr("Column %1").arg(c + 1);
            m_column->addItem(title);
        }
        m_header->setChecked(header);
        // The first column whose values look like identifiers of a known kind rather than free text.
        for (int c = 0; c < table.columnCount(); ++c) {
            if (OffboardingInput::looksLikeHeader({first.value(c)})) {
                m_column->setCurrentIndex(c);
                break;
            }
        }
    }

    void fillFromTable()
    {
        if (m_table.rows.isEmpty())
            return;
        QStringList lines;
        for (const InputEntry &e :
            OffboardingInput::entries(m_table, qMax(0, m_column->currentIndex()), m_header->isChecked() ? 1 : 0))
            lines.append(e.text);
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
    }

    void updatePreview()
    {
        m_entries = OffboardingInput::fromLines(m_text->toPlainText());
        m_preview->setRowCount(int(m_entries.size()));
        int repeats = 0;
        for (int i = 0; i < m_entries.size(); ++i) {
            const InputEntry &e = m_entries.at(i);
            setRow(m_preview, i, {QString::number(e.line), e.text, OffboardingInput::kindLabel(e.kind)});
            repeats += e.repeats;
        }
        fitColumns(m_preview);
        QString summary = OffboardingWizard::tr("%n identifier(s) to look up.", nullptr, int(m_entries.size()));
        if (repeats > 0)
            summary += QLatin1Char(' ') + OffboardingWizard::tr("%n repeated line(s) left out.", nullptr, repeats);
        m_summary->setText(summary);
        emit completeChanged();
    }

    OffboardingWizard *m_wizard;
    QLabel *m_label;
    QPlainTextEdit *m_text;
    QPushButton *m_import;
    QLabel *m_columnLabel;
    QComboBox *m_column;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QTimer m_refresh;
    OffboardingInput::Table m_table;
    QList<InputEntry> m_entries;
};

// ---------------------------------------------------------------------------------------------------------------
// 2. What each identifier is: asked of Graph; an ambiguous one waits for the operator to choose by id.
class ResolvePage : public QWizardPage
{
public:
    explicit ResolvePage(OffboardingWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        m_table = SimpleTable::make(this, QStringLiteral("resolution"));
        m_table->setColumnCount(4); // what each line was read as is on the page before
        layout->addWidget(m_table, 1);
        auto *row = new QHBoxLayout;
        m_summary = new QLabel(this);
        m_summary->setWordWrap(true);
        m_choose = new QPushButton(this);
        m_choose->setEnabled(false);
        row->addWidget(m_summary, 1);
        row->addWidget(m_choose);
        layout->addLayout(row);
        connect(wizard->resolver(), &OffboardingResolver::entryResolved, this, &ResolvePage::showEntry);
        connect(wizard->resolver(), &OffboardingResolver::finished, this, &ResolvePage::applySavedChoices);
        connect(m_table, &QTableWidget::itemSelectionChanged, this, &ResolvePage::updateChoose);
        connect(m_choose, &QPushButton::clicked, this, &ResolvePage::chooseCandidates);
        retranslate();
    }

    void retranslate()
    {
        setTitle(OffboardingWizard::tr("What each identifier is"));
        setSubTitle(OffboardingWizard::tr("Microsoft Graph is asked for exact matches in Intune, Windows Autopilot "
                                          "and Microsoft Entra ID. Where several objects match, choose which."));
        m_table->setHorizontalHeaderLabels({OffboardingWizard::tr("Line"), OffboardingWizard::tr("Entry"),
            OffboardingWizard::tr("Result"), OffboardingWizard::tr("Found")});
        m_table->setAccessibleName(OffboardingWizard::tr("What each identifier was found to be"));
        m_choose->setText(OffboardingWizard::tr("C&hoose…"));
        m_choose->setAccessibleName(OffboardingWizard::tr("Choose the objects an ambiguous entry means"));
        for (int i = 0; i < m_table->rowCount(); ++i)
            showEntry(i);
        updateSummary();
    }

    void initializePage() override
    {
        const QList<InputEntry> entries = m_wizard->entries();
        m_table->setRowCount(int(entries.size()));
        m_wizard->resolver()->resolve(entries);
        for (int i = 0; i < entries.size(); ++i)
            showEntry(i);
        updateSummary();
    }

    bool isComplete() const override
    {
        const OffboardingResolver *resolver = m_wizard->resolver();
        if (!resolver->isFinished())
            return false;
        bool found = false;
        for (const Resolution &r : resolver->resolutions()) {
            if (r.status == Resolution::Status::Ambiguous)
                return false;
            found |= r.status == Resolution::Status::Found && (!r.devices.isEmpty() || !r.userId.isEmpty());
        }
        return found;
    }

private:
    void showEntry(int i)
    {
        const auto &all = m_wizard->resolver()->resolutions();
        if (i >= all.size() || i >= m_table->rowCount())
            return;
        const Resolution &r = all.at(i);
        QStringList found;
        if (!r.userId.isEmpty())
            found.append(
                OffboardingWizard::tr("%1: %n device(s)", nullptr, int(r.devices.size())).arg(r.userDisplayName));
        else
            for (const FoundDevice &d : r.devices)
                found.append(describeDevice(d));
        if (r.status == Resolution::Status::Ambiguous)
            for (const FoundDevice &d : r.candidates)
                found.append(OffboardingWizard::tr("%1 (id %2)").arg(describeDevice(d), d.key()));
        setRow(m_table, i,
            {QString::number(r.entry.line), r.entry.text, OffboardingResolver::statusLabel(r.status),
                found.isEmpty() ? r.reason : found.join(QStringLiteral("; "))});
        m_table->item(i, 1)->setToolTip(OffboardingInput::kindLabel(r.entry.kind));
        m_table->item(i, 3)->setToolTip(found.isEmpty() ? r.reason : found.join(QLatin1Char('\n')));
        if (r.status != Resolution::Status::Pending)
            updateSummary();
        updateChoose();
        emit completeChanged();
    }

    // An opened plan's choices for ambiguous entries hold only where the chosen objects still match.
    void applySavedChoices()
    {
        if (m_wizard->savedPlan()) {
            const auto &all = m_wizard->resolver()->resolutions();
            for (int i = 0; i < all.size(); ++i) {
                const QStringList keys = m_wizard->savedPlan()->choices.value(all.at(i).entry.text.toLower());
                if (all.at(i).status == Resolution::Status::Ambiguous && !keys.isEmpty())
                    m_wizard->resolver()->choose(i, keys);
            }
        }
        updateSummary();
    }

    void updateSummary()
    {
        int found = 0, notFound = 0, ambiguous = 0, failed = 0;
        for (const Resolution &r : m_wizard->resolver()->resolutions()) {
            found += r.status == Resolution::Status::Found;
            notFound += r.status == Resolution::Status::NotFound;
            ambiguous += r.status == Resolution::Status::Ambiguous;
            failed += r.status == Resolution::Status::Failed;
        }
        m_summary->setText(OffboardingWizard::tr("Found: %1 · not found: %2 · several matches: %3 · could not be "
                                                 "checked: %4")
                               .arg(found)
                               .arg(notFound)
                               .arg(ambiguous)
                               .arg(failed));
        if (m_wizard->resolver()->isFinished())
            fitColumns(m_table, 240); // once, not for each of hundreds of entries as they resolve
        emit completeChanged();
    }

    int selectedEntry() const
    {
        const QList<QTableWidgetItem *> items = m_table->selectedItems();
        return items.isEmpty() ? -1 : items.first()->row();
    }

    void updateChoose()
    {
        const int i = selectedEntry();
        const auto &all = m_wizard->resolver()->resolutions();
        m_choose->setEnabled(i >= 0 && i < all.size() && !all.at(i).candidates.isEmpty());
    }

    void chooseCandidates()
    {
        const int i = selectedEntry();
        const Resolution &r = m_wizard->resolver()->resolutions().at(i);
        QDialog dialog(this);
        dialog.setWindowTitle(OffboardingWizard::tr("Choose by id: %1").arg(r.entry.text));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(OffboardingWizard::tr("Tick the objects \"%1\" means. Compare their ids, users "
                                                           "and last check-in in the lists if unsure.")
                                         .arg(r.entry.text),
            &dialog));
        auto *list = new QListWidget(&dialog);
        list->setAccessibleName(OffboardingWizard::tr("Matching objects"));
        for (const FoundDevice &d : r.candidates) {
            auto *item = new QListWidgetItem(OffboardingWizard::tr("%1 · serial %2 · user %3 · id %4")
                                                 .arg(describeDevice(d), d.serialNumber, d.userPrincipalName, d.key()),
                list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool chosen = std::any_of(
                r.devices.begin(), r.devices.end(), [&](const FoundDevice &c) { return c.key() == d.key(); });
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, d.key());
        }
        layout->addWidget(list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(OffboardingWizard::tr("Use the ticked objects"));
        buttons->button(QDialogButtonBox::Cancel)->setText(OffboardingWizard::tr("Cancel"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QStringList keys;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                keys.append(list->item(row)->data(Qt::UserRole).toString());
        }
        m_wizard->resolver()->choose(i, keys);
    }

    OffboardingWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_choose;
};

// ---------------------------------------------------------------------------------------------------------------
// 3. The plan: per device, its steps in the order they run, ticked by the template; what cannot run says why.
class PlanPage : public QWizardPage
{
public:
    explicit PlanPage(OffboardingWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_templateLabel = new QLabel(this);
        m_template = new QComboBox(this);
        m_templateLabel->setBuddy(m_template);
        form->addRow(m_templateLabel, m_template);
        m_description = new QLabel(this);
        m_description->setWordWrap(true);
        form->addRow(QString(), m_description);
        m_reasonLabel = new QLabel(this);
        m_reason = new QComboBox(this);
        m_reason->setEditable(true);
        m_reasonLabel->setBuddy(m_reason);
        form->addRow(m_reasonLabel, m_reason);
        layout->addLayout(form);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(QStringLiteral("plan"));
        m_tree->setColumnCount(2);
        m_tree->header()->setStretchLastSection(true);
        layout->addWidget(m_tree, 1);
        m_problems = new QLabel(this);
        m_problems->setWordWrap(true);
        m_problems->setStyleSheet(QStringLiteral("color:#a4262c"));
        layout->addWidget(m_problems);
        m_changes = new QLabel(this);
        m_changes->setWordWrap(true);
        m_changes->setObjectName(QStringLiteral("planChanges"));
        m_changes->hide();
        layout->addWidget(m_changes);
        m_recovery = new QCheckBox(this);
        m_recovery->setObjectName(QStringLiteral("readRecovery"));
        layout->addWidget(m_recovery);
        m_recoveryNote = new QLabel(this);
        m_recoveryNote->setWordWrap(true);
        m_recoveryNote->setObjectName(QStringLiteral("recoveryNote"));
        layout->addWidget(m_recoveryNote);
        auto *row = new QHBoxLayout;
        m_count = new QLabel(this);
        m_save = new QPushButton(this);
        m_dryRun = new QPushButton(this);
        row->addWidget(m_count, 1);
        row->addWidget(m_save);
        row->addWidget(m_dryRun);
        layout->addLayout(row);
        for (OffboardingPlan::Template t : OffboardingPlan::templates())
            m_template->addItem(QString(), int(t));
        connect(m_template, &QComboBox::currentIndexChanged, this, &PlanPage::rebuild);
        connect(m_reason, &QComboBox::currentTextChanged, this, [this](const QString &text) {
            m_wizard->plan().deprovisionReason = text.trimmed();
            updateState();
        });
        connect(m_tree, &QTreeWidget::itemChanged, this, &PlanPage::stepToggled);
        connect(m_recovery, &QCheckBox::toggled, this, [this](bool on) {
            m_wizard->plan().readRecovery = on;
            updateState();
        });
        connect(m_dryRun, &QPushButton::clicked, this, &PlanPage::showRequests);
        connect(m_save, &QPushButton::clicked, this, &PlanPage::savePlan);
        retranslate();
    }

    void retranslate()
    {
        setTitle(OffboardingWizard::tr("The plan"));
        setSubTitle(
            OffboardingWizard::tr("Steps run in Microsoft's order: Intune, then Windows Autopilot, then "
                                  "Microsoft Entra ID; each starts only when the one before has taken effect."));
        m_templateLabel->setText(OffboardingWizard::tr("&Template:"));
        m_template->setAccessibleName(OffboardingWizard::tr("Template"));
        for (int i = 0; i < m_template->count(); ++i)
            m_template->setItemText(
                i, OffboardingPlan::templateName(OffboardingPlan::Template(m_template->itemData(i).toInt())));
        m_reasonLabel->setText(OffboardingWizard::tr("&Reason for deprovision:"));
        m_reason->setAccessibleName(OffboardingWizard::tr("Reason for deprovision"));
        m_reason->lineEdit()->setAccessibleName(OffboardingWizard::tr("Reason for deprovision"));
        const QString reason = m_reason->currentText();
        m_reason->clear();
        m_reason->addItems(ActionCatalog::commonDeprovisionReasons());
        m_reason->setCurrentText(reason);
        m_tree->setHeaderLabels({OffboardingWizard::tr("Device and step"), OffboardingWizard::tr("Notes")});
        m_tree->setAccessibleName(OffboardingWizard::tr("Plan: devices and their steps"));
        m_save->setText(OffboardingWizard::tr("Sa&ve plan…"));
        m_save->setAccessibleName(OffboardingWizard::tr("Save the plan to a file, for someone else to run"));
        m_dryRun->setText(OffboardingWizard::tr("Show the re&quests (dry run)…"));
        m_dryRun->setAccessibleName(OffboardingWizard::tr("Show the requests the plan would send"));
        m_recovery->setText(
            OffboardingWizard::tr("Read and &keep recovery keys and passwords first (BitLocker, LAPS, FileVault)"));
        m_recovery->setAccessibleName(OffboardingWizard::tr("Read and keep recovery information first"));
        m_recovery->setToolTip(
            OffboardingWizard::tr("Microsoft asks to back up BitLocker recovery keys and local administrator "
                                  "passwords before a device is retired or deleted: deleting its Entra device "
                                  "deletes them. Offboard reads them (Microsoft Entra ID audits each read) and "
                                  "seals them in the run's evidence file with a passphrase you choose."));
        if (m_wizard->resolver()->isFinished() && !m_wizard->resolver()->resolutions().isEmpty())
            fillTree();
    }

    void initializePage() override
    {
        if (const auto &saved = m_wizard->savedPlan()) {
            const QSignalBlocker blocker(m_template);
            m_template->setCurrentIndex(m_template->findData(int(saved->plan.templateUsed)));
            m_reason->setCurrentText(saved->plan.deprovisionReason);
        }
        rebuild();
    }
    bool isComplete() const override
    {
        return !m_wizard->plan().runnableSteps().isEmpty() && m_wizard->plan().problems().isEmpty();
    }

private:
    void rebuild()
    {
        const OffboardingWizard::Session &s = m_wizard->session();
        OffboardingPlan &plan = m_wizard->plan();
        plan = OffboardingPlan::build(m_wizard->resolver()->resolutions(),
            OffboardingPlan::Template(m_template->currentData().toInt()), s.token, s.readOnly);
        plan.deprovisionReason = m_reason->currentText().trimmed();
        {
            const QSignalBlocker blocker(m_recovery);
            m_recovery->setChecked(plan.readRecovery);
        }
        m_description->setText(OffboardingPlan::templateDescription(plan.templateUsed));
        showChanges();
        fillTree();
    }

    void fillTree()
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        OffboardingPlan &plan = m_wizard->plan();
        for (int p = 0; p < plan.people.size(); ++p) {
            auto *person = new QTreeWidgetItem(m_tree, {plan.people[p].displayName, plan.people[p].userPrincipalName});
            for (int i = 0; i < plan.steps.size(); ++i) {
                if (plan.steps[i].person == p)
                    addStepItem(person, i);
            }
            person->setExpanded(true);
        }
        for (int d = 0; d < plan.devices.size(); ++d) {
            const PlanDevice &device = plan.devices[d];
            auto *item = new QTreeWidgetItem(
                m_tree, {device.device.name(), OffboardingWizard::tr("found by \"%1\"").arg(device.entryText)});
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const QString &warning : device.warnings) {
                auto *note = new QTreeWidgetItem(item, {OffboardingWizard::tr("Note: %1").arg(warning)});
                note->setFirstColumnSpanned(true);
                note->setToolTip(0, warning);
                note->setForeground(0, QColor(0x8a, 0x5a, 0x00));
            }
            for (int i : plan.stepsOfDevice(d))
                addStepItem(item, i);
            item->setExpanded(true);
        }
        m_tree->setColumnWidth(0, m_tree->width() / 2);
        updateState();
    }

    // An opened plan: its ticks where the same objects are found again, and what is no longer as it was saved.
    void showChanges()
    {
        const auto &saved = m_wizard->savedPlan();
        if (!saved || OffboardingPlan::Template(m_template->currentData().toInt()) != saved->plan.templateUsed) {
            m_changes->hide();
            return;
        }
        const QStringList changes = saved->applyTo(m_wizard->plan());
        const QString header
            = OffboardingWizard::tr("Plan saved by %1 on %2, checked again against the tenant now.")
                  .arg(saved->createdBy, QLocale().toString(saved->createdAt.toLocalTime(), QLocale::ShortFormat));
        m_changes->setText(header + QLatin1Char('\n')
            + (changes.isEmpty() ? OffboardingWizard::tr("Nothing has changed since.")
                                 : OffboardingWizard::tr("Changed since:") + QStringLiteral("\n• ")
                        + changes.join(QStringLiteral("\n• "))));
        m_changes->show();
    }

    void savePlan()
    {
        const QString path = FileDialog::saveFileName(this, OffboardingWizard::tr("Save plan"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + QStringLiteral("/offboarding-plan-%1.json")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))),
            OffboardingWizard::tr("Offboard plans (*.json)"));
        if (path.isEmpty())
            return;
        if (!m_wizard->capturePlan().save(path))
            QMessageBox::warning(this, OffboardingWizard::tr("Save failed"),
                OffboardingWizard::tr("The file %1 could not be written.").arg(path));
    }

    void addStepItem(QTreeWidgetItem *parent, int index)
    {
        const PlanStep &step = m_wizard->plan().steps[index];
        // Under its device, the action's name says enough; the sentence and what it does are in the tooltip.
        auto *item = new QTreeWidgetItem(
            parent, {ActionCatalog::title(*ActionCatalog::find(step.action)), step.blockedReason});
        item->setData(0, Qt::UserRole, index);
        item->setToolTip(0,
            m_wizard->plan().sentence(step) + QStringLiteral("\n\n")
                + ActionCatalog::consequence(*ActionCatalog::find(step.action)));
        item->setToolTip(1, step.blockedReason);
        if (step.allowed) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, step.checked ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Unchecked);
        }
    }

    void stepToggled(QTreeWidgetItem *item)
    {
        const QVariant index = item->data(0, Qt::UserRole);
        if (!index.isValid())
            return;
        m_wizard->plan().steps[index.toInt()].checked = item->checkState(0) == Qt::Checked;
        updateState();
    }

    void updateState()
    {
        const OffboardingPlan &plan = m_wizard->plan();
        const QStringList problems = plan.problems();
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->setVisible(!problems.isEmpty());
        bool deprovision = false;
        for (int i : plan.runnableSteps())
            deprovision |= plan.steps[i].action == QLatin1String("deprovision");
        m_reasonLabel->setVisible(deprovision);
        m_reason->setVisible(deprovision);
        showRecoveryNote();
        m_count->setText(OffboardingWizard::tr("%n step(s) ticked", nullptr, int(plan.runnableSteps().size()))
            + QStringLiteral(" · ") + OffboardingWizard::tr("%n device(s)", nullptr, int(plan.devices.size())));
        emit completeChanged();
    }

    // Which devices' recovery information is read, and what this sign-in may not read, before anything runs.
    void showRecoveryNote()
    {
        const OffboardingPlan &plan = m_wizard->plan();
        const QList<int> devices = plan.devicesForRecovery();
        m_recovery->setEnabled(!devices.isEmpty());
        if (devices.isEmpty() || !plan.readRecovery) {
            m_recoveryNote->setText(devices.isEmpty() ? OffboardingWizard::tr("No ticked step removes a device that "
                                                                              "keeps recovery information.")
                                                      : OffboardingWizard::tr("Recovery information is not read: once "
                                                                              "the Entra devices are deleted, it is "
                                                                              "gone."));
            return;
        }
        bool windows = false;
        bool macs = false;
        for (int d : devices) {
            windows |= RecoveryReader::keepsWindowsRecovery(plan.devices[d].device);
            macs |= RecoveryReader::keepsMacRecovery(plan.devices[d].device);
        }
        QString text = OffboardingWizard::tr("Before the first step, the recovery information of %n device(s) is "
                                             "read and sealed in the run's evidence file.",
            nullptr, int(devices.size()));
        const QStringList missing = RecoveryReader::missingPermissions(m_wizard->session().token, windows, macs);
        if (!missing.isEmpty())
            text += QLatin1Char('\n') + OffboardingWizard::tr("This sign-in may not read all of it:")
                + QStringLiteral("\n• ") + missing.join(QStringLiteral("\n• "));
        m_recoveryNote->setText(text);
    }

    void showRequests()
    {
        QDialog dialog(this);
        dialog.setWindowTitle(OffboardingWizard::tr("Dry run: the requests, in order"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(OffboardingWizard::tr("Nothing has been sent. Running the plan sends these "
                                                           "requests in this order, each after the one before it has "
                                                           "taken effect:"),
            &dialog));
        auto *text = new QPlainTextEdit(&dialog);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setAccessibleName(OffboardingWizard::tr("Requests the plan would send"));
        text->setPlainText(m_wizard->plan().requests(m_wizard->session().client->baseUrl()).join(QLatin1Char('\n')));
        layout->addWidget(text);
        auto *buttons = new QDialogButtonBox(&dialog);
        auto *copy = buttons->addButton(OffboardingWizard::tr("Copy"), QDialogButtonBox::ActionRole);
        auto *close = buttons->addButton(OffboardingWizard::tr("Close"), QDialogButtonBox::RejectRole);
        connect(
            copy, &QPushButton::clicked, text, [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
        connect(close, &QPushButton::clicked, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(900, 500);
        dialog.exec();
    }

    OffboardingWizard *m_wizard;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_description;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QTreeWidget *m_tree;
    QLabel *m_problems;
    QLabel *m_changes;
    QCheckBox *m_recovery;
    QLabel *m_recoveryNote;
    QLabel *m_count;
    QPushButton *m_save;
    QPushButton *m_dryRun;
};

// ---------------------------------------------------------------------------------------------------------------
// 4. One confirmation for the whole plan, the run with each step's outcome, and the report.
class RunPage : public QWizardPage
{
public:
    explicit RunPage(OffboardingWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        m_summary = new QLabel(this);
        m_summary->setWordWrap(true);
        layout->addWidget(m_summary);
        auto *passphrases = new QHBoxLayout;
        m_passphraseLabel = new QLabel(this);
        m_passphrase = new QLineEdit(this);
        m_passphrase->setObjectName(QStringLiteral("evidencePassphrase"));
        m_repeatLabel = new QLabel(this);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("evidencePassphraseRepeat"));
        for (QLineEdit *edit : {m_passphrase, m_repeat}) {
            edit->setEchoMode(QLineEdit::Password);
            connect(edit, &QLineEdit::textChanged, this, &RunPage::updateStartEnabled);
        }
        m_passphraseLabel->setBuddy(m_passphrase);
        m_repeatLabel->setBuddy(m_repeat);
        passphrases->addWidget(m_passphraseLabel);
        passphrases->addWidget(m_passphrase, 1);
        passphrases->addWidget(m_repeatLabel);
        passphrases->addWidget(m_repeat, 1);
        layout->addLayout(passphrases);
        m_limits = new QLabel(this);
        m_limits->setObjectName(QStringLiteral("dailyLimits"));
        m_limits->setWordWrap(true);
        layout->addWidget(m_limits);
        auto *confirm = new QHBoxLayout;
        m_confirmLabel = new QLabel(this);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmCount"));
        m_confirmLabel->setBuddy(m_confirm);
        m_start = new QPushButton(this);
        m_start->setObjectName(QStringLiteral("startPlan"));
        m_start->setEnabled(false);
        m_stop = new QPushButton(this);
        m_stop->setEnabled(false);
        // Enter in the confirmation starts the plan (returnPressed); it must not also press whichever button takes
        // the focus next, as a dialog does with its auto-default buttons: that was Stop.
        for (QPushButton *button : {m_start, m_stop})
            button->setAutoDefault(false);
        confirm->addWidget(m_confirmLabel);
        confirm->addWidget(m_confirm);
        confirm->addWidget(m_start);
        confirm->addWidget(m_stop);
        layout->addLayout(confirm);
        m_progress = SimpleTable::make(this, QStringLiteral("progress"));
        m_progress->setColumnCount(4);
        layout->addWidget(m_progress, 1);
        m_waiting = new QLabel(this);
        layout->addWidget(m_waiting);
        auto *evidence = new QHBoxLayout;
        m_evidence = new QLabel(this);
        m_evidence->setObjectName(QStringLiteral("evidencePath"));
        m_evidence->setWordWrap(true);
        m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_openEvidence = new QPushButton(this);
        m_openEvidence->hide();
        evidence->addWidget(m_evidence, 1);
        evidence->addWidget(m_openEvidence);
        layout->addLayout(evidence);
        m_evidenceTimer = new QTimer(this);
        m_evidenceTimer->setSingleShot(true);
        m_evidenceTimer->setInterval(1000);
        connect(m_evidenceTimer, &QTimer::timeout, this, &RunPage::writeEvidence);
        connect(m_openEvidence, &QPushButton::clicked, this, [this] {
            auto *dialog = new EvidenceDialog(m_wizard->evidencePath(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        auto *reports = new QHBoxLayout;
        m_csv = new QPushButton(this);
        m_html = new QPushButton(this);
        m_pdf = new QPushButton(this);
        reports->addStretch();
        m_openEvidence->setAutoDefault(false);
        for (QPushButton *b : {m_csv, m_html, m_pdf}) {
            b->setAutoDefault(false);
            b->setEnabled(false);
            reports->addWidget(b);
        }
        layout->addLayout(reports);
        connect(m_confirm, &QLineEdit::textChanged, this, &RunPage::updateStartEnabled);
        connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
            if (m_start->isEnabled())
                start();
        });
        connect(m_start, &QPushButton::clicked, this, &RunPage::start);
        connect(m_stop, &QPushButton::clicked, this, [this] {
            m_stopRequested = true;
            if (m_wizard->runner())
                m_wizard->runner()->stop();
        });
        connect(m_csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
        connect(m_html, &QPushButton::clicked, this, [this] { save(QStringLiteral("html")); });
        connect(m_pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
        retranslate();
    }

    void retranslate()
    {
        setTitle(OffboardingWizard::tr("Run the plan"));
        m_confirmLabel->setText(
            OffboardingWizard::tr("To confirm, t&ype the number of steps (%1):").arg(m_steps.size()));
        m_confirm->setAccessibleName(OffboardingWizard::tr("Confirmation: the number of steps"));
        m_start->setText(OffboardingWizard::tr("&Start"));
        m_start->setAccessibleName(OffboardingWizard::tr("Start the plan"));
        m_stop->setText(OffboardingWizard::tr("Sto&p"));
        m_stop->setAccessibleName(OffboardingWizard::tr("Stop the plan"));
        m_passphraseLabel->setText(OffboardingWizard::tr("Evidence file p&assphrase:"));
        m_passphrase->setAccessibleName(OffboardingWizard::tr("Passphrase for the evidence file"));
        m_passphrase->setPlaceholderText(OffboardingWizard::tr("at least 8 characters"));
        m_passphrase->setToolTip(
            OffboardingWizard::tr("The recovery keys and passwords are sealed with it (AES-256-GCM). Offboard does "
                                  "not keep it: without it nobody can read them, you included."));
        m_repeatLabel->setText(OffboardingWizard::tr("&Repeat:"));
        m_repeat->setAccessibleName(OffboardingWizard::tr("The passphrase again"));
        m_openEvidence->setText(OffboardingWizard::tr("Open the evidence f&ile…"));
        m_csv->setText(OffboardingWizard::tr("Save report as CS&V…"));
        m_html->setText(OffboardingWizard::tr("Save report as HTM&L…"));
        m_pdf->setText(OffboardingWizard::tr("Save report as P&DF…"));
        m_progress->setHorizontalHeaderLabels({OffboardingWizard::tr("Step"), OffboardingWizard::tr("Outcome"),
            OffboardingWizard::tr("Request ID"), OffboardingWizard::tr("Message")});
        m_progress->setAccessibleName(OffboardingWizard::tr("Steps and their outcomes"));
        updateSummary();
        for (int row = 0; row < m_steps.size(); ++row)
            showStep(m_steps.at(row));
    }

    void initializePage() override
    {
        m_steps = m_wizard->plan().runnableSteps();
        m_progress->setRowCount(int(m_steps.size()));
        for (int i : std::as_const(m_steps))
            showStep(i);
        fitColumns(m_progress, 520);
        m_confirm->clear();
        m_recoveryWanted = m_wizard->plan().readRecovery && !m_wizard->plan().devicesForRecovery().isEmpty()
            && !m_wizard->isResuming();
        for (QWidget *w : {static_cast<QWidget *>(m_passphraseLabel), static_cast<QWidget *>(m_passphrase),
                 static_cast<QWidget *>(m_repeatLabel), static_cast<QWidget *>(m_repeat)})
            w->setVisible(m_recoveryWanted);
        (m_recoveryWanted ? m_passphrase : m_confirm)->setFocus();
        retranslate();
        countDailyLimits();
    }
    bool isComplete() const override { return m_finished; }
    bool isRunning() const { return m_started && !m_finished; }

private:
    void updateSummary()
    {
        const OffboardingPlan &plan = m_wizard->plan();
        if (m_finished) {
            int done = 0;
            for (int i : std::as_const(m_steps))
                done += plan.steps[i].state == PlanStep::State::Done;
            m_summary->setText(
                OffboardingWizard::tr("Finished: %1 of %n step(s) done and checked.", nullptr, int(m_steps.size()))
                    .arg(done));
            return;
        }
        m_summary->setText(OffboardingWizard::tr("%n step(s) will be sent to Microsoft Graph as %1 (%2). This cannot "
                                                 "be undone. Every request is written to the journal.",
            nullptr, int(m_steps.size()))
                               .arg(m_wizard->session().token.operatorName(), m_wizard->session().tenant));
    }

    // What the plan uses of Intune's daily tenant limits, beside what Offboard's journal sent in the last 24 hours.
    // The journal is read off the GUI thread: it may hold a year of work.
    void countDailyLimits()
    {
        const QHash<QString, int> planned = m_wizard->plan().dailyLimitUse(m_steps);
        const OffboardingWizard::Session &s = m_wizard->session();
        const QString path = s.journal->path();
        const QString tenant = s.token.tenantId();
        const QString host = s.client->baseUrl().host();
        auto *watcher = new QFutureWatcher<QHash<QString, int>>(this);
        connect(watcher, &QFutureWatcher<QHash<QString, int>>::finished, this, [this, watcher, planned] {
            m_usedByOffboard = watcher->result();
            watcher->deleteLater();
            const QList<DailyLimits::Usage> usage = DailyLimits::usage(planned, m_usedByOffboard);
            const bool crosses = std::any_of(usage.begin(), usage.end(), [](const auto &u) { return u.crosses(); });
            m_limits->setText(DailyLimits::describe(usage));
            m_limits->setStyleSheet(crosses ? QStringLiteral("color:#a4262c") : QString());
        });
        watcher->setFuture(QtConcurrent::run([path, tenant, host] {
            return DailyLimits::usedByOffboard(Journal(path).readAll(), tenant, host, QDateTime::currentDateTimeUtc());
        }));
    }

    void updateStartEnabled()
    {
        const bool counted = m_confirm->text().trimmed() == QString::number(m_steps.size());
        const bool sealed
            = !m_recoveryWanted || (m_passphrase->text().size() >= 8 && m_passphrase->text() == m_repeat->text());
        m_start->setEnabled(!m_started && counted && sealed);
    }

    void start()
    {
        m_started = true;
        m_runStarted = QDateTime::currentDateTimeUtc();
        m_start->setEnabled(false);
        m_stop->setEnabled(true);
        m_progress->setFocus(); // before the confirmation is disabled, so the focus does not wander to a button
        m_confirm->setEnabled(false);
        // Nothing to go back to once requests are on their way: the plan they came from is what the report shows.
        m_wizard->setOption(QWizard::NoBackButtonOnLastPage, true);
        if (!m_recoveryWanted)
            return startRunner();
        const QString passphrase = m_passphrase->text();
        for (QLineEdit *edit : {m_passphrase, m_repeat}) {
            edit->clear();
            edit->setEnabled(false);
        }
        // scrypt takes about a second on purpose: off the GUI thread, so the window never freezes.
        m_waiting->setText(OffboardingWizard::tr("Preparing the evidence file's key…"));
        auto *watcher = new QFutureWatcher<PassphraseCipher::Key>(this);
        connect(watcher, &QFutureWatcher<PassphraseCipher::Key>::finished, this, [this, watcher] {
            m_key = watcher->result();
            watcher->deleteLater();
            readRecovery();
        });
        watcher->setFuture(QtConcurrent::run(
            [passphrase, cost = m_wizard->evidenceCost()] { return PassphraseCipher::deriveNew(passphrase, cost); }));
    }

    // Before the first step: the recovery information of the devices the plan removes, sealed in the evidence file.
    // Nothing is sent if the file cannot be written.
    void readRecovery()
    {
        const OffboardingPlan &plan = m_wizard->plan();
        const QList<int> devices = plan.devicesForRecovery();
        QList<FoundDevice> found;
        for (int d : devices)
            found.append(plan.devices[d].device);
        auto *reader = new RecoveryReader(m_wizard->session().client, this);
        connect(reader, &RecoveryReader::progress, this, [this](int done, int total) {
            m_waiting->setText(
                OffboardingWizard::tr("Reading recovery information: %1 of %n device(s)…", nullptr, total).arg(done));
        });
        connect(reader, &RecoveryReader::finished, this, [this, reader, devices] {
            m_recovery = QList<DeviceRecovery>(m_wizard->plan().devices.size());
            for (int i = 0; i < devices.size(); ++i)
                m_recovery[devices[i]] = reader->results().value(i);
            reader->deleteLater();
            m_wizard->setEvidencePath(OffboardingWizard::newEvidencePath());
            if (!writeEvidence()) {
                QMessageBox::critical(this, OffboardingWizard::tr("Evidence file"),
                    OffboardingWizard::tr("The evidence file could not be written, so nothing is sent: %1")
                        .arg(m_evidenceError));
                return finishWithoutRunning();
            }
            showEvidence();
            if (m_stopRequested)
                return finishWithoutRunning();
            startRunner();
        });
        reader->read(found);
    }

    bool writeEvidence()
    {
        const OffboardingWizard::Session &s = m_wizard->session();
        const EvidenceFile::Run run {s.token.operatorName(), s.token.tenantId(), s.tenant, m_runStarted};
        return EvidenceFile::write(m_wizard->evidencePath(), EvidenceFile::clearPart(run, m_wizard->plan(), m_recovery),
            EvidenceFile::secretPart(m_recovery), m_key, &m_evidenceError);
    }

    void showEvidence()
    {
        int secrets = 0;
        for (const DeviceRecovery &r : std::as_const(m_recovery))
            secrets += int(r.secrets.size());
        m_evidence->setText(
            OffboardingWizard::tr("%n recovery key(s) or password(s) sealed in the evidence file %1", nullptr, secrets)
                .arg(QDir::toNativeSeparators(m_wizard->evidencePath())));
        m_openEvidence->show();
    }

    void finishWithoutRunning()
    {
        m_finished = true;
        m_stop->setEnabled(false);
        m_waiting->clear();
        m_summary->setText(OffboardingWizard::tr("Stopped before any step was sent."));
        emit completeChanged();
    }

    void startRunner()
    {
        m_waiting->clear();
        const OffboardingWizard::Session &s = m_wizard->session();
        auto *runner = new OffboardingRunner(s.client, s.journal, s.token, &m_wizard->plan(), m_wizard);
        runner->setAlreadySent(m_wizard->alreadySent());
        m_wizard->setRunner(runner);
        writeRunFile();
        if (m_recoveryWanted)
            connect(runner, &OffboardingRunner::stepChanged, m_evidenceTimer, qOverload<>(&QTimer::start));
        connect(runner, &OffboardingRunner::stepChanged, this, &RunPage::showStep);
        connect(runner, &OffboardingRunner::waitingFor, m_waiting, &QLabel::setText);
        connect(runner, &OffboardingRunner::journalFailed, this, [this](const QString &message) {
            QMessageBox::critical(this, OffboardingWizard::tr("Journal"),
                OffboardingWizard::tr("The journal could not be written, so nothing more is sent: %1").arg(message));
        });
        connect(runner, &OffboardingRunner::finished, this, [this] {
            QFile::remove(OffboardingWizard::runFilePath(m_wizard->session().journal));
            if (m_recoveryWanted) {
                m_evidenceTimer->stop();
                if (!writeEvidence())
                    QMessageBox::warning(this, OffboardingWizard::tr("Evidence file"),
                        OffboardingWizard::tr("The steps' outcomes could not be added to the evidence file: %1")
                            .arg(m_evidenceError));
            }
            m_finished = true;
            m_stop->setEnabled(false);
            for (QPushButton *b : {m_csv, m_html, m_pdf})
                b->setEnabled(true);
            m_waiting->clear();
            m_progress->resizeColumnToContents(1); // the outcomes are longer than "Not started"
            updateSummary();
            emit completeChanged();
            emit m_wizard->runFinished();
        });
        runner->start();
    }

    // Until the run finishes, its plan stays on disk beside the journal: after a crash Offboard offers to resume it.
    void writeRunFile()
    {
        OffboardingPlanFile file
            = m_wizard->savedPlan() && m_wizard->isResuming() ? *m_wizard->savedPlan() : m_wizard->capturePlan();
        file.plan = m_wizard->plan();
        if (!file.runStartedAt.isValid())
            file.runStartedAt = QDateTime::currentDateTimeUtc();
        if (!file.save(OffboardingWizard::runFilePath(m_wizard->session().journal)))
            QMessageBox::warning(this, OffboardingWizard::tr("Journal"),
                OffboardingWizard::tr("The plan could not be kept beside the journal; if Offboard stops during the "
                                      "run, it cannot offer to resume it."));
    }

    void showStep(int index)
    {
        const int row = int(m_steps.indexOf(index));
        if (row < 0)
            return;
        PlanStep &step = m_wizard->plan().steps[index];
        if (step.state == PlanStep::State::Failed) {
            QList<int> done;
            std::copy_if(m_steps.begin(), m_steps.end(), std::back_inserter(done),
                [this](int i) { return m_wizard->plan().steps[i].state == PlanStep::State::Done; });
            const QString kind = DailyLimits::kindOf(step.action);
            const QString limit = DailyLimits::explainRefusal(step.action, step.httpStatus, step.message,
                m_usedByOffboard.value(kind) + m_wizard->plan().dailyLimitUse(done).value(kind));
            if (!limit.isEmpty() && !step.message.contains(limit))
                step.message = limit + QLatin1Char(' ') + step.message;
        }
        setRow(m_progress, row,
            {m_wizard->plan().sentence(step), OffboardingPlan::stateLabel(step.state), step.requestId, step.message});
        m_progress->item(row, 3)->setToolTip(step.message);
    }

    OffboardingReport report() const
    {
        OffboardingReport r;
        r.resolutions = m_wizard->resolver()->resolutions();
        r.plan = m_wizard->plan();
        r.operatorName = m_wizard->session().token.operatorName();
        r.tenant = m_wizard->session().tenant;
        if (m_wizard->runner()) {
            r.startedAt = m_wizard->runner()->startedAt();
            r.finishedAt = m_wizard->runner()->finishedAt();
        }
        return r;
    }

    void save(const QString &kind)
    {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/offboarding-%1.%2")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")), kind);
        const QString path = FileDialog::saveFileName(this, OffboardingWizard::tr("Save report"), suggested,
            kind == QLatin1String("csv")        ? OffboardingWizard::tr("CSV files (*.csv)")
                : kind == QLatin1String("html") ? OffboardingWizard::tr("HTML files (*.html)")
                                                : OffboardingWizard::tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!OffboardingWizard::saveReport(report(), path, kind))
            QMessageBox::warning(this, OffboardingWizard::tr("Save failed"),
                OffboardingWizard::tr("The file %1 could not be written.").arg(path));
    }

    OffboardingWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_start;
    QPushButton *m_stop;
    QTableWidget *m_progress;
    QLabel *m_waiting;
    QPushButton *m_csv;
    QPushButton *m_html;
    QPushButton *m_pdf;
    QLabel *m_limits;
    QHash<QString, int> m_usedByOffboard;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_evidence;
    QPushButton *m_openEvidence;
    QTimer *m_evidenceTimer;
    QList<int> m_steps;
    QList<DeviceRecovery> m_recovery;
    PassphraseCipher::Key m_key;
    QString m_evidenceError;
    QDateTime m_runStarted;
    bool m_recoveryWanted = false;
    bool m_stopRequested = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace

OffboardingWizard::OffboardingWizard(const Session &session, const QStringList &identifiers, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_resolver(new OffboardingResolver(session.client, this))
{
    setObjectName(QStringLiteral("offboardingWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(InputPageId, new InputPage(this));
    setPage(ResolvePageId, new ResolvePage(this));
    setPage(PlanPageId, new PlanPage(this));
    setPage(RunPageId, new RunPage(this));
    setWindowTitle(tr("New offboarding"));
    resize(1180, 720);
    setIdentifiers(identifiers);
}

void OffboardingWizard::setIdentifiers(const QStringList &identifiers)
{
    static_cast<InputPage *>(page(InputPageId))->setText(identifiers.join(QLatin1Char('\n')));
}

void OffboardingWizard::openSavedPlan(const OffboardingPlanFile &file)
{
    m_saved = file;
    setIdentifiers(file.identifiers);
}

void OffboardingWizard::resumeRun(const OffboardingPlanFile &file, const QHash<QString, JournalEntry::Outcome> &sent)
{
    m_saved = file;
    m_plan = file.plan;
    m_alreadySent = sent;
    m_resuming = true;
    setIdentifiers(file.identifiers);
    setWindowTitle(tr("Resume the offboarding"));
    setStartId(RunPageId);
}

QString OffboardingWizard::evidenceFolder()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/evidence");
    PrivateFiles::makePrivateFolder(folder);
    return folder;
}

QString OffboardingWizard::newEvidencePath()
{
    return evidenceFolder()
        + QStringLiteral("/offboarding-%1.evidence.json")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

QString OffboardingWizard::runFilePath(const Journal *journal)
{
    return QFileInfo(journal->path()).dir().filePath(QStringLiteral("offboarding-run.json"));
}

OffboardingPlanFile OffboardingWizard::capturePlan() const
{
    QStringList identifiers;
    for (const InputEntry &e : entries())
        identifiers.append(e.text);
    return OffboardingPlanFile::capture(m_resolver->resolutions(), m_plan, identifiers, m_session.token);
}

QList<InputEntry> OffboardingWizard::entries() const
{
    return static_cast<const InputPage *>(page(InputPageId))->entries();
}

bool OffboardingWizard::saveReport(const OffboardingReport &report, const QString &path, const QString &kind)
{
    if (kind == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(tr("Offboarding report"));
        QTextDocument document;
        document.setHtml(report.html());
        document.print(&pdf);
        return QFile::exists(path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(kind == QLatin1String("csv") ? report.csv() : report.html().toUtf8());
    return file.commit();
}

bool OffboardingWizard::isRunning() const
{
    return static_cast<const RunPage *>(page(RunPageId))->isRunning() || (m_runner && m_runner->isRunning());
}

void OffboardingWizard::reject()
{
    auto *run = static_cast<RunPage *>(page(RunPageId));
    if (run->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Stop the plan?"),
            tr("Steps are still running. Stop sending? What is already on its way still reports."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && m_runner)
            m_runner->stop();
        return;
    }
    QWizard::reject();
}
