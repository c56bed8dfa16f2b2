// owctl validate id|uscc|phone VALUE: checks one resident ID, unified social credit code or phone
// number as the counter would, without a database. Exit 0 valid, 3 valid with a warning (an old
// 15-digit ID, a credit code whose check character does not match), 1 invalid, 2 bad usage.
// Personal data is printed masked, never in full.
#include "Owctl.h"

#include "security/PersonalData.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

#include <QDate>

namespace ow {

namespace {

constexpr int ValidWithWarning = 3;

} // namespace

int Owctl::validateCommand(const QStringList& words)
{
    // A word echoed in a usage message may be an ID or a phone number typed in the wrong place:
    // maskPhone leaves words without digits alone and masks all but the last 4 digits otherwise.
    if (words.isEmpty())
        return usageError(tr("validate needs a kind (id, uscc or phone) and a value"));
    const QString& kind = words.first();
    const bool isId = kind == QLatin1String("id");
    const bool isCreditCode = kind == QLatin1String("uscc");
    const bool isPhone = kind == QLatin1String("phone");
    if (!isId && !isCreditCode && !isPhone)
        return usageError(tr("validate: unknown kind '%1': use id, uscc or phone")
                              .arg(PersonalData::maskPhone(kind)));
    if (words.size() < 2)
        return usageError(tr("validate %1 needs a value").arg(kind));
    if (words.size() > 2)
        return usageError(tr("validate %1 takes one value, got %2 (quote a value with spaces)")
                              .arg(kind)
                              .arg(words.size() - 1));
    const QString& value = words.at(1);

    if (isId) {
        const QDate today = QDate::currentDate();
        const IdNumberCheck check = IdNumber::check(value, today);
        const QString masked =
            PersonalData::maskIdNumber(check.valid ? check.normalized : value.trimmed().toUpper());
        if (!check.valid)
            return failure(tr("invalid ID number %1: %2").arg(masked, check.message));
        const int age = IdNumber::ageOn(check.birthDate, today);
        const QString born = check.birthDate.toString(Qt::ISODate);
        const QString sex = check.sex == 1 ? tr("male") : tr("female");
        const QString details =
            IdNumber::isElderly(age)
                ? tr("%1, born %2, %3, age %4 (elderly: 60 or over)")
                      .arg(masked, born, sex, QString::number(age))
                : tr("%1, born %2, %3, age %4").arg(masked, born, sex, QString::number(age));
        if (check.normalized.size() == 15) {
            print(
                (tr("valid with a warning: %1: %2").arg(details, check.message) + u'\n').toUtf8());
            return ValidWithWarning;
        }
        print((tr("valid: %1").arg(details) + u'\n').toUtf8());
        return 0;
    }

    if (isCreditCode) {
        const CreditCodeCheck check = CreditCode::check(value);
        switch (check.verdict) {
        case CreditCodeCheck::Verdict::Valid:
            print((tr("valid: %1").arg(check.normalized) + u'\n').toUtf8());
            return 0;
        case CreditCodeCheck::Verdict::Warned:
            print((tr("valid with a warning: %1: %2").arg(check.normalized, check.message) + u'\n')
                      .toUtf8());
            return ValidWithWarning;
        case CreditCodeCheck::Verdict::Invalid:
            break;
        }
        return failure(tr("invalid credit code: %1").arg(check.message));
    }

    const PhoneCheck check = PhoneNumber::check(value);
    if (!check.valid)
        return failure(tr("invalid phone number: %1").arg(check.message));
    QString masked;
    if (check.kind == PhoneCheck::Mobile) {
        masked = PersonalData::maskPhone(check.normalized);
    } else {
        // 0632-1234567-801: mask the number, keep the extension (it is not personal).
        const QStringList parts = check.normalized.split(u'-');
        masked = PersonalData::maskPhone(parts.at(0) + u'-' + parts.at(1));
        if (parts.size() > 2)
            masked += u'-' + parts.at(2);
    }
    print((tr("valid: %1 (%2)")
               .arg(masked, check.kind == PhoneCheck::Mobile ? tr("mobile") : tr("landline")) +
           u'\n')
              .toUtf8());
    return 0;
}

} // namespace ow
