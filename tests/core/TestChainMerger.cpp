#include "chain/ChainMerger.h"

#include <QTest>

using namespace ow;

namespace ow {

// Readable QCOMPARE failures for the merged values.
char* toString(const TimeLimit& limit)
{
    return qstrdup(limit.onTheSpot ? "即办"
                                   : QByteArray::number(limit.workingDays).append(" days").data());
}

char* toString(MaterialForm form)
{
    return qstrdup(GuideJson::formName(form).toUtf8().constData());
}

} // namespace ow

Q_DECLARE_METATYPE(QList<ow::GuideMaterial>)
Q_DECLARE_METATYPE(QList<ow::TimeLimit>)
Q_DECLARE_METATYPE(ow::MaterialForm)
Q_DECLARE_METATYPE(ow::TimeLimit)

namespace {

const MaterialForm Original = MaterialForm::Original;
const MaterialForm Copy = MaterialForm::Copy;
const MaterialForm Electronic = MaterialForm::Electronic;

GuideMaterial asked(const QString& key, MaterialForm form = Original, int copies = 1)
{
    GuideMaterial material;
    material.key = key;
    material.form = form;
    material.copies = copies;
    return material;
}

GuideMaterial conditional(const QString& key, const QString& condition)
{
    GuideMaterial material = asked(key);
    material.required = false;
    material.condition = condition;
    return material;
}

GuideMaterial waivable(GuideMaterial material, bool canWaive = true)
{
    material.waivable = canWaive;
    return material;
}

GuideMaterial noted(GuideMaterial material, const QString& note)
{
    material.note = note;
    return material;
}

Guide guide(const QString& code, const QList<GuideMaterial>& materials,
            TimeLimit promised = TimeLimit{false, 1}, int visits = 1)
{
    Guide result;
    result.itemCode = code;
    result.version = 1;
    result.reviewStatus = QStringLiteral("draft");
    result.materials = materials;
    result.legalLimit = promised;
    result.promisedLimit = promised;
    result.visits = visits;
    return result;
}

QHash<QString, Guide> byCode(const QList<Guide>& guides)
{
    QHash<QString, Guide> hash;
    for (const Guide& g : guides)
        hash.insert(g.itemCode, g);
    return hash;
}

QStringList keysOf(const MergedChain& chain)
{
    QStringList keys;
    for (const MergedMaterial& material : chain.materials)
        keys.append(material.key);
    return keys;
}

// Item codes E001, E002 … for the i-th item of a hand-built chain.
QString itemCode(int i)
{
    return QStringLiteral("E%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

const QString IdCard = QStringLiteral("id_card");

} // namespace

class TestChainMerger : public QObject
{
    Q_OBJECT

private slots:
    // One key asked for by several items (the i-th material by the i-th item): merged into one.
    void sameKeyIsAskedOnce_data()
    {
        QTest::addColumn<QList<GuideMaterial>>("asks");
        QTest::addColumn<MaterialForm>("form");
        QTest::addColumn<int>("copies");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<bool>("canWaive");
        QTest::addColumn<QStringList>("notes");

        const QString agent = QStringLiteral("委托代理人办理的");
        const QString foreign = QStringLiteral("申请人为外籍人员的");
        const QString returned = QStringLiteral("核验后退还");
        const QString signs = QStringLiteral("本人签字");

        QTest::newRow("copy + original -> original")
            << QList{asked(IdCard, Copy), asked(IdCard, Original)} << Original << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("original + copy -> original")
            << QList{asked(IdCard, Original), asked(IdCard, Copy)} << Original << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("electronic + copy -> copy")
            << QList{asked(IdCard, Electronic), asked(IdCard, Copy)} << Copy << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("copy + electronic -> copy")
            << QList{asked(IdCard, Copy), asked(IdCard, Electronic)} << Copy << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("electronic twice -> electronic")
            << QList{asked(IdCard, Electronic), asked(IdCard, Electronic)} << Electronic << 1
            << true << QStringList() << false << QStringList();
        QTest::newRow("copies 1 and 3 -> 3")
            << QList{asked(IdCard, Copy, 1), asked(IdCard, Copy, 3)} << Copy << 3 << true
            << QStringList() << false << QStringList();
        QTest::newRow("copies 3 and 1 -> 3")
            << QList{asked(IdCard, Copy, 3), asked(IdCard, Copy, 1)} << Copy << 3 << true
            << QStringList() << false << QStringList();
        QTest::newRow("conditional then required -> required")
            << QList{conditional(IdCard, agent), asked(IdCard)} << Original << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("required then conditional -> required")
            << QList{asked(IdCard), conditional(IdCard, agent)} << Original << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("two conditions kept")
            << QList{conditional(IdCard, agent), conditional(IdCard, foreign)} << Original << 1
            << false << QStringList{agent, foreign} << false << QStringList();
        QTest::newRow("the same condition once")
            << QList{conditional(IdCard, agent), conditional(IdCard, agent)} << Original << 1
            << false << QStringList{agent} << false << QStringList();
        QTest::newRow("all allow waiving -> waivable")
            << QList{waivable(asked(IdCard)), waivable(asked(IdCard)), waivable(asked(IdCard))}
            << Original << 1 << true << QStringList() << true << QStringList();
        QTest::newRow("one refuses waiving -> not waivable")
            << QList{waivable(asked(IdCard)), waivable(asked(IdCard), false),
                     waivable(asked(IdCard))}
            << Original << 1 << true << QStringList() << false << QStringList();
        QTest::newRow("first refuses waiving -> not waivable")
            << QList{asked(IdCard), waivable(asked(IdCard))} << Original << 1 << true
            << QStringList() << false << QStringList();
        QTest::newRow("distinct non-empty notes")
            << QList{noted(asked(IdCard), returned), asked(IdCard), noted(asked(IdCard), returned),
                     noted(asked(IdCard), signs)}
            << Original << 1 << true << QStringList() << false << QStringList{returned, signs};
    }

    void sameKeyIsAskedOnce()
    {
        QFETCH(const QList<GuideMaterial>, asks);
        QList<Guide> guides;
        QStringList codes;
        for (int i = 0; i < asks.size(); ++i) {
            codes.append(itemCode(i));
            guides.append(guide(codes.last(), {asks.at(i)}));
        }
        const MergedChain chain = ChainMerger::merge(codes, byCode(guides), {});
        QCOMPARE(chain.itemCodes, codes);
        QCOMPARE(chain.materialsBeforeMerge, int(asks.size()));
        QCOMPARE(chain.materials.size(), 1);
        const MergedMaterial& merged = chain.materials.first();
        QCOMPARE(merged.key, IdCard);
        QTEST(merged.form, "form");
        QTEST(merged.copies, "copies");
        QTEST(merged.required, "required");
        QTEST(merged.conditions, "conditions");
        QTEST(merged.waivable, "canWaive");
        QTEST(merged.notes, "notes");
        QCOMPARE(merged.itemCodes, codes);
    }

    void stricterForm_data()
    {
        QTest::addColumn<MaterialForm>("a");
        QTest::addColumn<MaterialForm>("b");
        QTest::addColumn<MaterialForm>("stricter");
        const QList<MaterialForm> forms{Original, Copy, Electronic}; // strictest first
        for (int i = 0; i < forms.size(); ++i)
            for (int j = 0; j < forms.size(); ++j)
                QTest::addRow("%d-%d", i, j)
                    << forms.at(i) << forms.at(j) << forms.at(std::min(i, j));
    }

    void stricterForm()
    {
        QFETCH(MaterialForm, a);
        QFETCH(MaterialForm, b);
        QTEST(ChainMerger::stricter(a, b), "stricter");
    }

    void materialsInOrderOfFirstAppearance_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("itemsOfA");
        QTest::newRow("E001 first") << QStringList{QStringLiteral("E001"), QStringLiteral("E002")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                   QStringLiteral("c"), QStringLiteral("d")}
                                    << QStringList{QStringLiteral("E001"), QStringLiteral("E002")};
        QTest::newRow("E002 first") << QStringList{QStringLiteral("E002"), QStringLiteral("E001")}
                                    << QStringList{QStringLiteral("c"), QStringLiteral("a"),
                                                   QStringLiteral("d"), QStringLiteral("b")}
                                    << QStringList{QStringLiteral("E002"), QStringLiteral("E001")};
    }

    void materialsInOrderOfFirstAppearance()
    {
        QFETCH(QStringList, codes);
        const auto guides = byCode(
            {guide(QStringLiteral("E001"),
                   {asked(QStringLiteral("a")), asked(QStringLiteral("b"))}),
             guide(QStringLiteral("E002"), {asked(QStringLiteral("c")), asked(QStringLiteral("a")),
                                            asked(QStringLiteral("d"))})});
        const MergedChain chain = ChainMerger::merge(codes, guides, {});
        QTEST(keysOf(chain), "keys");
        QCOMPARE(chain.materialsBeforeMerge, 5);
        QTEST(chain.materials.at(keysOf(chain).indexOf(QStringLiteral("a"))).itemCodes, "itemsOfA");
    }

    // An item without a guide is named, and nothing is guessed for it.
    void itemWithoutGuideIsListedNotInvented()
    {
        const auto guides =
            byCode({guide(QStringLiteral("E002"), {asked(IdCard)}, TimeLimit{false, 3}, 1)});
        const MergedChain chain = ChainMerger::merge(
            {QStringLiteral("E050"), QStringLiteral("E002"), QStringLiteral("X999")}, guides, {});
        QCOMPARE(chain.itemCodes, (QStringList{QStringLiteral("E050"), QStringLiteral("E002"),
                                               QStringLiteral("X999")}));
        QCOMPARE(chain.itemsWithoutGuide,
                 (QStringList{QStringLiteral("E050"), QStringLiteral("X999")}));
        QCOMPARE(keysOf(chain), QStringList{IdCard});
        QCOMPARE(chain.materials.first().itemCodes, QStringList{QStringLiteral("E002")});
        QCOMPARE(chain.materialsBeforeMerge, 1);
        QCOMPARE(chain.longestPromisedLimit, (TimeLimit{false, 3}));
        QCOMPARE(chain.visits, 1);
    }

    void onlyItemsWithoutGuide()
    {
        const MergedChain chain =
            ChainMerger::merge({QStringLiteral("E050"), QStringLiteral("E051")}, {}, {});
        QCOMPARE(chain.itemsWithoutGuide, chain.itemCodes);
        QCOMPARE(chain.itemCodes.size(), 2);
        QVERIFY(chain.materials.isEmpty());
        QCOMPARE(chain.materialsBeforeMerge, 0);
        QVERIFY(!chain.longestPromisedLimit.isValid());
        QCOMPARE(chain.visits, 0);
    }

    void duplicateItemCodesAreIgnored()
    {
        const auto guides =
            byCode({guide(QStringLiteral("E001"), {asked(IdCard), asked(QStringLiteral("a"))}),
                    guide(QStringLiteral("E002"), {asked(IdCard)})});
        const MergedChain chain = ChainMerger::merge(
            {QStringLiteral("E001"), QStringLiteral("E002"), QStringLiteral("E001"),
             QStringLiteral("E002"), QStringLiteral("E050"), QStringLiteral("E050")},
            guides, {});
        QCOMPARE(chain.itemCodes, (QStringList{QStringLiteral("E001"), QStringLiteral("E002"),
                                               QStringLiteral("E050")}));
        QCOMPARE(chain.itemsWithoutGuide, QStringList{QStringLiteral("E050")});
        QCOMPARE(chain.materialsBeforeMerge, 3);
        QCOMPARE(keysOf(chain), (QStringList{IdCard, QStringLiteral("a")}));
        QCOMPARE(chain.materials.first().itemCodes,
                 (QStringList{QStringLiteral("E001"), QStringLiteral("E002")}));
    }

    void subItemFallsBackToItsItem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("withoutGuide");
        QTest::newRow("own guide")
            << QStringLiteral("E001.2") << QStringList{QStringLiteral("own")} << false;
        QTest::newRow("item's guide")
            << QStringLiteral("E001.1") << QStringList{QStringLiteral("item")} << false;
        QTest::newRow("the item itself")
            << QStringLiteral("E001") << QStringList{QStringLiteral("item")} << false;
        QTest::newRow("neither") << QStringLiteral("E050.1") << QStringList() << true;
        QTest::newRow("not a sub-item of E001") << QStringLiteral("E0011") << QStringList() << true;
    }

