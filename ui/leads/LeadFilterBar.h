#pragma once

#include "services/LeadFilter.h"

#include <QWidget>

class AppSettings;
class Lookups;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class TextFilterBox;

// The bar above the lead list: a box that filters as you type, the usual narrowing choices, and saved
// views ("Khách nóng của tôi"). Typing is never intercepted (Vietnamese input methods rewrite text with
// backspaces); the list follows once the text has settled for a moment.
class LeadFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LeadFilterBar(AppSettings &settings, QWidget *parent = nullptr);

    // The choices for status, source and owner.
    void setLookups(const Lookups &lookups);
    LeadFilter filter() const;
    // Shows filter in the controls and announces it.
    void setFilter(const LeadFilter &filter);
    // Saves the current filter under name (replacing a view of that name).
    void saveView(const QString &name);
    // The saved views' names, built-in first.
    QStringList viewNames() const;
    // Applies the view of that name; false when there is none.
    bool applyView(const QString &name);

    TextFilterBox *textBox() const { return m_text; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *temperatureBox() const { return m_temperature; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *viewBox() const { return m_views; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *campaignBox() const { return m_campaign; }
    QCheckBox *trashBox() const { return m_trash; }

Q_SIGNALS:
    void filterChanged(const LeadFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void announce();
    void rebuildViews();
    void askViewName();
    QComboBox *addBox();
    static void fillPeriods(QComboBox *box);
    static void selectData(QComboBox *box, const QVariant &data);

    AppSettings &m_settings;
    TextFilterBox *m_text = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_clear = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_temperature = nullptr;
    QComboBox *m_qualification = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_created = nullptr;
    QComboBox *m_updated = nullptr;
    QCheckBox *m_trash = nullptr;
    QList<QWidget *> m_row2;
    bool m_loading = false;
};
