#include "cases/IntakeDraft.h"

#include <QTest>

using namespace ow;

namespace {

const QDate Today(2026, 11, 30);

Guide guide(const QString& item, const QList<GuideMaterial>& materials)
{
    Guide g;
    g.itemCode = item;
    g.version = 2;
    g.materials = materials;
    g.promisedLimit.workingDays = 5;
    g.legalLimit.workingDays = 20;
    return g;
}

GuideMaterial material(const QString& key, MaterialForm form = MaterialForm::Original,
                       bool required = true)
{
    GuideMaterial m;
    m.key = key;
    m.form = form;
    m.required = required;
    m.condition = required ? QString() : QStringLiteral("委托代理人办理的");
    return m;
}

IntakeDraft personDraft()
{
    IntakeDraft draft;
    draft.applicant.kind = Applicant::Kind::Person;
    draft.applicant.name = QStringLiteral(" 张三 ");
    draft.applicant.identifier = QStringLiteral("11010519491231002x");
    draft.applicant.phone = QStringLiteral("138 1234 5678");
    draft.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    return draft;
}

QStringList fields(const QList<IntakeDraft::Problem>& problems)
{
    QStringList result;
    for (const IntakeDraft::Problem& problem : problems)
        result.append(problem.field);
    return result;
}

} // namespace

class TestIntakeDraft : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Guide> m_guides{
        {QStringLiteral("P001"),
         guide(QStringLiteral("P001"), {material(QStringLiteral("id_card")),
                                        material(QStringLiteral("birth_medical_certificate"))})},
        {QStringLiteral("P002"),
         guide(QStringLiteral("P002"),
               {material(QStringLiteral("id_card"), MaterialForm::Copy),
                material(QStringLiteral("household_register")),
                material(QStringLiteral("authorization_letter"), MaterialForm::Original, false)})},
    };
    GuideJson::Dictionary m_dictionary{
        {QStringLiteral("id_card"),
         {QStringLiteral("id_card"), QStringLiteral("居民身份证"), {}, {}}},
    };

