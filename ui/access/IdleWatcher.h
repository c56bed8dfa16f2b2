#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace ow {

class Clock;

// Notices that nobody has touched keyboard or mouse for the configured minutes (a PC left at
// lunch) and says so once; any input starts the count again.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(const Clock& clock, int idleMinutes, QObject* parent = nullptr);

    void setIdleMinutes(int minutes) { m_idleMinutes = minutes; }
    int idleMinutes() const { return m_idleMinutes; }
    void setPaused(bool paused); // while locked: nothing to watch
    void touch();
    // Compares the clock with the last input; the timer calls it every few seconds.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    int m_idleMinutes;
    QDateTime m_lastInput;
    bool m_paused = false;
    QTimer* m_timer;
};

} // namespace ow
