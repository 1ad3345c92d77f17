#pragma once

#include <QObject>
#include <QString>

class QThread;

// PRAGMA quick_check reads the whole file: about a second at a million records. The window must not
// wait for it, so it runs on its own connection in a background thread after the database is shown,
// and reports only when something is wrong.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // Checks the file at path; a previous check still running is abandoned (its result ignored).
    void start(const QString &path);
    bool isRunning() const;

Q_SIGNALS:
    // problem is empty when the file is sound.
    void finished(const QString &path, const QString &problem);

private:
    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
};
