#pragma once

#include "services/TaskView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class TextFilterBox;

// Above the task list: which tasks (open, today, overdue, done, all), whose (everyone's or mine), and
// a filter-as-you-type box over the title and notes.
class TaskFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TaskFilterBar(QWidget *parent = nullptr);

    TaskView view() const;
    bool onlyMine() const;
    void setView(TaskView view, bool onlyMine);

    QComboBox *viewBox() const { return m_view; }
    QCheckBox *mineBox() const { return m_mine; }
    TextFilterBox *textBox() const { return m_text; }

Q_SIGNALS:
    void changed(TaskView view, bool onlyMine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_view = nullptr;
    QCheckBox *m_mine = nullptr;
    TextFilterBox *m_text = nullptr;
};
