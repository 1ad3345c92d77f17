#include "settings/SettingsDialog.h"

#include "common/AppSettings.h"
#include "common/DisplayFormat.h"
#include "settings/LostReasonsPage.h"
#include "settings/PipelineSettingsPage.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, const QList<std::pair<QString, QString>> &users,
                               Database *database, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{

    m_language = new QComboBox(this);
    // Each language is named in itself, so whoever opens this can find theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings.language()));

    m_userName = new QLineEdit(settings.userName(), this);
    m_userName->setPlaceholderText(AppSettings::systemUserName());

    m_defaultOwner = new QComboBox(this);
    m_defaultOwner->addItem(tr("Whoever creates the lead"), QString());
    for (const auto &[login, displayName] : users)
        m_defaultOwner->addItem(displayName, login);
    m_defaultOwner->setCurrentIndex(qMax(0, m_defaultOwner->findData(settings.defaultOwner())));

    // Examples show the choice better than a description would.
    const QDate example(2026, 11, 23);
    m_dateStyle = new QComboBox(this);
    for (DisplayFormat::DateStyle style :
         {DisplayFormat::DateStyle::DayMonthYear, DisplayFormat::DateStyle::YearMonthDay})
        m_dateStyle->addItem(example.toString(style == DisplayFormat::DateStyle::YearMonthDay
                                                  ? QStringLiteral("yyyy-MM-dd")
                                                  : QStringLiteral("dd/MM/yyyy")),
                             DisplayFormat::dateStyleWord(style));
    m_dateStyle->setCurrentIndex(qMax(0, m_dateStyle->findData(settings.dateStyle())));
    m_moneyStyle = new QComboBox(this);
    m_moneyStyle->addItem(QStringLiteral("1.234.567\u00a0₫"),
                          DisplayFormat::moneyStyleWord(DisplayFormat::MoneyStyle::Symbol));
    m_moneyStyle->addItem(QStringLiteral("1.234.567\u00a0đ"),
                          DisplayFormat::moneyStyleWord(DisplayFormat::MoneyStyle::Letter));
    m_moneyStyle->addItem(QStringLiteral("1.234.567\u00a0VND"),
                          DisplayFormat::moneyStyleWord(DisplayFormat::MoneyStyle::IsoCode));
    m_moneyStyle->setCurrentIndex(qMax(0, m_moneyStyle->findData(settings.moneyStyle())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Your name:"), m_userName);
    form->addRow(tr("New leads &belong to:"), m_defaultOwner);
    form->addRow(tr("&Dates:"), m_dateStyle);
    form->addRow(tr("&Money:"), m_moneyStyle);
    auto *hint = new QLabel(tr("Your name is recorded with every change you make, so colleagues sharing the "
                               "database can see who changed what."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(hint);
    generalLayout->addStretch();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, QString());
    if (database) {
        m_pipelinePage = new PipelineSettingsPage(*database, this);
        m_lostReasonsPage = new LostReasonsPage(*database, this);
        m_tabs->addTab(m_pipelinePage, QString());
        m_tabs->addTab(m_lostReasonsPage, QString());
    }
    retranslateTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    // The stage table wants room for its five columns; the General tab alone stays a small dialog.
    if (database)
        resize(720, 520);
    else
        resize(440, sizeHint().height());
}

void SettingsDialog::retranslateTabs()
{
    // The General tab's own labels are set once: the language is only applied after OK, when this
    // dialog has closed. The pages edit the database live and retranslate themselves.
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    if (m_pipelinePage)
        m_tabs->setTabText(m_tabs->indexOf(m_pipelinePage), tr("Pipelines"));
    if (m_lostReasonsPage)
        m_tabs->setTabText(m_tabs->indexOf(m_lostReasonsPage), tr("Lost reasons"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QDialog::changeEvent(event);
}

void SettingsDialog::accept()
{
    // Validated on OK, not while typing: Vietnamese input methods rewrite what was typed.
    const QString name = m_userName->text().trimmed();
    if (name.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), tr("Your name cannot be empty."));
        m_userName->setFocus();
        return;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setUserName(name.normalized(QString::NormalizationForm_C));
    m_settings.setDefaultOwner(m_defaultOwner->currentData().toString());
    m_settings.setDateStyle(m_dateStyle->currentData().toString());
    m_settings.setMoneyStyle(m_moneyStyle->currentData().toString());
    QDialog::accept();
}
