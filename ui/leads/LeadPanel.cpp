#include "leads/LeadPanel.h"

#include "activities/RecordTasksView.h"
#include "activities/TimelineView.h"
#include "common/DisplayFormat.h"
#include "leads/LeadEditor.h"
#include "leads/SaveLeadCommand.h"
#include "services/LeadService.h"
#include "services/Lookups.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "text/PhoneNumbers.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

LeadPanel::LeadPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reach = new QLabel(m_body);
    m_reach->setTextFormat(Qt::RichText);
    m_reach->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_reach, &QLabel::linkActivated, this, &LeadPanel::openLink);
    m_converted = new QLabel(m_body);
    m_converted->setWordWrap(true);
    m_converted->setStyleSheet(QStringLiteral("background: #e8f0fe; padding: 6px; border-radius: 4px;"));
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_reach);
    bodyLayout->addWidget(m_converted);

    m_tabs = new QTabWidget(m_body);
    m_editor = new LeadEditor;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_tabs->addTab(scroll, QString());
    m_timeline = new TimelineView;
    m_tabs->addTab(m_timeline, QString());
    m_tasks = new RecordTasksView;
    m_tabs->addTab(m_tasks, QString());
    bodyLayout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert = new QPushButton(m_body);
    m_save = new QPushButton(m_body);
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    bodyLayout->addLayout(buttons);
    layout->addWidget(m_body, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &LeadPanel::revert);
    connect(m_editor, &LeadEditor::modifiedChanged, this, [this](bool modified) {
        m_save->setEnabled(modified);
        m_revert->setEnabled(modified);
    });
    connect(m_editor, &LeadEditor::fieldLeft, this, &LeadPanel::checkField);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_body->hide();
    retranslate();
}

