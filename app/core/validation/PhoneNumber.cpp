#include "validation/PhoneNumber.h"

#include "validation/ValidationText.h"

#include <QRegularExpression>
#include <QStringList>

namespace ow {

namespace {

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

// Area codes of the national numbering plan: 010 and 02X have three digits, 03XX to 09XX four.
int areaCodeLength(const QString& digits)
{
    return digits.size() >= 2 && (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4;
}

bool isAreaCode(const QString& area)
{
    if (area.size() == 3)
        return area == QLatin1String("010") || area.startsWith(QLatin1String("02"));
    return area.size() == 4 && area.at(0) == u'0' && area.at(1) >= u'3' && area.at(1) <= u'9';
}

} // namespace

PhoneCheck PhoneNumber::check(const QString& text)
{
    PhoneCheck result;
    auto refuse = [&result](const QString& message) {
        result.message = message;
        return result;
    };

    QString main = validation::foldFullWidth(text).trimmed();
    for (QChar& c : main) {
        if (isDash(c))
            c = u'-';
        else if (c.isSpace())
            c = u' '; // tabs, no-break and ideographic spaces alike
    }
    if (main.isEmpty())
        return refuse(tr("no phone number given"));

    // An extension written with 转 ("transfer to").
    QString extension;
    bool extensionByWord = false;
    if (const qsizetype at = main.indexOf(u'转'); at >= 0) {
        extension = main.mid(at + 1).trimmed();
        main = main.left(at).trimmed();
        extensionByWord = true;
        if (!allDigits(extension) || extension.size() > 6)
            return refuse(tr("the extension after 转 must be 1 to 6 digits"));
        if (main.isEmpty())
            return refuse(tr("the phone number before 转 is missing"));
    }

    const QList<uint> codePoints = main.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        const bool allowed = (c >= U'0' && c <= U'9') || c == U'-' || c == U'(' || c == U')' ||
                             c == U'+' || c == U' ';
        if (!allowed)
            return refuse(tr("only digits, spaces, dashes, parentheses, a leading + and 转 before "
                             "an extension are allowed, not %1 (character %2)")
                              .arg(validation::describeCharacter(c))
                              .arg(i + 1));
    }

    static const QRegularExpression separators(QStringLiteral("[ \\-()]"));
    QString compact = main;
    compact.remove(separators);
    if (compact.lastIndexOf(u'+') > 0)
        return refuse(tr("+ may only stand at the start, before the country code"));
    if (compact.isEmpty())
        return refuse(tr("no digits in the phone number"));

    // Country code: only a mainland mobile may carry it.
    bool countryCode = false;
    if (compact.startsWith(QLatin1String("+86")) || compact.startsWith(QLatin1String("0086"))) {
        compact = compact.mid(compact.startsWith(u'+') ? 3 : 4);
        countryCode = true;
    } else if (compact.startsWith(u'+')) {
        return refuse(tr("only mainland numbers are accepted: the country code must be +86"));
    } else if (compact.size() == 13 && compact.startsWith(QLatin1String("861"))) {
        compact = compact.mid(2);
        countryCode = true;
    }
    if (countryCode && !compact.startsWith(u'1'))
        return refuse(tr("after +86 only a mobile number is accepted; write a landline with "
                         "its area code, e.g. 0632-1234567"));

    if (compact.size() <= 6 && !countryCode && !compact.startsWith(u'0')) {
        if (compact.size() >= 3 && (compact.at(0) == u'1' || compact.at(0) == u'9'))
            return refuse(
                tr("%1 is a service number, not a phone number of the applicant").arg(compact));
        return refuse(tr("too short for a phone number: %1 digits").arg(compact.size()));
    }
    if (compact.size() == 10 &&
        (compact.startsWith(QLatin1String("400")) || compact.startsWith(QLatin1String("800"))))
        return refuse(tr("400 and 800 numbers are company hotlines, not a phone number of the "
                         "applicant"));

    if (compact.startsWith(u'1')) {
        if (compact.size() != 11)
            return refuse(tr("a mobile number has 11 digits, got %1").arg(compact.size()));
        if (compact.at(1) < u'3')
            return refuse(tr("mobile numbers start with 13 to 19, not %1").arg(compact.left(2)));
        if (!extension.isEmpty())
            return refuse(tr("a mobile number has no extension"));
        result.valid = true;
        result.kind = PhoneCheck::Mobile;
        result.normalized = compact;
        return result;
    }

