#pragma once

#include <QString>

namespace ow::validation {

// Text clean-up shared by the number validators (IdNumber, CreditCode, PhoneNumber).

// Full-width ASCII (U+FF01..U+FF5E, as a Chinese input method types "１２３" or "－") becomes
// plain ASCII and the ideographic space U+3000 a plain space; everything else stays.
QString foldFullWidth(const QString& text);

// One character for a message: 'A' in quotes, or U+0001 for one that cannot be shown.
QString describeCharacter(char32_t c);

} // namespace ow::validation
