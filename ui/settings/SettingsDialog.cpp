#include "settings/SettingsDialog.h"

#include "common/AppSettings.h"
#include "common/DisplayFormat.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, const QList<std::pair<QString, QString>> &users,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));

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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
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
