#pragma once

#include "services/TaskView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

// Above the task list: which tasks (open, today, overdue, done, all) and whose (everyone's or mine).
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

Q_SIGNALS:
    void changed(TaskView view, bool onlyMine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_view = nullptr;
    QCheckBox *m_mine = nullptr;
};
