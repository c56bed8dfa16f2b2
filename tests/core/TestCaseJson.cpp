// The case JSON shape (docs/case-json.md): what is written, that everything written is read back
// equal, and that every kind of broken document is refused with the JSON path of the first
// problem and a reason.
#include "TestPaths.h"
#include "cases/CaseJson.h"
#include "validation/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ow;

namespace {

QString residentId(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

const QString ApplicantId = residentId(QStringLiteral("37040219850312123"));
const QString AgentId = residentId(QStringLiteral("37040319900101456"));
const QString CreditCodeText = QStringLiteral("91350100M000100Y43");

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

CaseMaterial material(const QString& key, CaseMaterial::State state)
{
    CaseMaterial m;
    m.key = key;
    m.name =
        key == QLatin1String("id_card") ? QStringLiteral("居民身份证") : QStringLiteral("户口簿");
    m.form = MaterialForm::Copy;
    m.copies = 2;
    m.required = true;
    m.conditions = {QStringLiteral("本人办理时")};
    m.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    m.state = state;
    m.pages = state == CaseMaterial::State::Received ? 3 : 0;
    if (state == CaseMaterial::State::Received)
        m.scans = {QString(64, u'a'), QString(64, u'0')};
    m.note = QStringLiteral("复印件需本人签字");
    return m;
}

// Accepted, with an agent, then under review: every field set.
Case acceptedCase()
{
    Case c;
    c.id = QStringLiteral("3f2a6857-1632-4770-8614-b9c0d1e2f3a4");
    c.number = QStringLiteral("XC01-03-20261130-0007");
    c.centerCode = QStringLiteral("XC01");
    c.window = 3;
    c.clerk = QStringLiteral("clerk.li");
    c.receivedAt = utc(30, 1, 15);
    c.applicant.name = QStringLiteral("张三");
    c.applicant.identifier = ApplicantId;
    c.applicant.phone = QStringLiteral("13812345678");
    c.applicant.address = QStringLiteral("枣庄市薛城区泰山南路1号");
    c.applicant.birthDate = QDate(1985, 3, 12);
    c.applicant.disabled = true;
    c.applicant.disabilityCertificate = QStringLiteral("37040219850312123X42");
    c.agent = Agent{QStringLiteral("李四"), AgentId, QStringLiteral("0632-1234567"),
                    QStringLiteral("授权委托书")};
    c.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    c.sceneCode = QStringLiteral("P1.1");
    c.guideVersions = QStringLiteral("P001:1 P002:1");
    c.greenChannel = true;
    c.materials = {material(QStringLiteral("id_card"), CaseMaterial::State::Received),
                   material(QStringLiteral("household_register"), CaseMaterial::State::Waived)};
    c.events = {
        CaseEvent{CaseStatus::Received, utc(30, 1, 15), c.clerk, {}},
        CaseEvent{CaseStatus::Accepted, utc(30, 1, 20), c.clerk, QStringLiteral("材料齐全")},
        CaseEvent{CaseStatus::UnderReview, utc(30, 6), QStringLiteral("boss"), {}}};
    c.acceptedOn = QDate(2026, 11, 30);
    c.dueDate = QDate(2026, 12, 7);
    c.dueProvisional = false;
    c.calendarVersion = QStringLiteral("2026.1");
    c.decisionNote = QStringLiteral("材料齐全");
    return c;
}

// An enterprise refused at the counter, without an agent.
Case refusedCase()
{
    Case c;
    c.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e01");
    c.number = QStringLiteral("XC01-05-20261130-0001");
    c.centerCode = QStringLiteral("XC01");
    c.window = 5;
    c.clerk = QStringLiteral("clerk.wang");
    c.receivedAt = utc(30, 2);
    c.applicant.kind = Applicant::Kind::Enterprise;
    c.applicant.name = QStringLiteral("薛城区某某商贸有限公司");
    c.applicant.identifier = CreditCodeText;
    c.applicant.legalRepresentative = QStringLiteral("王五");
    c.applicant.contactName = QStringLiteral("赵六");
    c.itemCodes = {QStringLiteral("E001")};
    c.materials = {material(QStringLiteral("id_card"), CaseMaterial::State::Missing)};
    c.events = {
        CaseEvent{CaseStatus::Received, utc(30, 2), c.clerk, {}},
        CaseEvent{CaseStatus::Refused, utc(30, 2, 10), c.clerk, QStringLiteral("不属于本中心")},
        CaseEvent{CaseStatus::Archived, utc(30, 9), c.clerk, {}}};
    c.decisionNote = QStringLiteral("不属于本中心受理范围");
    return c;
}

QJsonObject documentOf(const QList<Case>& cases)
{
    return QJsonDocument::fromJson(CaseJson::write(cases)).object();
}

// Sets (or, with an undefined value, removes) the value at a path of object keys and array
// indexes in a JSON document.
QJsonValue changed(const QJsonValue& node, const QVariantList& path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.first();
    const QVariantList rest = path.mid(1);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        if (rest.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = changed(array.at(index), rest, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = step.toString();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = changed(object.value(key), rest, value);
    return object;
}

QByteArray bytesOf(const QJsonValue& value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

const QJsonValue Removed = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestCaseJson : public QObject
{
    Q_OBJECT

private slots:
    void writesTheDocumentedShape()
    {
        const QJsonObject document = documentOf({acceptedCase()});
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("onewindow-case"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject c = document.value(QStringLiteral("cases")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("number")).toString(),
                 QStringLiteral("XC01-03-20261130-0007"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("under_review"));
        QCOMPARE(c.value(QStringLiteral("received_at")).toString(),
                 QStringLiteral("2026-11-30T01:15:00.000Z"));
        // A personal-data export: identifiers and phones in full, so they can be loaded again.
        const QJsonObject applicant = c.value(QStringLiteral("applicant")).toObject();
        QCOMPARE(applicant.value(QStringLiteral("identifier")).toString(), ApplicantId);
        QCOMPARE(applicant.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("13812345678"));
        QCOMPARE(applicant.value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("1985-03-12"));
        QCOMPARE(c.value(QStringLiteral("agent"))
                     .toObject()
                     .value(QStringLiteral("id_number"))
                     .toString(),
                 AgentId);
        const QJsonObject m = c.value(QStringLiteral("materials")).toArray().at(0).toObject();
        QCOMPARE(m.value(QStringLiteral("form")).toString(), QStringLiteral("复印件"));
        QCOMPARE(m.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QCOMPARE(m.value(QStringLiteral("copies")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("scans")).toArray().size(), 2);
        const QJsonObject decision = c.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("accepted_on")).toString(),
                 QStringLiteral("2026-11-30"));
        QCOMPARE(decision.value(QStringLiteral("due_date")).toString(),
                 QStringLiteral("2026-12-07"));
        QCOMPARE(decision.value(QStringLiteral("provisional")).toBool(true), false);
        QCOMPARE(decision.value(QStringLiteral("calendar_version")).toString(),
                 QStringLiteral("2026.1"));
        const QJsonArray events = c.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("boss"));
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2026-11-30T06:00:00.000Z"));
        // The refused enterprise: no agent, no acceptance, no birth date.
        const QJsonObject refused =
            documentOf({refusedCase()}).value(QStringLiteral("cases")).toArray().at(0).toObject();
        QVERIFY(refused.value(QStringLiteral("agent")).isNull());
        QVERIFY(refused.value(QStringLiteral("decision"))
                    .toObject()
                    .value(QStringLiteral("accepted_on"))
                    .isNull());
        QVERIFY(refused.value(QStringLiteral("applicant"))
                    .toObject()
                    .value(QStringLiteral("birth_date"))
                    .isNull());
    }

    void readsBackWhatItWrites()
    {
        const QList<Case> cases = {acceptedCase(), refusedCase()};
        const QByteArray bytes = CaseJson::write(cases);
        const Result<QList<Case>> read = CaseJson::read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().size(), 2);
        QVERIFY(read.value().at(0) == cases.at(0));
        QVERIFY(read.value().at(1) == cases.at(1));
        QCOMPARE(CaseJson::write(read.value()), bytes);
        // No cases is a document too.
        const Result<QList<Case>> empty = CaseJson::read(CaseJson::write({}));
        QVERIFY2(empty.ok() && empty.value().isEmpty(), qPrintable(empty.error()));
    }

    void theDocumentedExampleIsValid()
    {
        QFile doc(test::sourcePath(QStringLiteral("docs/case-json.md")));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QRegularExpressionMatch example =
            QRegularExpression(QStringLiteral("## Example.*?```json\\n(.*?)```"),
                               QRegularExpression::DotMatchesEverythingOption)
                .match(text);
        QVERIFY(example.hasMatch());
        const Result<QList<Case>> read = CaseJson::read(example.captured(1).toUtf8());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().size(), 1);
        const Case& c = read.value().first();
        QCOMPARE(c.status(), CaseStatus::UnderReview);
        QCOMPARE(c.applicant.identifier, ApplicantId);
        QCOMPARE(c.agent->idNumber, AgentId);
        QCOMPARE(c.materials.at(1).state, CaseMaterial::State::Waived);
        QCOMPARE(c.dueDate, QDate(2026, 12, 7));
    }

    // The fuzzer starts from these: the valid ones must be valid, or it starts from nothing.
    void theFuzzSeedsAreWhatTheirNamesSay()
    {
        const QDir seeds(test::sourcePath(QStringLiteral("tests/fuzz/corpus/case-json")));
        const QStringList names = seeds.entryList(QDir::Files);
        QVERIFY(names.size() >= 5);
        for (const QString& name : names) {
            QFile seed(seeds.filePath(name));
            QVERIFY(seed.open(QIODevice::ReadOnly));
            const Result<QList<Case>> read = CaseJson::read(seed.readAll());
            QVERIFY2(read.ok() != name.startsWith(QLatin1String("bad-")),
                     qPrintable(name + QStringLiteral(": ") + read.error()));
            if (read.ok())
                QCOMPARE(CaseJson::read(CaseJson::write(read.value())).value(), read.value());
        }
    }

    void readsWhatPeopleWrite()
    {
        // Any zone, a lower-case x, phones as people type them, optional fields left out.
        QJsonValue doc = documentOf({acceptedCase()});
        const QVariantList c = {QStringLiteral("cases"), 0};
        doc = changed(doc, c + QVariantList{QStringLiteral("received_at")},
                      QStringLiteral("2026-11-30T09:15:00+08:00"));
        doc = changed(doc, c + QVariantList{QStringLiteral("applicant"), QStringLiteral("phone")},
                      QStringLiteral("+86 138 1234 5678"));
        doc = changed(doc, c + QVariantList{QStringLiteral("status")}, Removed);
        doc = changed(doc, c + QVariantList{QStringLiteral("scene")}, Removed);
        doc =
            changed(doc, c + QVariantList{QStringLiteral("materials"), 0, QStringLiteral("copies")},
                    Removed);
        doc = changed(doc, c + QVariantList{QStringLiteral("agent"), QStringLiteral("id_number")},
                      AgentId.toLower());
        const Result<QList<Case>> read = CaseJson::read(bytesOf(doc));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const Case& got = read.value().first();
        QCOMPARE(got.receivedAt, utc(30, 1, 15));
        QCOMPARE(got.receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(got.applicant.phone, QStringLiteral("13812345678"));
        QCOMPARE(got.agent->idNumber, AgentId.toUpper());
        QCOMPARE(got.sceneCode, QString());
        QCOMPARE(got.materials.first().copies, 1);
    }

    void refusesBrokenDocuments_data()
    {
        QTest::addColumn<QVariantList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // the start of the message: path and reason

        const QVariantList c0 = {QStringLiteral("cases"), 0};
        const QVariantList c1 = {QStringLiteral("cases"), 1};
        const auto at = [](QVariantList base, const QVariantList& more) { return base + more; };
        const QString wrongCheck =
            ApplicantId.left(17) +
            (ApplicantId.at(17) == u'1' ? QStringLiteral("2") : QStringLiteral("1"));

        QTest::newRow("format") << QVariantList{QStringLiteral("format")}
                                << QJsonValue(QStringLiteral("onewindow-catalog"))
                                << QStringLiteral("format: must be \"onewindow-case\"");
        QTest::newRow("version 2") << QVariantList{QStringLiteral("version")} << QJsonValue(2)
                                   << QStringLiteral("version: this OneWindow reads version 1");
        QTest::newRow("no cases") << QVariantList{QStringLiteral("cases")} << Removed
                                  << QStringLiteral("cases: must be an array");
        QTest::newRow("unknown top field") << QVariantList{QStringLiteral("extra")} << QJsonValue(1)
                                           << QStringLiteral("extra: unknown field");
        QTest::newRow("case not an object") << c1 << QJsonValue(QStringLiteral("XC01"))
                                            << QStringLiteral("cases[1]: must be an object");
        QTest::newRow("misspelt field") << at(c1, {QStringLiteral("aplicant")}) << QJsonValue(1)
                                        << QStringLiteral("cases[1].aplicant: unknown field");
        QTest::newRow("id not a uuid")
            << at(c0, {QStringLiteral("id")}) << QJsonValue(QStringLiteral("case-1"))
            << QStringLiteral("cases[0].id: must be a UUID");
        QTest::newRow("id in capitals")
            << at(c0, {QStringLiteral("id")})
            << QJsonValue(QStringLiteral("3F2A6857-1632-4770-8614-B9C0D1E2F3A4"))
            << QStringLiteral("cases[0].id: must be a UUID");
        QTest::newRow("number missing") << at(c0, {QStringLiteral("number")}) << Removed
                                        << QStringLiteral("cases[0].number: missing");
        QTest::newRow("number malformed")
            << at(c0, {QStringLiteral("number")}) << QJsonValue(QStringLiteral("XC01-3-20261130-7"))
            << QStringLiteral("cases[0].number: \"XC01-3-20261130-7\" is not a case number");
        QTest::newRow("number of another window")
            << at(c0, {QStringLiteral("window")}) << QJsonValue(4)
            << QStringLiteral("cases[0].number: XC01-03-20261130-0007 does not belong to");
        QTest::newRow("window as text")
            << at(c0, {QStringLiteral("window")}) << QJsonValue(QStringLiteral("3"))
            << QStringLiteral("cases[0].window: must be a whole number");
        QTest::newRow("window fraction")
            << at(c0, {QStringLiteral("window")}) << QJsonValue(3.5)
            << QStringLiteral("cases[0].window: must be a whole number");
        QTest::newRow("clerk empty")
            << at(c0, {QStringLiteral("clerk")}) << QJsonValue(QStringLiteral(" "))
            << QStringLiteral("cases[0].clerk: must not be empty");
        QTest::newRow("time without zone")
            << at(c0, {QStringLiteral("received_at")})
            << QJsonValue(QStringLiteral("2026-11-30T09:15:00"))
            << QStringLiteral("cases[0].received_at: must be a time in ISO 8601");
        QTest::newRow("time impossible")
            << at(c0, {QStringLiteral("received_at")})
            << QJsonValue(QStringLiteral("2026-11-31T09:15:00Z"))
            << QStringLiteral("cases[0].received_at: must be a time in ISO 8601");
        QTest::newRow("received on another day")
            << at(c0, {QStringLiteral("received_at")})
            << QJsonValue(QStringLiteral("2026-11-28T09:15:00Z"))
            << QStringLiteral("cases[0].received_at: 2026-11-28T09:15:00.000Z is not on the day");
        QTest::newRow("applicant missing") << at(c0, {QStringLiteral("applicant")}) << Removed
                                           << QStringLiteral("cases[0].applicant: missing");
        QTest::newRow("kind unknown")
            << at(c0, {QStringLiteral("applicant"), QStringLiteral("kind")})
            << QJsonValue(QStringLiteral("robot"))
            << QStringLiteral("cases[0].applicant.kind: must be \"person\" or \"enterprise\"");
        QTest::newRow("name empty") << at(c0, {QStringLiteral("applicant"), QStringLiteral("name")})
                                    << QJsonValue(QString())
                                    << QStringLiteral("cases[0].applicant.name: must not be empty");
        QTest::newRow("check digit wrong")
            << at(c1, {QStringLiteral("applicant"), QStringLiteral("kind")})
            << QJsonValue(QStringLiteral("person"))
            << QStringLiteral("cases[1].applicant.identifier: ");
        QTest::newRow("id check character")
            << at(c0, {QStringLiteral("applicant"), QStringLiteral("identifier")})
            << QJsonValue(wrongCheck)
            << QStringLiteral("cases[0].applicant.identifier: the check character should be");
        QTest::newRow("credit code alphabet")
            << at(c1, {QStringLiteral("applicant"), QStringLiteral("identifier")})
            << QJsonValue(QStringLiteral("91350100M000100I43"))
            << QStringLiteral("cases[1].applicant.identifier: ");
        QTest::newRow("phone a hotline")
            << at(c0, {QStringLiteral("applicant"), QStringLiteral("phone")})
            << QJsonValue(QStringLiteral("400-123-4567"))
            << QStringLiteral("cases[0].applicant.phone: ");
        QTest::newRow("birth date not the ID's")
            << at(c0, {QStringLiteral("applicant"), QStringLiteral("birth_date")})
            << QJsonValue(QStringLiteral("1985-03-13"))
            << QStringLiteral("cases[0].applicant.birth_date: differs from the birth date");
        QTest::newRow("birth date of an enterprise")
            << at(c1, {QStringLiteral("applicant"), QStringLiteral("birth_date")})
            << QJsonValue(QStringLiteral("1985-03-12"))
            << QStringLiteral("cases[1].applicant.birth_date: an enterprise has no birth date");
        QTest::newRow("disabled as text")
            << at(c0, {QStringLiteral("applicant"), QStringLiteral("disabled")})
            << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("cases[0].applicant.disabled: must be true or false");
        QTest::newRow("agent not an object")
            << at(c0, {QStringLiteral("agent")}) << QJsonValue(QStringLiteral("李四"))
            << QStringLiteral("cases[0].agent: must be an object");
        QTest::newRow("agent id") << at(c0, {QStringLiteral("agent"), QStringLiteral("id_number")})
                                  << QJsonValue(QStringLiteral("123"))
                                  << QStringLiteral("cases[0].agent.id_number: ");
        QTest::newRow("agent authorization")
            << at(c0, {QStringLiteral("agent"), QStringLiteral("authorization")}) << Removed
            << QStringLiteral("cases[0].agent.authorization: missing");
        QTest::newRow("no items") << at(c0, {QStringLiteral("items")}) << QJsonValue(QJsonArray())
                                  << QStringLiteral(
                                         "cases[0].items: a case needs at least one item");
        QTest::newRow("item twice")
            << at(c0, {QStringLiteral("items")})
            << QJsonValue(QJsonArray{QStringLiteral("P001"), QStringLiteral("P001")})
            << QStringLiteral("cases[0].items[1]: P001 is listed twice");
        QTest::newRow("item a number") << at(c0, {QStringLiteral("items"), 0}) << QJsonValue(1)
                                       << QStringLiteral("cases[0].items[0]: must be a string");
        QTest::newRow("material state")
            << at(c0, {QStringLiteral("materials"), 1, QStringLiteral("state")})
            << QJsonValue(QStringLiteral("lost"))
            << QStringLiteral("cases[0].materials[1].state: must be \"received\", \"missing\" or "
                              "\"waived\", not \"lost\"");
        QTest::newRow("material form")
            << at(c0, {QStringLiteral("materials"), 0, QStringLiteral("form")})
            << QJsonValue(QStringLiteral("copy"))
            << QStringLiteral("cases[0].materials[0].form: must be");
        QTest::newRow("copies negative")
            << at(c0, {QStringLiteral("materials"), 0, QStringLiteral("copies")}) << QJsonValue(-1)
            << QStringLiteral("cases[0].materials[0].copies: must be a whole number from 0 to 99");
        QTest::newRow("pages huge")
            << at(c0, {QStringLiteral("materials"), 0, QStringLiteral("pages")})
            << QJsonValue(1e300)
            << QStringLiteral("cases[0].materials[0].pages: must be a whole number");
        QTest::newRow("scan not a hash")
            << at(c0, {QStringLiteral("materials"), 0, QStringLiteral("scans"), 1})
            << QJsonValue(QStringLiteral("../../etc/passwd"))
            << QStringLiteral("cases[0].materials[0].scans[1]: must be the SHA-256");
        QTest::newRow("material twice")
            << at(c0, {QStringLiteral("materials"), 1, QStringLiteral("key")})
            << QJsonValue(QStringLiteral("id_card"))
            << QStringLiteral("cases[0].materials[1].key: id_card is in the checklist twice");
        QTest::newRow("no events") << at(c0, {QStringLiteral("events")}) << QJsonValue(QJsonArray())
                                   << QStringLiteral("cases[0].events: a case needs at least");
        QTest::newRow("unknown status")
            << at(c0, {QStringLiteral("events"), 1, QStringLiteral("status")})
            << QJsonValue(QStringLiteral("approved"))
            << QStringLiteral("cases[0].events[1].status: \"approved\" is not a status");
        QTest::newRow("event out of order")
            << at(c0, {QStringLiteral("events"), 2, QStringLiteral("status")})
            << QJsonValue(QStringLiteral("delivered"))
            << QStringLiteral("cases[0].events[2]: Event 3: a case that is");
        QTest::newRow("event back in time")
            << at(c0, {QStringLiteral("events"), 2, QStringLiteral("at")})
            << QJsonValue(QStringLiteral("2026-11-30T01:16:00.000Z"))
            << QStringLiteral("cases[0].events[2]: Event 3 (");
        QTest::newRow("event before receipt")
            << at(c0, {QStringLiteral("events"), 0, QStringLiteral("at")})
            << QJsonValue(QStringLiteral("2026-11-30T01:00:00.000Z"))
            << QStringLiteral("cases[0].events[0].at: 2026-11-30T01:00:00.000Z is before");
        QTest::newRow("event without user")
            << at(c0, {QStringLiteral("events"), 1, QStringLiteral("user")}) << Removed
            << QStringLiteral("cases[0].events[1].user: missing");
        QTest::newRow("status not the events'")
            << at(c0, {QStringLiteral("status")}) << QJsonValue(QStringLiteral("concluded"))
            << QStringLiteral("cases[0].status: \"concluded\" is not what the events lead to");
        QTest::newRow("accepted without deadline")
            << at(c0, {QStringLiteral("decision"), QStringLiteral("due_date")}) << QJsonValue()
            << QStringLiteral("cases[0].decision.due_date: the case was accepted");
        QTest::newRow("deadline before acceptance")
            << at(c0, {QStringLiteral("decision"), QStringLiteral("due_date")})
            << QJsonValue(QStringLiteral("2026-11-29"))
            << QStringLiteral("cases[0].decision.due_date: 2026-11-29 is before");
        QTest::newRow("date malformed")
            << at(c0, {QStringLiteral("decision"), QStringLiteral("accepted_on")})
            << QJsonValue(QStringLiteral("30.11.2026"))
            << QStringLiteral("cases[0].decision.accepted_on: must be a date YYYY-MM-DD");
        QTest::newRow("deadline without acceptance")
            << at(c1, {QStringLiteral("decision"), QStringLiteral("due_date")})
            << QJsonValue(QStringLiteral("2026-12-07"))
            << QStringLiteral("cases[1].decision.due_date: the case was never accepted");
        QTest::newRow("refused without reasons")
            << at(c1, {QStringLiteral("decision"), QStringLiteral("note")}) << QJsonValue(QString())
            << QStringLiteral("cases[1].decision.note: the case was refused");
        QTest::newRow("same id twice")
            << at(c1, {QStringLiteral("id")}) << QJsonValue(acceptedCase().id)
            << QStringLiteral("cases[1].id: the same id as cases[0]");
    }

    void refusesBrokenDocuments()
    {
        QFETCH(QVariantList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonValue document =
            changed(documentOf({acceptedCase(), refusedCase()}), path, value);
        const Result<QList<Case>> read = CaseJson::read(bytesOf(document));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(expected), qPrintable(read.error()));
        QVERIFY2(!read.error().contains(u'\n'), qPrintable(read.error()));
    }

    void refusesWhatIsNotADocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a JSON document");
        QTest::newRow("truncated")
            << CaseJson::write({acceptedCase()}).left(200) << QStringLiteral("not a JSON document");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                                << QStringLiteral("not a JSON document");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("the document must be");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("not a JSON document");
        QTest::newRow("deep") << QByteArray(100000, '[') << QStringLiteral("not a JSON document");
    }

    void refusesWhatIsNotADocument()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<QList<Case>> read = CaseJson::read(bytes);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(expected), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestCaseJson)
#include "TestCaseJson.moc"
