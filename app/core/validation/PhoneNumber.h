#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow {

// The outcome of checking an applicant's phone number: kind and normalized are set only when
// valid; message says what is wrong.
struct PhoneCheck
{
    bool valid = false;
    enum Kind
    {
        Mobile,
        Landline,
        None,
    };
    Kind kind = None;
    QString normalized; // 13812345678, or 0632-1234567 / 010-12345678-123 with an extension
    QString message;
};

// A mainland phone number an applicant can be called back on:
//  - mobile: 11 digits starting 13 to 19, optionally after +86, 86 or 0086;
//  - landline: an area code, the local number (7 or 8 digits, not starting with 0) and an
//    optional extension of 1 to 6 digits after "-" or "转": 0632-1234567, (0632)12345678,
//    010-12345678-123, 0632-1234567转801. Area codes follow the national plan: three digits for
//    010 and 020-029, four digits (03xx to 09xx) for every other, so 06321234567 also works.
// Spaces, dashes and full-width digits are allowed. Service numbers (12345, 95588, 110) and
// 400/800 hotlines are refused: they do not reach the applicant.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(ow::PhoneNumber)

public:
    static PhoneCheck check(const QString& text);
    // A number the public is told to call (a guide's 咨询 / 监督 phone): a government service
    // hotline of five digits starting 123 (12345 便民热线, 12315, 12366 …), or a mobile or
    // landline number as check() accepts it. normalized is the hotline or check()'s form.
    static PhoneCheck checkPublic(const QString& text);
};

} // namespace ow
