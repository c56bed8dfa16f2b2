#pragma once

#include <QString>

namespace ow {

// Masks personal data (resident ID numbers, phone numbers, names) wherever it is shown in a list
// or printed, and recognises ID and mobile numbers so logs can be scrubbed of them. Masking works
// on Unicode code points, so a rare character outside the BMP is never cut in half.
class PersonalData
{
public:
    // 18 characters: first 6 + 8 '*' + last 4 (110105********123X); 15 characters: first 6 +
    // 5 '*' + last 4; shorter than 10: all '*'; any other length: all but the last 4 masked.
    // Surrounding whitespace is trimmed first.
    static QString maskIdNumber(const QString& idNumber);

    // A mainland mobile (optionally +86 / 86 / 0086, spaces, dashes, parentheses) becomes
    // 138****5678; a landline with its area code set apart, 0632-1234567 or (0632)1234567,
    // becomes 0632-***4567; anything else keeps its shape with every digit but the last 4 masked.
    static QString maskPhone(const QString& phone);

    // A name with Chinese characters keeps its first character (张*, 欧**); any other name keeps
    // the first letter of each word (J*** S****). Spaces, hyphens and name dots stay visible.
    static QString maskName(const QString& name);

    // The whole (trimmed) text is a resident ID: 17 digits and a digit or X, or 15 digits.
    static bool looksLikeIdNumber(const QString& text);
    // The whole (trimmed) text is a mainland mobile number: 1[3-9] and 9 more digits, optionally
    // with the +86 / 86 / 0086 prefix, spaces, dashes or parentheses.
    static bool looksLikePhone(const QString& text);
};

} // namespace ow
