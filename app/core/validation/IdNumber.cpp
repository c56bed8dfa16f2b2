#include "validation/IdNumber.h"

#include "validation/ValidationText.h"

#include <array>

namespace ow {

namespace {

constexpr std::array<int, 17> Weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char16_t, 11> CheckCharacters = {u'1', u'0', u'X', u'9', u'8', u'7',
                                                      u'6', u'5', u'4', u'3', u'2'};

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

} // namespace

QChar IdNumber::checkCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = first17.at(i).unicode();
        if (!isAsciiDigit(c))
            return QChar();
        sum += (c - u'0') * Weights[size_t(i)];
    }
    return QChar(CheckCharacters[size_t(sum % 11)]);
}

IdNumberCheck IdNumber::check(const QString& text, const QDate& today)
{
    IdNumberCheck result;
    const QList<uint> codePoints = validation::foldFullWidth(text).trimmed().toUcs4();
    if (codePoints.isEmpty()) {
        result.message = tr("no ID number given");
        return result;
    }

    // Characters first: the most specific complaint.
    QString id;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        const bool last = i == codePoints.size() - 1;
        if (isAsciiDigit(c)) {
            id += QChar(char16_t(c));
        } else if (c == U'X' || c == U'x') {
            if (!last) {
                result.message =
                    tr("X may only be the last (check) character, not character %1").arg(i + 1);
                return result;
            }
            id += u'X';
        } else if (QChar::isSpace(c)) {
            result.message = tr("an ID number has no spaces inside (character %1)").arg(i + 1);
            return result;
        } else {
            result.message = tr("only digits and a final X are allowed, not %1 (character %2)")
                                 .arg(validation::describeCharacter(c))
                                 .arg(i + 1);
            return result;
        }
    }

    const bool oldForm = id.size() == 15;
    if (id.size() != 18 && !oldForm) {
        result.message = tr("18 characters expected, got %1").arg(id.size());
        return result;
    }
    if (oldForm && id.endsWith(u'X')) {
        result.message = tr("the old 15-digit form has only digits, no X at the end");
        return result;
    }

    const QString region = id.left(6);
    if (region.at(0) < u'1' || region.at(0) > u'8') {
        result.message =
            tr("the region code %1 does not exist: it must start with 1 to 8").arg(region);
        return result;
    }

    const QString dateDigits =
        oldForm ? QStringLiteral("19") + id.mid(6, 6) : id.mid(6, 8); // YYYYMMDD
    const QDate birth(dateDigits.left(4).toInt(), dateDigits.mid(4, 2).toInt(),
                      dateDigits.mid(6, 2).toInt());
    if (!birth.isValid()) {
        result.message = tr("the birth date %1 does not exist").arg(dateDigits);
        return result;
    }
    if (today.isValid() && birth > today) {
        result.message = tr("the birth date %1 is after today").arg(dateDigits);
        return result;
    }

    if (!oldForm) {
        const QChar expected = checkCharacter(id.left(17));
        if (id.at(17) != expected) {
            result.message = tr("the check character should be %1, not %2")
                                 .arg(QString(expected), QString(id.at(17)));
            return result;
        }
    }

    const int sexDigit = id.at(oldForm ? 14 : 16).unicode() - u'0';
    result.valid = true;
    result.normalized = id;
    result.birthDate = birth;
    result.sex = sexDigit % 2 == 1 ? 1 : 2;
    result.regionCode = region;
    if (oldForm)
        result.message = tr("this is the old 15-digit form (before 1999): the holder's current "
                            "number has 18 characters");
    return result;
}

int IdNumber::ageOn(const QDate& birth, const QDate& day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int years = day.year() - birth.year();
    // QDate::addYears turns 29 February into 28 February in a common year.
    if (birth.addYears(years) > day)
        --years;
    return years;
}

} // namespace ow
