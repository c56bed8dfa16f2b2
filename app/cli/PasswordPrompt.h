#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

// Reads a password for owctl: from an environment variable when it is set (scripts, tests),
// else from the terminal with the echo off. Never from the command line, where `ps` shows it.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ow::PasswordPrompt)

public:
    static Result<QString> read(const char* environmentVariable, const QString& prompt);
};

} // namespace ow
