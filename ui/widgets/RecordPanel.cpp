#include "widgets/RecordPanel.h"

#include "activities/RecordTasksView.h"
#include "activities/TimelineView.h"
#include "storage/AccountRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "text/PhoneNumbers.h"
#include "widgets/RecordForm.h"
#include "widgets/RecordSubView.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString recordScheme = QStringLiteral("sencrm");

} // namespace

RecordPanel::RecordPanel(QWidget *parent) : QWidget(parent)
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
    m_reach->setWordWrap(true);
    m_reach->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_reach, &QLabel::linkActivated, this, &RecordPanel::openLink);
    m_banner = new QLabel(m_body);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #e8f0fe; padding: 6px; border-radius: 4px;"));
    m_banner->hide();
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_reach);
    bodyLayout->addWidget(m_banner);

    m_tabs = new QTabWidget(m_body);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, QString());
    m_timeline = new TimelineView;
    m_tabs->addTab(m_timeline, QString());
    m_tasks = new RecordTasksView;
    m_tabs->addTab(m_tasks, QString());
    bodyLayout->addWidget(m_tabs, 1);
    m_subViews = {m_timeline, m_tasks};

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
    connect(m_revert, &QPushButton::clicked, this, &RecordPanel::revert);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_body->hide();
}

void RecordPanel::setForm(RecordForm *form)
{
    m_form = form;
    static_cast<QScrollArea *>(m_tabs->widget(0))->setWidget(form);
    connect(form, &RecordForm::modifiedChanged, this, [this](bool modified) {
        m_save->setEnabled(modified);
        m_revert->setEnabled(modified);
    });
    connect(form, &RecordForm::fieldLeft, this, &RecordPanel::checkField);
}

void RecordPanel::addHeaderView(RecordSubView *view)
{
    auto *bodyLayout = static_cast<QVBoxLayout *>(m_body->layout());
    bodyLayout->insertWidget(bodyLayout->indexOf(m_tabs), view);
    m_subViews.append(view);
    view->setDatabase(m_database, m_undoStack);
}

void RecordPanel::insertRecordTab(QWidget *page)
{
    m_tabs->insertTab(m_tabs->indexOf(m_timeline), page, QString());
}

void RecordPanel::retranslate()
{
    m_empty->setText(m_emptyMessage.isEmpty() ? emptyText() : m_emptyMessage);
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("Activities"));
    m_tabs->setTabText(m_tabs->indexOf(m_tasks), tr("Tasks"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(saveToolTip());
    m_revert->setText(tr("Discard changes"));
    if (m_body->isVisibleTo(this))
        updateHeader();
}

void RecordPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordPanel::setDatabase(Database *database, QUndoStack *undoStack)
{
    if (m_database)
        disconnect(&m_database->changes(), nullptr, this, nullptr);
    m_database = database;
    if (m_database)
        connect(&m_database->changes(), &ChangeFeed::recordsChanged, this, &RecordPanel::recordsChanged);
    m_undoStack = undoStack;
    for (RecordSubView *view : std::as_const(m_subViews))
        view->setDatabase(database, undoStack);
    showRecord(0);
}

void RecordPanel::showEmpty(const QString &message)
{
    m_emptyMessage = message;
    m_empty->setText(message.isEmpty() ? emptyText() : message);
    m_body->hide();
    m_empty->show();
}

void RecordPanel::showBody(qint64 storedId)
{
    // What happened and what is to do belong to a stored record; a new one has neither yet.
    Related record;
    if (storedId != 0) {
        const QString kind = entity();
        if (kind == QStringLiteral("lead"))
            record.leadId = storedId;
        else if (kind == QStringLiteral("account"))
            record.accountId = storedId;
        else if (kind == QStringLiteral("contact"))
            record.contactId = storedId;
        else if (kind == QStringLiteral("opportunity"))
            record.opportunityId = storedId;
    }
    for (RecordSubView *view : std::as_const(m_subViews))
        view->setRecord(record);
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, storedId != 0);
    m_empty->hide();
    m_body->show();
    updateHeader();
}

