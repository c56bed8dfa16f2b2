#include "json/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ow;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrder()
    {
        JsonWriter out;
        out.beginObject().key(QStringLiteral("z")).value(1).key(QStringLiteral("a")).value(2);
        out.endObject();
        QCOMPARE(out.toUtf8(), QByteArray(R"({"z":1,"a":2})"));
    }

    void nestsArraysAndObjects()
    {
        JsonWriter out;
        out.beginObject().key(QStringLiteral("list")).beginArray();
        out.beginObject().key(QStringLiteral("x")).value(QStringList{}).endObject();
        out.beginObject()
            .key(QStringLiteral("y"))
            .value(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        out.endObject().endArray().key(QStringLiteral("ok")).value(true);
        out.key(QStringLiteral("none")).null().endObject();
        QCOMPARE(out.toUtf8(),
                 QByteArray(R"({"list":[{"x":[]},{"y":["a","b"]}],"ok":true,"none":null})"));
    }

    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("controls") << QStringLiteral("line\nnext\ttab\r\b\f") + QChar(0x01);
        QTest::newRow("chinese") << QStringLiteral("公司（企业）设立登记");
        QTest::newRow("emoji") << QStringLiteral("办事😀");
        QTest::newRow("empty") << QString();
    }

    void escapesText()
    {
        QFETCH(QString, text);
        JsonWriter out;
        out.beginObject().key(QStringLiteral("t")).value(text).endObject();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object().value(QStringLiteral("t")).toString(), text);
    }

    void writesChineseAsUtf8NotEscapes()
    {
        JsonWriter out;
        out.value(QStringLiteral("企业"));
        QCOMPARE(out.toUtf8(), QStringLiteral("\"企业\"").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
