#include "security/PasswordPolicy.h"

#include <QStringList>

namespace ow {

namespace {

// Passwords found at the top of every leaked-password list, Chinese favourites included. Matched
// whole and ignoring case. The list is checked before the length rule, so short entries still get
// the clearer "too common" message.
const QStringList& commonPasswords()
{
    static const QStringList list = {
        QStringLiteral("password"),     QStringLiteral("password1"),
        QStringLiteral("password123"),  QStringLiteral("password1234"),
        QStringLiteral("passw0rd"),     QStringLiteral("p@ssw0rd"),
        QStringLiteral("p@ssw0rd123"),  QStringLiteral("12345678"),
        QStringLiteral("123456789"),    QStringLiteral("1234567890"),
        QStringLiteral("0123456789"),   QStringLiteral("12345678910"),
        QStringLiteral("1111111111"),   QStringLiteral("8888888888"),
        QStringLiteral("6666666666"),   QStringLiteral("9876543210"),
        QStringLiteral("1234512345"),   QStringLiteral("123123123123"),
        QStringLiteral("qwerty"),       QStringLiteral("qwerty123"),
        QStringLiteral("qwerty12345"),  QStringLiteral("qwerty123456"),
        QStringLiteral("qwertyuiop"),   QStringLiteral("qwer123456"),
        QStringLiteral("asdfghjkl"),    QStringLiteral("asdf123456"),
        QStringLiteral("zxcvbnm123"),   QStringLiteral("1q2w3e4r"),
        QStringLiteral("1q2w3e4r5t"),   QStringLiteral("1qaz2wsx"),
        QStringLiteral("1qaz2wsx3edc"), QStringLiteral("a1b2c3d4"),
        QStringLiteral("a1b2c3d4e5"),   QStringLiteral("abc1234567"),
        QStringLiteral("abcd123456"),   QStringLiteral("aa12345678"),
        QStringLiteral("admin123"),     QStringLiteral("admin12345"),
        QStringLiteral("admin123456"),  QStringLiteral("administrator1"),
        QStringLiteral("root123456"),   QStringLiteral("iloveyou1314"),
        QStringLiteral("woaini"),       QStringLiteral("woaini1314"),
        QStringLiteral("woaini520"),    QStringLiteral("woaini123456"),
        QStringLiteral("5201314520"),   QStringLiteral("zhangsan"),
        QStringLiteral("zhangsan123"),  QStringLiteral("lisi123456"),
        QStringLiteral("wangwu123456"), QStringLiteral("nihao123456"),
        QStringLiteral("zhongguo123"),  QStringLiteral("huawei123456"),
        QStringLiteral("qq123456789"),
    };
    return list;
}

bool isCommon(const QString& password)
{
    for (const QString& common : commonPasswords())
        if (password.compare(common, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

Status PasswordPolicy::check(const QString& password, const QString& userName)
{
    const QList<uint> codePoints = password.toUcs4();
    if (isCommon(password))
        return Status::failure(
            tr("This password is on the list of common passwords; choose a less obvious one."));
    if (codePoints.size() < MinLength)
        return Status::failure(tr("The password must have at least %1 characters.").arg(MinLength));
    if (codePoints.size() > MaxLength)
        return Status::failure(tr("The password must have at most %1 characters.").arg(MaxLength));
    if (QChar::isSpace(codePoints.first()) || QChar::isSpace(codePoints.last()))
        return Status::failure(tr("The password must not start or end with a space."));
    bool hasLetter = false;
    bool hasDigit = false;
    for (const uint c : codePoints) {
        hasLetter = hasLetter || QChar::isLetter(c);
        hasDigit = hasDigit || QChar::isDigit(c);
    }
    if (!hasLetter)
        return Status::failure(tr("The password must contain at least one letter."));
    if (!hasDigit)
        return Status::failure(tr("The password must contain at least one digit."));
    const QString name = userName.trimmed();
    if (name.toUcs4().size() >= MinUserNameLength && password.contains(name, Qt::CaseInsensitive))
        return Status::failure(tr("The password must not contain the user name."));
    return Status::success();
}

QString PasswordPolicy::describe()
{
    return tr("Use %1 to %2 characters with at least one letter and one digit, no space at the "
              "start or end, not containing your user name and not a common password.")
        .arg(MinLength)
        .arg(MaxLength);
}

} // namespace ow
