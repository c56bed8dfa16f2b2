#include "PasswordPrompt.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <iostream>
#include <string>
#include <windows.h>
#else
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace ow {

Result<QString> PasswordPrompt::read(const char* environmentVariable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return Result<QString>::success(qEnvironmentVariable(environmentVariable));
#ifdef Q_OS_WIN
    // The console without echo (not built here: see packaging/windows/README.md).
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return Result<QString>::failure(tr("no terminal to ask for the password: set %1")
                                            .arg(QLatin1String(environmentVariable)));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    std::string line;
    std::getline(std::cin, line);
    SetConsoleMode(input, mode);
    std::fputs("\n", stderr);
    return Result<QString>::success(QString::fromLocal8Bit(line.c_str()).left(1024));
#else
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
#endif
}

} // namespace ow
