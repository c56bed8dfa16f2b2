#include "access/IdleWatcher.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace ow {

IdleWatcher::IdleWatcher(const Clock& clock, int idleMinutes, QObject* parent)
    : QObject(parent), m_clock(clock), m_idleMinutes(idleMinutes), m_lastInput(clock.now()),
      m_timer(new QTimer(this))
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer->start();
}

void IdleWatcher::setPaused(bool paused)
{
    m_paused = paused;
    touch();
}

void IdleWatcher::touch()
{
    m_lastInput = m_clock.now();
}

void IdleWatcher::check()
{
    if (m_paused || m_idleMinutes <= 0)
        return;
    if (m_lastInput.secsTo(m_clock.now()) >= qint64(m_idleMinutes) * 60) {
        m_paused = true;
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!m_paused)
            touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ow
