// libFuzzer target for the number validators (IdNumber, CreditCode, PhoneNumber): every input,
// read as UTF-8 and as Latin-1, goes through all three checks, and their promises are asserted:
// no crash or undefined behaviour, a refusal always says why in one line, and a valid result's
// normalized text is accepted again, unchanged. Built only with clang; see CMakeLists.txt here.
#include "security/PersonalData.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FuzzValidators: %s failed at line %d for \"%s\"\n", #condition,  \
                         __LINE__, qUtf8Printable(input));                                         \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

const QDate Today(2024, 6, 15);

bool isOneLine(const QString& message)
{
    return !message.contains(u'\n') && !message.contains(u'\r');
}

void checkIdNumber(const QString& input)
{
    const ow::IdNumberCheck check = ow::IdNumber::check(input, Today);
    FUZZ_ASSERT(isOneLine(check.message));
    if (!check.valid) {
        FUZZ_ASSERT(!check.message.isEmpty());
        FUZZ_ASSERT(check.normalized.isEmpty());
        FUZZ_ASSERT(check.sex == 0);
        return;
    }
    const QString& id = check.normalized;
    FUZZ_ASSERT(id.size() == 15 || id.size() == 18);
    FUZZ_ASSERT(check.message.isEmpty() == (id.size() == 18));
    FUZZ_ASSERT(check.sex == 1 || check.sex == 2);
    FUZZ_ASSERT(check.regionCode == id.left(6));
    FUZZ_ASSERT(check.birthDate.isValid() && check.birthDate <= Today);
    FUZZ_ASSERT(ow::IdNumber::ageOn(check.birthDate, Today) >= 0);
    if (id.size() == 18)
        FUZZ_ASSERT(ow::IdNumber::checkCharacter(id.left(17)) == id.at(17));
    const ow::IdNumberCheck again = ow::IdNumber::check(id, Today);
    FUZZ_ASSERT(again.valid && again.normalized == id && again.birthDate == check.birthDate &&
                again.sex == check.sex);
    FUZZ_ASSERT(!ow::PersonalData::maskIdNumber(id).contains(id));
}

void checkCreditCode(const QString& input)
{
    using Verdict = ow::CreditCodeCheck::Verdict;
    const ow::CreditCodeCheck check = ow::CreditCode::check(input);
    FUZZ_ASSERT(isOneLine(check.message));
    switch (check.verdict) {
    case Verdict::Invalid:
        FUZZ_ASSERT(!check.message.isEmpty());
        FUZZ_ASSERT(check.normalized.isEmpty());
        return;
    case Verdict::Valid:
        FUZZ_ASSERT(check.message.isEmpty());
        break;
    case Verdict::Warned:
        FUZZ_ASSERT(!check.message.isEmpty());
        break;
    }
    FUZZ_ASSERT(check.normalized.size() == ow::CreditCode::Length);
    const ow::CreditCodeCheck again = ow::CreditCode::check(check.normalized);
    FUZZ_ASSERT(again.verdict == check.verdict && again.normalized == check.normalized);
}

void checkPhone(const QString& input)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(
        QStringLiteral("^0[0-9]{2,3}-[1-9][0-9]{6,7}(-[0-9]{1,6})?$"));
    const ow::PhoneCheck check = ow::PhoneNumber::check(input);
    FUZZ_ASSERT(isOneLine(check.message));
    if (!check.valid) {
        FUZZ_ASSERT(check.kind == ow::PhoneCheck::None);
        FUZZ_ASSERT(!check.message.isEmpty());
        FUZZ_ASSERT(check.normalized.isEmpty());
        return;
    }
    FUZZ_ASSERT(check.message.isEmpty());
    FUZZ_ASSERT(check.kind != ow::PhoneCheck::None);
    FUZZ_ASSERT((check.kind == ow::PhoneCheck::Mobile ? mobile : landline)
                    .match(check.normalized)
                    .hasMatch());
    const ow::PhoneCheck again = ow::PhoneNumber::check(check.normalized);
    FUZZ_ASSERT(again.valid && again.kind == check.kind && again.normalized == check.normalized);
}

void checkAll(const QString& input)
{
    checkIdNumber(input);
    checkCreditCode(input);
    checkPhone(input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096) // the validators are for one short field; longer adds nothing
        return 0;
    const char* bytes = reinterpret_cast<const char*>(data);
    checkAll(QString::fromUtf8(bytes, qsizetype(size)));
    checkAll(QString::fromLatin1(bytes, qsizetype(size)));
    return 0;
}
