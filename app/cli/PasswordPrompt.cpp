#include "PasswordPrompt.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ow {

Result<QString> PasswordPrompt::read(const char* environmentVariable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return Result<QString>::success(qEnvironmentVariable(environmentVariable));
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return Result<QString>::failure(tr("no terminal to ask for the password: set %1")
                                            .arg(QLatin1String(environmentVariable)));
    const QByteArray text = prompt.toUtf8();
    (void)::write(tty, text.constData(), size_t(text.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n' && line.size() < 1024)
        line.append(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    (void)::write(tty, "\n", 1);
    ::close(tty);
    return Result<QString>::success(QString::fromUtf8(line));
}

} // namespace ow