void LeadPanel::retranslate()
{
    m_empty->setText(tr("Choose a lead in the list to see it here, or press Ctrl+N to add one."));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Activities"));
    m_tabs->setTabText(2, tr("Tasks"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the lead (Ctrl+S)"));
    m_revert->setText(tr("Discard changes"));
    updateHeader();
}

void LeadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeadPanel::setDatabase(Database *database, QUndoStack *undoStack)
{
    if (m_database)
        disconnect(&m_database->changes(), nullptr, this, nullptr);
    m_database = database;
    if (m_database)
        connect(&m_database->changes(), &ChangeFeed::recordsChanged, this, &LeadPanel::recordsChanged);
    m_undoStack = undoStack;
    m_timeline->setDatabase(database, undoStack);
    m_tasks->setDatabase(database, undoStack);
    showLead(0);
}

void LeadPanel::showLead(qint64 id)
{
    if (!m_database || id == 0) {
        m_lead = Lead();
        m_body->hide();
        m_empty->show();
        return;
    }
    Result<Lead> lead = LeadService(*m_database).get(id);
    if (!lead.ok()) {
        m_lead = Lead();
        m_body->hide();
        m_empty->setText(lead.error().message);
        m_empty->show();
        return;
    }
    showStored(*lead);
}

void LeadPanel::showStored(const Lead &lead)
{
    if (Result<Lookups> lookups = Lookups::load(*m_database); lookups.ok())
        m_editor->setLookups(*lookups);
    m_lead = lead;
    m_editor->setLead(lead);
    m_editor->setReadOnly(lead.isConverted());
    // What happened and what is to do belong to a stored lead; a new one has neither yet.
    Related record;
    if (!lead.meta.isNew())
        record.leadId = lead.meta.id;
    m_timeline->setRecord(record);
    m_tasks->setRecord(record);
    m_tabs->setTabEnabled(1, !lead.meta.isNew());
    m_tabs->setTabEnabled(2, !lead.meta.isNew());
    m_empty->hide();
    m_body->show();
    updateHeader();
}

void LeadPanel::recordsChanged(const QString &entity, const QList<qint64> &ids)
{
    // Undo, redo, a bulk change or another window wrote this lead: show what is stored now, unless the
    // user is editing it (their save will then meet the newer version as a conflict, never lose it).
    if (entity != QStringLiteral("lead") || m_lead.meta.isNew() || m_editor->isModified())
        return;
    if (ids.isEmpty() || ids.contains(m_lead.meta.id))
        showLead(m_lead.meta.id);
}

void LeadPanel::startNewLead()
{
    if (!m_database)
        return;
    Lead lead;
    if (Result<Lookups> lookups = Lookups::load(*m_database); lookups.ok()) {
        // A new lead starts at the first status of the chain and belongs to the default owner chosen in
        // settings, or else to whoever types it in.
        if (!lookups->statuses().isEmpty())
            lead.statusId = lookups->statuses().constFirst().meta.id;
        const QString owner = m_defaultOwner.isEmpty() ? m_database->userName() : m_defaultOwner;
        if (Result<User> user = lookups->userNamed(owner); user.ok())
            lead.ownerId = user->meta.id;
    }
    showStored(lead);
    m_tabs->setCurrentIndex(0);
    m_editor->fieldWidget(QStringLiteral("full_name"))->setFocus(Qt::OtherFocusReason);
}

void LeadPanel::updateHeader()
{
    if (m_lead.meta.isNew() && m_lead.fullName.isEmpty()) {
        m_title->setText(tr("New lead"));
        m_reach->clear();
        m_converted->hide();
        return;
    }
    m_title->setText(m_lead.company.isEmpty() ? m_lead.fullName
                                              : tr("%1 · %2").arg(m_lead.fullName, m_lead.company));
    const QStringList links = reachLinks(m_lead);
    QStringList parts;
    for (const QString &link : links) {
        const QUrl url(link);
        QString text;
        if (url.scheme() == QStringLiteral("tel"))
            text = tr("Call %1").arg(PhoneNumbers::display(url.path()));
        else if (url.scheme() == QStringLiteral("mailto"))
            text = tr("Email %1").arg(url.path());
        else
            text = tr("Zalo %1").arg(PhoneNumbers::display(url.path().mid(1)));
        parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_reach->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_converted->setVisible(m_lead.isConverted());
    if (m_lead.isConverted())
        m_converted->setText(
            tr("Converted on %1; the lead is kept read-only.").arg(DisplayFormat::date(m_lead.convertedAt)));
}

QStringList LeadPanel::reachLinks(const Lead &lead)
{
    QStringList links;
    for (const QString &phone : {lead.phone, lead.phone2}) {
        if (!phone.isEmpty())
            links << QStringLiteral("tel:") + phone;
    }
    if (!lead.email.isEmpty())
        links << QStringLiteral("mailto:") + lead.email;
    // zalo.me takes the domestic form of the number (0912345678).
    if (!lead.zaloPhone.isEmpty() && !lead.zaloPhone.startsWith(u'+'))
        links << QStringLiteral("https://zalo.me/") + lead.zaloPhone;
    return links;
}

void LeadPanel::openLink(const QString &link)
{
    QDesktopServices::openUrl(QUrl(link));
}

void LeadPanel::checkField(const QString &field)
{
    if (!m_database)
        return;
    Lead lead = m_editor->lead();
    Result<void> checked = LeadService(*m_database).normalize(lead);
    if (!checked.ok() && checked.error().field == field)
        m_editor->showError(checked.error(), false);
    else
        m_editor->clearError(field);
}

bool LeadPanel::hasUnsavedChanges() const
{
    return m_body->isVisibleTo(this) && m_editor->isModified();
}

bool LeadPanel::save()
{
    if (!m_database || !m_undoStack)
        return false;
    m_editor->clearErrors();
    Lead edited = m_editor->lead();
    Lead checked = edited;
    if (Result<void> ok = LeadService(*m_database).normalize(checked); !ok.ok()) {
        m_editor->showError(ok.error());
        return false;
    }
    // Later undo/redo failures reach the panel through a guarded pointer (the command outlives this).
    auto *command = new SaveLeadCommand(*m_database, m_lead, edited,
                                        [panel = QPointer<LeadPanel>(this)](const Error &error) {
                                            if (panel)
                                                QMessageBox::warning(panel, tr("Cannot undo"), error.message);
                                        });
    const bool isNew = m_lead.meta.isNew();
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok()) {
        reportSaveError(pushed.error());
        return false;
    }
    const Lead saved = command->saved();
    showStored(saved);
    if (isNew)
        Q_EMIT leadCreated(saved.meta.id);
    return true;
}

void LeadPanel::reportSaveError(const Error &error)
{
    if (error.code == ErrorCode::Conflict) {
        m_editor->showError(Error{error.code,
                                  tr("%1 Your changes are still in the form: press Discard changes to see "
                                     "the newer version, or copy what you need first.")
                                      .arg(error.message),
                                  {}});
        return;
    }
    m_editor->showError(error);
}

void LeadPanel::revert()
{
    if (m_lead.meta.isNew())
        showLead(0);
    else
        showLead(m_lead.meta.id);
}
