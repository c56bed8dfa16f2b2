#pragma once

#include "PrintableDocument.h"

namespace ow {

// 大字版: a counter document for an applicant who does not see well — on A4, every text at least
// `minimumPt` (16 pt by default), grey labels printed black. The document's words, QR code and
// masking stay exactly as they were; only sizes and colours change, so any document
// (receipt, notices, and the ones added later) can be printed large.
namespace LargePrint {

constexpr double MinimumPt = 16.0;

PrintableDocument enlarge(PrintableDocument document, double minimumPt = MinimumPt);
// The smallest font size the document's HTML sets (its body size), in points; 0 when none.
double smallestFontPt(const QString& html);

} // namespace LargePrint

} // namespace ow
