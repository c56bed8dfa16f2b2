#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow {

// The outcome of checking a resident ID number. normalized, birthDate, sex and regionCode are
// set only when valid; message says what is wrong, or (valid) notes the old 15-digit form.
struct IdNumberCheck
{
    bool valid = false;
    QString normalized; // 18 characters with a capital X, or the old 15 digits
    QDate birthDate;
    int sex = 0;        // 1 male, 2 female (the 17th digit, or the 15th in the old form, odd/even)
    QString regionCode; // the first 6 digits
    QString message;
};

// 居民身份证号码 (GB 11643-1999): 6 region digits, the birth date YYYYMMDD, 3 sequence digits
// (odd for men) and a check character computed with the ISO 7064 MOD 11-2 weights. The old
// 15-digit form (birth date YYMMDD in 19YY, no check character) is accepted with a note.
// Full-width digits (１２３, as an input method types them) count as digits.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(ow::IdNumber)

public:
    // Trims; a lower-case x is read as X. A birth date after `today` is refused.
    static IdNumberCheck check(const QString& text, const QDate& today);
    // The check character of the first 17 digits ('0'..'9' or 'X'); null QChar if they are not
    // 17 ASCII digits.
    static QChar checkCharacter(const QString& first17);

    // Whole years from birth to day; -1 when a date is invalid or day is before birth. Someone
    // born on 29 February turns a year older on 28 February in other years (Civil Code art. 202:
    // without a matching day, the month's last day counts).
    static int ageOn(const QDate& birth, const QDate& day);
    static bool isElderly(int age) { return age >= ElderlyAge; }
    static constexpr int ElderlyAge = 60;
};

} // namespace ow