    void subItemFallsBackToItsItem()
    {
        QFETCH(QString, code);
        QFETCH(bool, withoutGuide);
        const auto guides =
            byCode({guide(QStringLiteral("E001"), {asked(QStringLiteral("item"))}),
                    guide(QStringLiteral("E001.2"), {asked(QStringLiteral("own"))})});
        const MergedChain chain = ChainMerger::merge({code}, guides, {});
        QCOMPARE(chain.itemCodes, QStringList{code});
        QTEST(keysOf(chain), "keys");
        QCOMPARE(chain.itemsWithoutGuide, withoutGuide ? QStringList{code} : QStringList());
        if (!withoutGuide)
            QCOMPARE(chain.materials.first().itemCodes, QStringList{code});
    }

    void longestPromisedLimitAndVisits_data()
    {
        QTest::addColumn<QList<TimeLimit>>("limits");
        QTest::addColumn<QList<int>>("visits");
        QTest::addColumn<TimeLimit>("longest");
        QTest::addColumn<int>("chainVisits");
        const TimeLimit spot{true, 0};
        const auto days = [](int n) { return TimeLimit{false, n}; };
        QTest::newRow("即办 + 5 days -> 5") << QList{spot, days(5)} << QList{1, 1} << days(5) << 1;
        QTest::newRow("5 days + 即办 -> 5") << QList{days(5), spot} << QList{0, 1} << days(5) << 1;
        QTest::newRow("all 即办 -> 即办") << QList{spot, spot} << QList{0, 0} << spot << 0;
        QTest::newRow("3, 42, 10 -> 42")
            << QList{days(3), days(42), days(10)} << QList{1, 2, 1} << days(42) << 2;
        QTest::newRow("one item") << QList{days(20)} << QList{2} << days(20) << 2;
    }