void RecordPanel::recordsChanged(const QString &changed, const QList<qint64> &ids)
{
    // Undo, redo, a bulk change or another window wrote this record: show what is stored now, unless
    // the user is editing it (their save will then meet the newer version as a conflict, never lose it).
    const qint64 id = recordId();
    if (changed != entity() || id == 0 || m_form->isModified())
        return;
    if (ids.isEmpty() || ids.contains(id))
        showRecord(id);
}

void RecordPanel::setHeader(const QString &title, const QStringList &links, const QString &banner)
{
    m_title->setText(title);
    QStringList parts;
    for (const QString &link : links)
        parts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(link.toHtmlEscaped(), linkText(link).toHtmlEscaped());
    m_reach->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

QString RecordPanel::accountLink(std::optional<qint64> accountId)
{
    if (!accountId || !m_database)
        return {};
    // A trashed account is still the one the record belongs to.
    Result<Account> account = AccountRepository(*m_database).get(*accountId);
    if (!account.ok())
        return {};
    return namedLink(QStringLiteral("account"), *accountId, tr("Account: %1").arg(account->name));
}

QString RecordPanel::namedLink(const QString &entity, qint64 id, const QString &text)
{
    const QString link = recordLink(entity, id);
    m_recordLinks.insert(link, text);
    return link;
}

QString RecordPanel::linkText(const QString &link) const
{
    if (const auto named = m_recordLinks.constFind(link); named != m_recordLinks.cend())
        return *named;
    const QUrl url(link);
    if (url.scheme() == QStringLiteral("tel"))
        return tr("Call %1").arg(PhoneNumbers::display(url.path()));
    if (url.scheme() == QStringLiteral("mailto"))
        return tr("Email %1").arg(url.path());
    if (url.host() == QStringLiteral("zalo.me"))
        return tr("Zalo %1").arg(PhoneNumbers::display(url.path().mid(1)));
    return url.host().isEmpty() ? link : url.host();
}

QStringList RecordPanel::reachLinks(const QStringList &phones, const QString &email, const QString &zaloPhone)
{
    QStringList links;
    for (const QString &phone : phones) {
        if (!phone.isEmpty())
            links << QStringLiteral("tel:") + phone;
    }
    if (!email.isEmpty())
        links << QStringLiteral("mailto:") + email;
    // zalo.me takes the domestic form of the number (0912345678).
    if (!zaloPhone.isEmpty() && !zaloPhone.startsWith(u'+'))
        links << QStringLiteral("https://zalo.me/") + zaloPhone;
    return links;
}

QString RecordPanel::recordLink(const QString &entity, qint64 id)
{
    return recordScheme + u':' + entity + u'/' + QString::number(id);
}

void RecordPanel::openLink(const QString &link)
{
    const QUrl url(link);
    if (url.scheme() != recordScheme) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QStringList parts = url.path().split(u'/');
    if (parts.size() == 2)
        Q_EMIT openRecordRequested(parts.at(0), parts.at(1).toLongLong());
}

bool RecordPanel::hasUnsavedChanges() const
{
    return m_body->isVisibleTo(this) && m_form->isModified();
}

bool RecordPanel::settleUnsavedChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved changes"), unsavedChangesText(),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void RecordPanel::revert()
{
    showRecord(recordId());
}

void RecordPanel::reportSaveError(const Error &error)
{
    if (error.code == ErrorCode::Conflict) {
        m_form->showError(Error{error.code,
                                tr("%1 Your changes are still in the form: press Discard changes to see "
                                   "the newer version, or copy what you need first.")
                                    .arg(error.message),
                                {}});
        return;
    }
    m_form->showError(error);
}

ServiceCommand::ErrorHandler RecordPanel::commandErrorHandler()
{
    return [panel = QPointer<RecordPanel>(this)](const Error &error) {
        if (panel)
            QMessageBox::warning(panel, tr("Cannot undo"), error.message);
    };
}
