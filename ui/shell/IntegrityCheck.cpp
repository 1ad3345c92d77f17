#include "shell/IntegrityCheck.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

IntegrityCheck::IntegrityCheck(QObject *parent) : QObject(parent) {}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityCheck::start(const QString &path)
{
    if (m_thread) {
        m_thread->wait(); // a check is short compared to a user choosing another file
        delete m_thread;
        m_thread = nullptr;
    }
    const quint64 generation = ++m_generation;
    QPointer<IntegrityCheck> self(this);
    m_thread = QThread::create([self, path, generation] {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        options.verifyIntegrity = true;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        const QString problem = opened.ok() ? QString() : opened.error().message;
        if (!self)
            return;
        // Back on the GUI thread; a newer check makes this one's answer stale.
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, problem, generation] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->finished(path, problem);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}
