#include "security/PasswordPolicy.h"

#include <QSet>
#include <QTest>

using namespace ow;

namespace {

const QString TooShort = QStringLiteral("at least 10 characters");
const QString TooLong = QStringLiteral("at most 128 characters");
const QString Common = QStringLiteral("common passwords");
const QString Space = QStringLiteral("start or end with a space");
const QString NoLetter = QStringLiteral("at least one letter");
const QString NoDigit = QStringLiteral("at least one digit");
const QString HasName = QStringLiteral("user name");

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("userName");
        QTest::newRow("plain") << QStringLiteral("Zaochen2024x") << QStringLiteral("zhangwei");
        QTest::newRow("exactly 10") << QStringLiteral("abcdefgh12") << QStringLiteral("zhangwei");
        QTest::newRow("exactly 128")
            << QString(127, QLatin1Char('a')) + QLatin1Char('1') << QStringLiteral("zhangwei");
        QTest::newRow("chinese letters")
            << QStringLiteral("一窗通服务中心2024") << QStringLiteral("zhangwei");
        QTest::newRow("spaces inside")
            << QStringLiteral("correct horse 7 battery") << QStringLiteral("zhangwei");
        QTest::newRow("emoji") << QStringLiteral("Sun😀Rise2024") << QStringLiteral("zhangwei");
        QTest::newRow("short user name ignored")
            << QStringLiteral("liangxi2024") << QStringLiteral("li");
        QTest::newRow("chinese two-character name ignored")
            << QStringLiteral("张三丰的密码2024") << QStringLiteral("张三");
        QTest::newRow("no user name") << QStringLiteral("Zaochen2024x") << QString();
        QTest::newRow("common password inside a longer one")
            << QStringLiteral("mypassword1234x") << QStringLiteral("zhangwei");
        QTest::newRow("full-width digit") << QStringLiteral("abcdefghi２") << QString();
    }

    void accepts()
    {
        QFETCH(QString, password);
        QFETCH(QString, userName);
        const Status status = PasswordPolicy::check(password, userName);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(status.error().isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("rule");
        const QString name = QStringLiteral("zhangwei");
        QTest::newRow("empty") << QString() << name << TooShort;
        QTest::newRow("9 characters") << QStringLiteral("abcdefg12") << name << TooShort;
        // 7 code points, 12 UTF-16 units: length counts characters, not units.
        QTest::newRow("emoji count once") << QStringLiteral("😀😀😀😀😀a1") << name << TooShort;
        QTest::newRow("129 characters")
            << QString(128, QLatin1Char('a')) + QLatin1Char('1') << name << TooLong;
        QTest::newRow("password") << QStringLiteral("password") << name << Common;
        QTest::newRow("common, other case") << QStringLiteral("PassWord123") << name << Common;
        QTest::newRow("digits") << QStringLiteral("1234567890") << name << Common;
        QTest::newRow("keyboard") << QStringLiteral("1qaz2wsx3edc") << name << Common;
        QTest::newRow("qwerty") << QStringLiteral("QWERTYUIOP") << name << Common;
        QTest::newRow("admin") << QStringLiteral("Admin123456") << name << Common;
        QTest::newRow("pinyin") << QStringLiteral("woaini1314") << name << Common;
        QTest::newRow("name pinyin") << QStringLiteral("zhangsan123") << name << Common;
        QTest::newRow("a1b2c3") << QStringLiteral("a1b2c3d4e5") << name << Common;
        QTest::newRow("leading space") << QStringLiteral(" Zaochen2024x") << name << Space;
        QTest::newRow("trailing space") << QStringLiteral("Zaochen2024x ") << name << Space;
        QTest::newRow("trailing tab") << QStringLiteral("Zaochen2024x\t") << name << Space;
        QTest::newRow("full-width space") << QStringLiteral("\u3000Zaochen2024x") << name << Space;
        QTest::newRow("no letter") << QStringLiteral("2024-05-06!!") << name << NoLetter;
        QTest::newRow("no digit") << QStringLiteral("Zaochen-is-fine") << name << NoDigit;
        QTest::newRow("chinese, no digit")
            << QStringLiteral("一窗通服务中心的密码") << name << NoDigit;
        QTest::newRow("user name") << QStringLiteral("zhangwei2024ok") << name << HasName;
        QTest::newRow("user name, other case")
            << QStringLiteral("2024ZhangWei!") << name << HasName;
        QTest::newRow("user name padded")
            << QStringLiteral("xx-zhangwei-99") << QStringLiteral("  zhangwei ") << HasName;
        QTest::newRow("three-letter name")
            << QStringLiteral("secret-bob-77") << QStringLiteral("Bob") << HasName;
        QTest::newRow("chinese name")
            << QStringLiteral("欧阳娜娜的密码2024") << QStringLiteral("欧阳娜") << HasName;
    }

    void refuses()
    {
        QFETCH(QString, password);
        QFETCH(QString, userName);
        QFETCH(QString, rule);
        const Status status = PasswordPolicy::check(password, userName);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(rule), qPrintable(status.error()));
    }

    // Every rule has its own message, so the form can say exactly what to change.
    void messagesDiffer()
    {
        const QStringList refused = {
            QStringLiteral("short1"),        QString(129, QLatin1Char('a')) + QLatin1Char('1'),
            QStringLiteral("password"),      QStringLiteral(" Zaochen2024x"),
            QStringLiteral("2024-05-06!!"),  QStringLiteral("Zaochen-is-fine"),
            QStringLiteral("zhangwei2024ok")};
        QSet<QString> messages;
        for (const QString& password : refused) {
            const Status status = PasswordPolicy::check(password, QStringLiteral("zhangwei"));
            QVERIFY2(!status.ok(), qPrintable(password));
            QVERIFY(!status.error().isEmpty());
            messages.insert(status.error());
        }
        QCOMPARE(messages.size(), refused.size());
    }

    void describesTheRulesInOneSentence()
    {
        const QString hint = PasswordPolicy::describe();
        QVERIFY(hint.contains(QStringLiteral("10")));
        QVERIFY(hint.contains(QStringLiteral("128")));
        QVERIFY(hint.contains(QStringLiteral("letter")));
        QVERIFY(hint.contains(QStringLiteral("digit")));
        QVERIFY(hint.contains(QStringLiteral("user name")));
        QVERIFY(hint.contains(QStringLiteral("common")));
        QVERIFY(hint.contains(QStringLiteral("space")));
        QVERIFY(hint.endsWith(QLatin1Char('.')));
        QCOMPARE(hint.count(QLatin1Char('.')), 1);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