    void longestPromisedLimitAndVisits()
    {
        QFETCH(QList<TimeLimit>, limits);
        QFETCH(QList<int>, visits);
        QList<Guide> guides;
        QStringList codes;
        for (int i = 0; i < limits.size(); ++i) {
            codes.append(itemCode(i));
            guides.append(guide(codes.last(), {asked(IdCard)}, limits.at(i), visits.at(i)));
        }
        const MergedChain chain = ChainMerger::merge(codes, byCode(guides), {});
        QTEST(chain.longestPromisedLimit, "longest");
        QTEST(chain.visits, "chainVisits");
    }

    void emptyChain()
    {
        const auto guides = byCode({guide(QStringLiteral("E001"), {asked(IdCard)})});
        const MergedChain chain = ChainMerger::merge({}, guides, {});
        QVERIFY(chain.itemCodes.isEmpty());
        QVERIFY(chain.itemsWithoutGuide.isEmpty());
        QVERIFY(chain.materials.isEmpty());
        QCOMPARE(chain.materialsBeforeMerge, 0);
        QVERIFY(!chain.longestPromisedLimit.isValid());
        QCOMPARE(chain.visits, 0);
        QCOMPARE(chain, MergedChain());
    }

    void namesAndReplacementsFromTheDictionary()
    {
        GuideJson::Dictionary dictionary;
        dictionary.insert(IdCard,
                          MaterialDefinition{IdCard, QStringLiteral("居民身份证"), QString(),
                                             MaterialDefinition::Replacement::ELicence});
        dictionary.insert(QStringLiteral("register"),
                          MaterialDefinition{QStringLiteral("register"), QStringLiteral("户口簿"),
                                             QString(),
                                             MaterialDefinition::Replacement::SharedData});
        dictionary.insert(QStringLiteral("form"),
                          MaterialDefinition{QStringLiteral("form"), QStringLiteral("申请表"),
                                             QString(), MaterialDefinition::Replacement::None});
        const auto guides =
            byCode({guide(QStringLiteral("P001"),
                          {asked(IdCard), asked(QStringLiteral("register")),
                           asked(QStringLiteral("form")), asked(QStringLiteral("odd"))})});
        const MergedChain chain = ChainMerger::merge({QStringLiteral("P001")}, guides, dictionary);
        QCOMPARE(chain.materials.size(), 4);
        QCOMPARE(chain.materials.at(0).name, QStringLiteral("居民身份证"));
        QCOMPARE(chain.materials.at(0).replaceableBy, MaterialDefinition::Replacement::ELicence);
        QCOMPARE(chain.materials.at(1).name, QStringLiteral("户口簿"));
        QCOMPARE(chain.materials.at(1).replaceableBy, MaterialDefinition::Replacement::SharedData);
        QCOMPARE(chain.materials.at(2).name, QStringLiteral("申请表"));
        QCOMPARE(chain.materials.at(2).replaceableBy, MaterialDefinition::Replacement::None);
        // Not in the dictionary (stored guides are checked against it, so only by hand): the key.
        QCOMPARE(chain.materials.at(3).name, QStringLiteral("odd"));
        QCOMPARE(chain.materials.at(3).replaceableBy, MaterialDefinition::Replacement::None);
    }