    if (!compact.startsWith(u'0')) {
        if (main.startsWith(u'('))
            return refuse(tr("an area code starts with 0, e.g. (0632)1234567"));
        if (compact.size() == 7 || compact.size() == 8)
            return refuse(tr("a landline needs its area code, e.g. 0632-1234567"));
        return refuse(tr("%1 digits make neither a mobile number (11 digits starting 13 to 19) "
                         "nor a landline (area code starting with 0)")
                          .arg(compact.size()));
    }

    // A landline: the area code, perhaps in parentheses, then the groups of the rest.
    static const QRegularExpression parenthesized(QStringLiteral("^\\( *([0-9]+) *\\)(.*)$"));
    static const QRegularExpression groupSeparators(QStringLiteral("[ \\-]+"));
    QString area;
    QStringList groups;
    if (const QRegularExpressionMatch match = parenthesized.match(main); match.hasMatch()) {
        area = match.captured(1);
        groups = match.captured(2).split(groupSeparators, Qt::SkipEmptyParts);
    } else {
        groups = main.split(groupSeparators, Qt::SkipEmptyParts);
        const QString first = groups.takeFirst();
        if (!allDigits(first))
            return refuse(tr("parentheses may only enclose the area code, e.g. (0632)1234567"));
        if (first.size() <= 4) {
            area = first;
        } else {
            // Written together: the numbering plan tells where the area code ends.
            area = first.left(areaCodeLength(first));
            groups.prepend(first.mid(area.size()));
        }
    }
    for (const QString& group : std::as_const(groups)) {
        if (!allDigits(group))
            return refuse(tr("parentheses may only enclose the area code, e.g. (0632)1234567"));
    }
    if (area.size() < 3 || area.size() > 4)
        return refuse(tr("an area code has 3 or 4 digits, got %1").arg(area.size()));
    if (!area.startsWith(u'0'))
        return refuse(tr("an area code starts with 0"));
    if (!isAreaCode(area))
        return refuse(area.size() == 3 ? tr("the area code %1 does not exist: only 010 and 020 "
                                            "to 029 have three digits")
                                             .arg(area)
                                       : tr("the area code %1 does not exist: four-digit area "
                                            "codes start with 03 to 09")
                                             .arg(area));
    if (groups.isEmpty())
        return refuse(tr("the local number after the area code is missing"));

    // The local number, whole (1234567) or in two groups (1234 5678), then the extension.
    QString local = groups.takeFirst();
    if (local.size() < 7 && !groups.isEmpty() && local.size() + groups.first().size() >= 7 &&
        local.size() + groups.first().size() <= 8)
        local += groups.takeFirst();
    if (local.size() < 7 || local.size() > 8)
        return refuse(
            tr("the local number after the area code has 7 or 8 digits, got %1").arg(local.size()));
    if (local.at(0) == u'0')
        return refuse(tr("a local number does not start with 0 (the area code has it)"));
    if (!groups.isEmpty()) {
        if (extensionByWord)
            return refuse(tr("two extensions given: use either - or 转"));
        extension = groups.takeFirst();
        if (extension.size() > 6)
            return refuse(tr("an extension has 1 to 6 digits, got %1").arg(extension.size()));
    }
    if (!groups.isEmpty())
        return refuse(tr("too many groups of digits: write area code, number and extension, "
                         "e.g. 0632-1234567-801"));

    result.valid = true;
    result.kind = PhoneCheck::Landline;
    result.normalized = area + u'-' + local;
    if (!extension.isEmpty())
        result.normalized += u'-' + extension;
    return result;
}

PhoneCheck PhoneNumber::checkPublic(const QString& text)
{
    const QString folded = validation::foldFullWidth(text).trimmed();
    static const QRegularExpression hotline(QStringLiteral("^123[0-9]{2}$"));
    if (hotline.match(folded).hasMatch()) {
        PhoneCheck result;
        result.valid = true;
        result.kind = PhoneCheck::Landline;
        result.normalized = folded;
        return result;
    }
    PhoneCheck result = check(text);
    if (!result.valid && !folded.isEmpty() && allDigits(folded) && folded.size() <= 5)
        result.message = tr("%1 is not a phone number the public can call: a hotline has five "
                            "digits starting 123 (12345), else give a mobile or landline number")
                             .arg(folded);
    return result;
}

} // namespace ow