private slots:
    void validPersonIsNormalised()
    {
        IntakeDraft draft = personDraft();
        const QList<IntakeDraft::Problem> problems = draft.check(Today);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(draft.applicant.name, QStringLiteral("张三"));
        QCOMPARE(draft.applicant.identifier, QStringLiteral("11010519491231002X"));
        QCOMPARE(draft.applicant.phone, QStringLiteral("13812345678"));
        QCOMPARE(draft.applicant.birthDate, QDate(1949, 12, 31));
        QCOMPARE(draft.ageOn(Today), 76);
        QVERIFY(draft.greenChannel(Today)); // 76: elderly
    }

    void everyBadFieldIsNamed()
    {
        IntakeDraft draft;
        draft.applicant.identifier = QStringLiteral("110105194912310021");
        draft.applicant.phone = QStringLiteral("12345");
        draft.agent = Agent{QString(), QStringLiteral("123"), QString(), QString()};
        const QList<IntakeDraft::Problem> problems = draft.check(Today);
        const QStringList named = fields(problems);
        for (const char* field : {"applicant.name", "applicant.identifier", "applicant.phone",
                                  "agent.name", "agent.idNumber", "agent.authorization", "items"})
            QVERIFY2(named.contains(QLatin1String(field)), field);
        QVERIFY(IntakeDraft::blocks(problems));
    }

    void agentIsNotTheApplicant()
    {
        IntakeDraft draft = personDraft();
        draft.agent = Agent{QStringLiteral("李四"), QStringLiteral("11010519491231002X"), QString(),
                            QStringLiteral("授权委托书")};
        QVERIFY(fields(draft.check(Today)).contains(QStringLiteral("agent.idNumber")));
    }

    void enterpriseCheckCharacterOnlyWarns()
    {
        IntakeDraft draft;
        draft.applicant.kind = Applicant::Kind::Enterprise;
        draft.applicant.name = QStringLiteral("薛城某某有限公司");
        draft.applicant.identifier =
            QStringLiteral("91350100M000100Y44"); // check character should be 3
        draft.applicant.legalRepresentative = QStringLiteral("王五");
        draft.applicant.phone = QStringLiteral("0632-1234567");
        draft.itemCodes = {QStringLiteral("E001")};
        const QList<IntakeDraft::Problem> problems = draft.check(Today);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().blocking);
        QVERIFY(!IntakeDraft::blocks(problems));
        QVERIFY(!draft.greenChannel(Today));
    }

    void checklistMergesAndKeepsTicks()
    {
        IntakeDraft draft = personDraft();
        draft.itemCodes = {QStringLiteral("P001")};
        draft.mergeChecklist(m_guides, m_dictionary);
        QCOMPARE(draft.materials.size(), 2);
        draft.materials[0].state = CaseMaterial::State::Received;
        draft.materials[0].pages = 2;
        draft.itemCodes.append(QStringLiteral("P002"));
        draft.mergeChecklist(m_guides, m_dictionary);
        QCOMPARE(draft.materials.size(), 4); // id_card once
        QCOMPARE(draft.materials[0].key, QStringLiteral("id_card"));
        QCOMPARE(draft.materials[0].name, QStringLiteral("居民身份证"));
        QCOMPARE(draft.materials[0].state, CaseMaterial::State::Received); // kept
        QCOMPARE(draft.materials[0].pages, 2);
        QCOMPARE(draft.materials[0].form, MaterialForm::Original); // strictest
        QCOMPARE(draft.materials[0].itemCodes,
                 (QStringList{QStringLiteral("P001"), QStringLiteral("P002")}));
        draft.itemCodes.append(QStringLiteral("P999"));
        draft.mergeChecklist(m_guides, m_dictionary);
        QCOMPARE(draft.itemsWithoutGuide, QStringList{QStringLiteral("P999")});
    }

    void decisionsNeedTheirConditions()
    {
        IntakeDraft draft = personDraft();
        draft.mergeChecklist(m_guides, m_dictionary);
        using D = IntakeDraft::Decision;
        QVERIFY(!draft.canDecide(D::Accept, {}).ok()); // everything missing
        QVERIFY(draft.canDecide(D::Supplement, {}).ok());
        QVERIFY(!draft.canDecide(D::Refuse, QStringLiteral("  ")).ok());
        QVERIFY(draft.canDecide(D::Refuse, QStringLiteral("不属于本机关职权范围")).ok());
        for (CaseMaterial& m : draft.materials) {
            if (m.required)
                m.state = m.key == QLatin1String("household_register")
                              ? CaseMaterial::State::Waived
                              : CaseMaterial::State::Received;
        }
        QVERIFY(draft.canDecide(D::Accept, {}).ok()); // the conditional one may stay missing
        QVERIFY(!draft.canDecide(D::Supplement, {}).ok());
    }

    void toCaseCarriesEverythingAndStartsReceived()
    {
        IntakeDraft draft = personDraft();
        QVERIFY(draft.check(Today).isEmpty());
        draft.mergeChecklist(m_guides, m_dictionary);
        const QDateTime now(Today, QTime(9, 30), Qt::UTC);
        const Case c =
            draft.toCase(QStringLiteral("XC01"), 3, QStringLiteral("clerk"), now, m_guides);
        QCOMPARE(c.status(), CaseStatus::Received);
        QCOMPARE(c.events.size(), 1);
        QCOMPARE(c.guideVersions, QStringLiteral("P001:2 P002:2"));
        QCOMPARE(c.materials.size(), 4);
        QVERIFY(c.greenChannel);
        QCOMPARE(c.applicant.identifier, QStringLiteral("11010519491231002X"));
        QCOMPARE(c.missingMaterials().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIntakeDraft)
#include "TestIntakeDraft.moc"
