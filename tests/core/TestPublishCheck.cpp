#include "TestPaths.h"
#include "catalog/CatalogJson.h"
#include "catalog/PublishCheck.h"
#include "guide/GuideDiff.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace ow;

namespace {

Catalog realCatalog()
{
    QFile file(test::sourcePath(QStringLiteral("db/seed/catalog.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed catalog");
    return CatalogJson::read(file.readAll(), QStringLiteral("catalog.json")).value();
}

GuideJson::Dictionary dictionary()
{
    return {{QStringLiteral("licence"),
             MaterialDefinition{QStringLiteral("licence"), QStringLiteral("营业执照"), {}, {}}},
            {QStringLiteral("id_card"),
             MaterialDefinition{QStringLiteral("id_card"), QStringLiteral("身份证"), {}, {}}}};
}

Guide guide(const char* code, int legal, int promised)
{
    Guide g;
    g.itemCode = QString::fromLatin1(code);
    g.version = 1;
    g.effectiveDate = QDate(2026, 1, 1);
    g.reviewStatus = QStringLiteral("draft");
    g.legalLimit = legal == 0 ? TimeLimit{true, 0} : TimeLimit{false, legal};
    g.promisedLimit = promised == 0 ? TimeLimit{true, 0} : TimeLimit{false, promised};
    GuideMaterial material;
    material.key = QStringLiteral("licence");
    g.materials = {material};
    g.hours = QStringLiteral("法定工作日 9:00—17:00");
    g.enquiryPhone = QStringLiteral("12345");
    g.complaintPhone = QStringLiteral("0632-3312345");
    g.steps = {{QStringLiteral("受理"), QStringLiteral("窗口受理")}};
    return g;
}

// The catalog without one item (renumbering the rest of its scene is not needed for the check).
Catalog without(const Catalog& catalog, const QString& code)
{
    QList<Lifecycle> lifecycles = catalog.lifecycles();
    for (Lifecycle& lifecycle : lifecycles)
        for (Stage& stage : lifecycle.stages)
            for (Scene& scene : stage.scenes)
                scene.items.removeIf([&](const Item& item) { return item.code == code; });
    return Catalog(lifecycles);
}

} // namespace

class TestPublishCheck : public QObject
{
    Q_OBJECT

private slots:
    void aSoundDraftHasNoProblem()
    {
        const QHash<QString, Guide> guides = {{QStringLiteral("E001"), guide("E001", 20, 5)},
                                              {QStringLiteral("E007"), guide("E007", 0, 0)}};
        QCOMPARE(PublishCheck::problems(realCatalog(), guides, dictionary(), std::nullopt),
                 QStringList());
    }

    void eachProblemIsNamed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("legal");
        QTest::addColumn<int>("promised");
        QTest::addColumn<QString>("materialKey");
        QTest::addColumn<QString>("expected");
        QTest::newRow("promise longer than the law")
            << "E001" << 5 << 8 << "licence"
            << "E001 promises 8 working days, more than the legal 5";
        QTest::newRow("days for an on-the-spot item") << "E001" << 0 << 3 << "licence"
                                                      << "the law wants decided on the spot";
        QTest::newRow("unknown material")
            << "E001" << 20 << 5 << "no_such_key"
            << "E001: material key no_such_key is not in the materials dictionary";
        QTest::newRow("no such item") << "E999" << 20 << 5 << "licence"
                                      << "The guide of E999 names no item";
        QTest::newRow("no time limit")
            << "E001" << -1 << 5 << "licence"
            << "The guide of E001: the legal time limit must be a whole number";
    }

    void eachProblemIsNamed()
    {
        QFETCH(QString, code);
        QFETCH(int, legal);
        QFETCH(int, promised);
        QFETCH(QString, materialKey);
        QFETCH(QString, expected);
        Guide g = guide(qPrintable(code), legal, promised);
        if (legal < 0)
            g.legalLimit = TimeLimit{false, 0};
        g.materials[0].key = materialKey;
        const QStringList problems =
            PublishCheck::problems(realCatalog(), {{code, g}}, dictionary(), std::nullopt);
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    }

    // The guide fields edited on the administrator screen: each bad value is one sentence that
    // names the item (and the phone), so nothing unreadable reaches the counters or the paper.
    void hoursPhonesStepsAndZeroDaysAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no hours") << "hours"
                                  << ""
                                  << "The guide of E001 has no opening hours";
        QTest::newRow("no enquiry phone") << "enquiry"
                                          << " "
                                          << "E001 has no enquiry phone";
        QTest::newRow("service number") << "complaint"
                                        << "110"
                                        << "the complaint phone (监督电话) \"110\" is not valid";
        QTest::newRow("letters") << "enquiry"
                                 << "call us"
                                 << "the enquiry phone (咨询电话) \"call us\" is not valid";
        QTest::newRow("step without description")
            << "step"
            << ""
            << "The guide of E001: step 1 needs a name and a description";
        QTest::newRow("zero working days promised")
            << "promised"
            << "0"
            << "the promised time limit must be a whole number";
    }

    void hoursPhonesStepsAndZeroDaysAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Guide g = guide("E001", 20, 5);
        if (field == QLatin1String("hours"))
            g.hours = value;
        else if (field == QLatin1String("enquiry"))
            g.enquiryPhone = value;
        else if (field == QLatin1String("complaint"))
            g.complaintPhone = value;
        else if (field == QLatin1String("step"))
            g.steps[0].description = value;
        else
            g.promisedLimit = TimeLimit{false, value.toInt()};
        const QStringList problems = PublishCheck::problems(
            realCatalog(), {{QStringLiteral("E001"), g}}, dictionary(), std::nullopt);
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
        // A mobile, a landline with an extension and a 123xx hotline are all fine.
        for (const char* good : {"13812345678", "0632-3312345转801", "12315"}) {
            Guide fine = guide("E001", 20, 5);
            fine.enquiryPhone = QString::fromUtf8(good);
            const QStringList none = PublishCheck::problems(
                realCatalog(), {{QStringLiteral("E001"), fine}}, dictionary(), std::nullopt);
            QVERIFY2(none.isEmpty(), qPrintable(none.join(u'\n')));
        }
    }

    void nothingIsLostAgainstThePublishedVersion()
    {
        const Catalog before = realCatalog();
        const PublishCheck::Previous previous{before, {QStringLiteral("E007")}};
        // E007 keeps its item but its guide is gone; E002 leaves its scene (一件事 E1.1).
        const QStringList problems = PublishCheck::problems(without(before, QStringLiteral("E002")),
                                                            {}, dictionary(), previous);
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("E007 had a guide in the published version")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Item E002")) && all.contains(QStringLiteral("E1.1")),
                 qPrintable(all));
        // The same catalog with the guide kept: nothing to say.
        QCOMPARE(PublishCheck::problems(before, {{QStringLiteral("E007"), guide("E007", 0, 0)}},
                                        dictionary(), previous),
                 QStringList());
    }

    void aDiffShowsExactlyWhatChanged()
    {
        const Guide left = guide("E001", 20, 10);
        Guide right = left;
        right.version = 2;
        right.promisedLimit = TimeLimit{false, 5};
        GuideMaterial idCard;
        idCard.key = QStringLiteral("id_card");
        idCard.form = MaterialForm::Copy;
        right.materials.append(idCard);
        const QList<GuideDiff::Row> rows = GuideDiff::compare(left, right, dictionary());
        QStringList changed;
        for (const GuideDiff::Row& row : rows)
            if (row.changed())
                changed.append(row.field);
        QCOMPARE(changed,
                 (QStringList{QStringLiteral("Version"), QStringLiteral("Promised time limit"),
                              QStringLiteral("Material 2")}));
        QCOMPARE(GuideDiff::changedCount(rows), 3);
        const auto found = std::find_if(rows.cbegin(), rows.cend(), [](const GuideDiff::Row& row) {
            return row.field == QStringLiteral("Material 2");
        });
        QVERIFY(found != rows.cend());
        const GuideDiff::Row& material = *found;
        QVERIFY(material.left.isEmpty());
        QVERIFY2(material.right.contains(QStringLiteral("身份证")), qPrintable(material.right));
    }
};

QTEST_GUILESS_MAIN(TestPublishCheck)
#include "TestPublishCheck.moc"
