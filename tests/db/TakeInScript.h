#pragma once

// Shared by TakeInChild and TestCaseCrash: the applicants the child takes cases in for, one
// valid resident ID number per intake, so that each draft can be matched to its case.
#include <QString>

namespace ow::test {

// A valid GB 11643 resident ID number, distinct for each n in 1..999.
inline QString crashIdNumber(int n)
{
    const QString base =
        QStringLiteral("37040319800101") + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (base.at(i).unicode() - u'0') * weights[i];
    return base + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace ow::test