    void sceneItems_data()
    {
        QTest::addColumn<QString>("scene");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("E1.1") << QStringLiteral("E1.1")
                              << QStringList{QStringLiteral("E001"), QStringLiteral("E002")};
        QTest::newRow("E1.2") << QStringLiteral("E1.2") << QStringList{QStringLiteral("E003")};
        QTest::newRow("P11.2") << QStringLiteral("P11.2")
                               << QStringList{QStringLiteral("P112"), QStringLiteral("P113"),
                                              QStringLiteral("P114")};
        QTest::newRow("unknown scene") << QStringLiteral("P11.3") << QStringList();
        QTest::newRow("a stage is not a scene") << QStringLiteral("E1") << QStringList();
        QTest::newRow("an item is not a scene") << QStringLiteral("E001") << QStringList();
    }

    void sceneItems()
    {
        const auto item = [](const char* code) {
            Item result;
            result.code = QString::fromLatin1(code);
            return result;
        };
        Stage e1{QStringLiteral("E1"), 1, QStringLiteral("企业开办"), {}};
        e1.scenes = {
            Scene{QStringLiteral("E1.1"),
                  QStringLiteral("1.1"),
                  QString(),
                  {item("E001"), item("E002")}},
            Scene{QStringLiteral("E1.2"), QStringLiteral("1.2"), QString(), {item("E003")}}};
        Stage p11{QStringLiteral("P11"), 11, QStringLiteral("身后"), {}};
        p11.scenes = {
            Scene{QStringLiteral("P11.1"), QStringLiteral("11.1"), QString(), {item("P108")}},
            Scene{QStringLiteral("P11.2"),
                  QStringLiteral("11.2"),
                  QString(),
                  {item("P112"), item("P113"), item("P114")}}};
        const Catalog catalog({Lifecycle{QStringLiteral("E"), QString(), {e1}},
                               Lifecycle{QStringLiteral("P"), QString(), {p11}}});
        QFETCH(QString, scene);
        QTEST(ChainMerger::sceneItems(catalog, scene), "items");
    }
};

QTEST_GUILESS_MAIN(TestChainMerger)
#include "TestChainMerger.moc"
