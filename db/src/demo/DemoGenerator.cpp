#include "demo/DemoGenerator.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"
#include "cases/Case.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "chain/ChainMerger.h"
#include "ratings/EvaluationRepository.h"
#include "reports/DailySummary.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>

namespace ow {

namespace {

// xoshiro256** seeded through splitmix64: the same numbers on every compiler and platform (the
// standard library's distributions are not), so a seed means the same database everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& s : m_state) {
            x += 0x9e3779b97f4a7c15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); } // both included
    bool chance(double p) { return real() < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

quint64 mix(quint64 a, quint64 b)
{
    quint64 z = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    z = (z ^ (z >> 33)) * 0xff51afd7ed558ccdULL;
    z = (z ^ (z >> 33)) * 0xc4ceb9fe1a85ec53ULL;
    return z ^ (z >> 33);
}

// A discrete distribution: pick() returns an index with probability weight / total.
class Weighted
{
public:
    Weighted() = default;
    explicit Weighted(const QList<double>& weights)
    {
        double sum = 0;
        for (const double w : weights)
            m_cumulative.append(sum += w);
    }
    int pick(Random& random) const
    {
        const double x = random.real() * m_cumulative.last();
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) -
                   m_cumulative.cbegin());
    }
    bool isEmpty() const { return m_cumulative.isEmpty(); }

private:
    QList<double> m_cumulative;
};

template <typename T, std::size_t N>
const T& oneOf(Random& random, const T (&values)[N])
{
    return values[random.below(int(N))];
}

const char16_t* const Surnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"周", u"吴", u"徐", u"孙", u"马",
    u"朱", u"胡", u"郭", u"何", u"林", u"高", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许",
    u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋",
    u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任", u"沈", u"孔", u"颜"};
const char16_t* const GivenNames[] = {
    u"伟",   u"芳",   u"娜",   u"秀英", u"敏",   u"静",   u"丽",   u"强",   u"磊",
    u"军",   u"洋",   u"勇",   u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",
    u"秀兰", u"霞",   u"平",   u"刚",   u"桂英", u"建华", u"文",   u"华",   u"红",
    u"玉兰", u"志强", u"海燕", u"欣怡", u"子涵", u"浩然", u"雨萱", u"宇",   u"晨",
    u"梓轩", u"思远", u"佳怡", u"俊杰", u"淑珍", u"国庆", u"春梅", u"德福", u"立新"};
const char16_t* const Streets[] = {u"永福路", u"黄河路",   u"长江路",   u"珠江路",  u"泰山路",
                                   u"燕山路", u"常庄镇",   u"陶庄镇",   u"邹坞镇",  u"沙沟镇",
                                   u"周营镇", u"临城街道", u"新城街道", u"巨山街道"};
const char16_t* const FirmWords[] = {u"鑫源", u"恒达", u"华宇", u"兴业", u"德诚", u"中正",
                                     u"瑞丰", u"鲁南", u"金桥", u"宏图", u"盛世", u"嘉禾",
                                     u"利民", u"同创", u"万通", u"博远", u"泰和", u"奥林"};
const char16_t* const FirmTrades[] = {u"商贸",     u"建筑工程", u"餐饮管理", u"物流",
                                      u"科技",     u"农业发展", u"机械制造", u"信息技术",
                                      u"装饰工程", u"文化传媒", u"医药",     u"食品"};
const char16_t* const RefusalReasons[] = {
    u"申请事项不属于本机关职权范围，请向有管辖权的机关申请", u"申请人不具备申请资格",
    u"申请事项依法不需要取得行政许可", u"同一事项已由其他机关受理"};
const char16_t* const RatingComments[] = {u"等候时间较长", u"材料要求没有一次讲清",
                                          u"窗口人员态度需改进", u"系统太慢"};
const char16_t* const ClosingNotes[] = {
    u"已向申请人致歉并说明情况，申请人表示理解", u"已调整窗口排班，高峰时段增开窗口",
    u"已对窗口人员进行服务规范培训", u"已优化一次性告知内容并回访申请人"};

// Region codes of resident IDs: mostly the district (薛城区 370403) and its neighbours.
const char* const RegionCodes[] = {"370403", "370403", "370403", "370403", "370402",
                                   "370404", "370405", "370406", "370481", "370481",
                                   "370102", "370302", "320303", "110105", "410102"};

QString residentId(Random& random, const QDate& birth, bool male)
{
    QString first17 = QLatin1String(oneOf(random, RegionCodes)) +
                      birth.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("%1").arg(random.below(100), 2, 10, QLatin1Char('0'));
    int sexDigit = random.below(5) * 2; // even: female
    if (male)
        sexDigit += 1;
    first17 += QString::number(sexDigit);
    return first17 + IdNumber::checkCharacter(first17);
}

// GB 11714 organisation code (8 characters + check) inside a GB 32100 credit code.
QString creditCode(Random& random)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    QString organisation;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        // Organisation codes are mostly digits.
        const QChar c = random.chance(0.8)
                            ? QChar(u'0' + random.below(10))
                            : alphabet.at(10 + random.below(int(alphabet.size()) - 10));
        organisation += c;
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += value * weights[i];
    }
    const int check = 11 - sum % 11;
    organisation += check == 10 ? QChar(u'X') : check == 11 ? QChar(u'0') : QChar(u'0' + check);
    const QString first17 =
        QStringLiteral("91") + QLatin1String(oneOf(random, RegionCodes)) + organisation;
    return first17 + CreditCode::checkCharacter(first17);
}

QString mobile(Random& random)
{
    static const int prefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150,
                                   151, 152, 153, 155, 156, 157, 158, 159, 166, 177, 178,
                                   180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
    return QString::number(oneOf(random, prefixes)) +
           QStringLiteral("%1").arg(random.below(100000000), 8, 10, QLatin1Char('0'));
}

QString phone(Random& random)
{
    if (random.chance(0.1)) // a landline of 枣庄 (0632), seven digits not starting with 0
        return QStringLiteral("0632-%1%2")
            .arg(random.between(2, 8))
            .arg(random.below(1000000), 6, 10, QLatin1Char('0'));
    return mobile(random);
}

QString personName(Random& random)
{
    return QString::fromUtf16(oneOf(random, Surnames)) +
           QString::fromUtf16(oneOf(random, GivenNames)) +
           (random.chance(0.3) ? QString::fromUtf16(oneOf(random, GivenNames)).left(1) : QString());
}

QString address(Random& random)
{
    return QStringLiteral("山东省枣庄市薛城区%1%2号")
        .arg(QString::fromUtf16(oneOf(random, Streets)))
        .arg(random.between(1, 399));
}

QString uuid(Random& random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 x = random.next();
        for (int j = 0; j < 8; ++j)
            bytes[i + j] = char((x >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString jsonList(const QStringList& texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// How busy the hall is through the day, per quarter hour from 08:30 to 17:30: the morning peak
// 9–12, the lunch dip, the afternoon 14–17.
const double QuarterHours[] = {
    0.3,  0.5,              // 08:30
    0.8,  1.0,  1.1,  1.2,  // 09
    1.3,  1.3,  1.3,  1.2,  // 10
    1.1,  1.0,  0.8,  0.6,  // 11
    0.25, 0.15, 0.15, 0.2,  // 12 (lunch)
    0.35, 0.5,  0.7,  0.9,  // 13
    1.0,  1.05, 1.05, 1.0,  // 14
    1.0,  1.0,  0.95, 0.9,  // 15
    0.85, 0.8,  0.7,  0.55, // 16
    0.35, 0.2               // 17
};

struct Person
{
    QString identifier, name, phone, address;
    QDate birth;
    bool disabled = false;
    QString certificate;
};

struct Firm
{
    QString identifier, name, phone, address, legalRepresentative, contactName;
};

// The cases' applicants: the same index always gives the same person, so people come back
// (一人一档).
class People
{
public:
    People(quint64 seed, const QDate& first, const QDate& end)
        : m_seed(seed), m_first(first), m_end(end)
    {}

    Person person(int index) const
    {
        Random random(mix(m_seed ^ 0x5045525358ULL, quint64(index)));
        Person p;
        const bool elderly = random.chance(0.2);
        // Grown-ups on the first day; the elderly 60 or over on the last (most of them all along).
        p.birth = elderly ? m_end.addYears(-random.between(61, 89)).addDays(-random.below(365))
                          : m_first.addYears(-random.between(18, 57)).addDays(-random.below(365));
        p.identifier = residentId(random, p.birth, random.chance(0.5));
        p.name = personName(random);
        p.phone = phone(random);
        p.address = address(random);
        p.disabled = random.chance(elderly ? 0.08 : 0.02);
        if (p.disabled)
            p.certificate = p.identifier + QString::number(random.between(1, 7)) +
                            QString::number(random.between(1, 4));
        return p;
    }

    Firm firm(int index) const
    {
        Random random(mix(m_seed ^ 0x4649524dULL, quint64(index)));
        Firm f;
        f.identifier = creditCode(random);
        f.name = QStringLiteral("枣庄%1%2有限公司")
                     .arg(QString::fromUtf16(oneOf(random, FirmWords)),
                          QString::fromUtf16(oneOf(random, FirmTrades)));
        f.legalRepresentative = personName(random);
        f.contactName = random.chance(0.5) ? f.legalRepresentative : personName(random);
        f.phone = phone(random);
        f.address = address(random);
        return f;
    }

private:
    quint64 m_seed;
    QDate m_first;
    QDate m_end;
};

struct Checklist
{
    QList<CaseMaterial> materials;
    QList<bool> waivable;
    QStringList conditionsJson, itemCodesJson; // per material, as case_material stores them
    int required = 0;
    QString guideVersions;
    int promisedDays = 0;
};

} // namespace

DemoGenerator::DemoGenerator(Database& database, const WorkCalendar& calendar, Catalog catalog,
                             QHash<QString, Guide> guides, GuideJson::Dictionary dictionary)
    : m_database(database), m_calendar(calendar), m_catalog(std::move(catalog)),
      m_guides(std::move(guides)), m_dictionary(std::move(dictionary))
{}

Result<DemoGenerator::Existing> DemoGenerator::existing(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(generated = 0), 0), "
                                   "coalesce(sum(generated = 1), 0) FROM case_file")) ||
        !query.next())
        return Result<Existing>::failure(
            tr("Cannot read the cases from %1: %2").arg(database.path(), failureText(query)));
    return Result<Existing>::success(Existing{query.value(0).toInt(), query.value(1).toInt()});
}

QString DemoGenerator::describe(const Report& r)
{
    const auto shareOf = [](int n, int of) {
        return of == 0 ? QStringLiteral("0") : QString::number(100.0 * n / of, 'f', 1);
    };
    const auto share = [&r, &shareOf](int n) { return shareOf(n, r.cases); };
    QStringList lines;
    lines << tr("Generated %n case(s) for centre %1, %2 to %3 (%4 working days) in %5 s.", nullptr,
                r.cases)
                 .arg(r.centerCode, r.first.toString(Qt::ISODate), r.last.toString(Qt::ISODate))
                 .arg(r.workingDays)
                 .arg(double(r.milliseconds) / 1000.0, 0, 'f', 1);
    lines << tr("Applicants: %1 distinct; %2 cases of people, of which elderly (60+) %3%, "
                "disabled %4%; %5% of all cases by an agent.")
                 .arg(r.applicants)
                 .arg(r.persons)
                 .arg(shareOf(r.elderly, r.persons), shareOf(r.disabled, r.persons),
                      share(r.agents));
    lines << tr("Whole scenes (一件事): %1.").arg(r.scenes);
    lines << tr("Decisions: accepted %1 (%2%), supplement requested %3 (%4%), refused %5 (%6%).")
                 .arg(r.accepted)
                 .arg(share(r.accepted))
                 .arg(r.supplementRequested)
                 .arg(share(r.supplementRequested))
                 .arg(r.refused)
                 .arg(share(r.refused));
    lines << tr("At the end: %1 concluded or delivered, %2 archived, %3 withdrawn, %4 open.")
                 .arg(r.concluded)
                 .arg(r.archived)
                 .arg(r.withdrawn)
                 .arg(r.open);
    lines << tr("Ratings: %1; rectifications: %2 (%3 open).")
                 .arg(r.ratings)
                 .arg(r.rectifications)
                 .arg(r.rectificationsOpen);
    return lines.join(u'\n') + u'\n';
}

Result<DemoGenerator::Report> DemoGenerator::generate(const Options& options,
                                                      const std::function<void(int, int)>& progress,
                                                      AuditLog* audit)
{
    using R = Result<Report>;
    if (options.cases < 1 || options.cases > 5000000)
        return R::failure(tr("--cases must be 1 to 5,000,000, not %1.").arg(options.cases));
    if (options.days < 1 || options.days > 3660)
        return R::failure(tr("--days must be 1 to 3,660, not %1.").arg(options.days));
    if (!options.end.isValid())
        return R::failure(tr("The last day of the history is not a valid date."));
    const QString center =
        options.centerCode.isEmpty() ? QStringLiteral("DEMO") : options.centerCode.trimmed();
    {
        const std::optional<CaseNumber> parsed =
            CaseNumber::parse(CaseNumber{center, 1, options.end, 1}.text());
        if (!parsed)
            return R::failure(tr("The centre code '%1' cannot begin a case number.").arg(center));
    }
    if (m_catalog.isEmpty())
        return R::failure(tr("The database has no catalog to take cases for."));

    const Result<Existing> before = existing(m_database);
    if (!before)
        return R::failure(before.error());
    if (before.value().realCases > 0 && !options.force)
        return R::failure(
            tr("%1 holds %n real case(s) (not generated); demo cases would be mixed with them. "
               "Use a new database, or --force to add them anyway.",
               nullptr, before.value().realCases)
                .arg(m_database.path()));

    QElapsedTimer timer;
    timer.start();
    Random random(
        mix(options.seed, quint64(before.value().realCases + before.value().generatedCases)));
    const quint64 seed = options.seed;
    const QDate first = options.end.addDays(-(options.days - 1));
    const QDateTime now(options.end, QTime(23, 59, 59));

    // The working days and how busy each is.
    QList<QDate> days;
    QList<double> dayWeights;
    int daysOff = 0;
    for (QDate d = first.addDays(-10); d <= options.end; d = d.addDays(1)) {
        if (!m_calendar.isWorkingDay(d)) {
            ++daysOff;
            continue;
        }
        if (d >= first) {
            static const double weekday[] = {0, 1.15, 1.05, 1.0, 1.0, 0.9, 0.8, 0.8};
            double w = weekday[d.dayOfWeek()] * (0.9 + 0.2 * random.real());
            if (daysOff >= 3) // the first day after a long holiday
                w *= 1.3;
            days.append(d);
            dayWeights.append(w);
        }
        daysOff = 0;
    }
    if (days.isEmpty())
        return R::failure(tr("There is no working day from %1 to %2.")
                              .arg(first.toString(Qt::ISODate), options.end.toString(Qt::ISODate)));
    // Cases per day: the shares of the weights, rounded so that they add up (largest remainder).
    QList<int> perDay(days.size(), 0);
    {
        double total = 0;
        for (const double w : std::as_const(dayWeights))
            total += w;
        QList<QPair<double, int>> remainders;
        int given = 0;
        for (int i = 0; i < days.size(); ++i) {
            const double exact = options.cases * dayWeights.at(i) / total;
            perDay[i] = int(std::floor(exact));
            given += perDay.at(i);
            remainders.append({exact - perDay.at(i), i});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (int i = 0; given < options.cases; ++i, ++given)
            ++perDay[remainders.at(i % remainders.size()).second];
    }

    // Items: popularity follows Zipf's law over the catalog, the items with a guide (the common
    // ones) ranked first in an order of the seed's.
    QStringList guided, unguided;
    QList<const Scene*> scenes;
    for (const Lifecycle& lifecycle : m_catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes) {
                int withGuide = 0;
                for (const Item& item : scene.items) {
                    if (m_guides.contains(item.code)) {
                        guided.append(item.code);
                        ++withGuide;
                    } else {
                        unguided.append(item.code);
                    }
                }
                if (scene.items.size() >= 2 && withGuide * 2 >= scene.items.size())
                    scenes.append(&scene);
            }
    const auto shuffle = [&random](QStringList& list) {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, random.below(int(i + 1)));
    };
    shuffle(guided);
    shuffle(unguided);
    const QStringList ranked = guided + unguided;
    QList<double> zipf;
    for (int i = 0; i < ranked.size(); ++i)
        zipf.append(1.0 / std::pow(i + 1, 1.05));
    const Weighted popularity(zipf);
    QHash<QString, const Scene*> sceneOf;
    for (const Lifecycle& lifecycle : m_catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    sceneOf.insert(item.code, &scene);

    QHash<QString, Checklist> checklists;
    const auto checklistOf = [&](const QStringList& codes) -> const Checklist& {
        const QString key = codes.join(u' ');
        auto found = checklists.constFind(key);
        if (found != checklists.constEnd())
            return found.value();
        Checklist list;
        const MergedChain chain = ChainMerger::merge(codes, m_guides, m_dictionary);
        for (const MergedMaterial& m : chain.materials) {
            CaseMaterial entry;
            entry.key = m.key;
            entry.name = m.name;
            entry.form = m.form;
            entry.copies = m.copies;
            entry.required = m.required;
            entry.conditions = m.conditions;
            entry.itemCodes = m.itemCodes;
            list.materials.append(entry);
            list.waivable.append(m.waivable);
            list.conditionsJson.append(jsonList(m.conditions));
            list.itemCodesJson.append(jsonList(m.itemCodes));
            list.required += m.required ? 1 : 0;
        }
        QStringList versions;
        for (const QString& code : codes) {
            if (const Guide* guide = ChainMerger::guideFor(code, m_guides)) {
                versions.append(QStringLiteral("%1:%2").arg(code).arg(guide->version));
                if (!guide->promisedLimit.onTheSpot)
                    list.promisedDays = qMax(list.promisedDays, guide->promisedLimit.workingDays);
            }
        }
        list.guideVersions = versions.join(u' ');
        return checklists.insert(key, list).value();
    };
    // What a supplement notice can be about: items with a required material.
    QStringList supplementable;
    for (const QString& code : std::as_const(guided))
        if (checklistOf({code}).required > 0)
            supplementable.append(code);
    QList<double> supplementZipf;
    for (int i = 0; i < supplementable.size(); ++i)
        supplementZipf.append(1.0 / std::pow(i + 1, 1.05));
    const Weighted supplementPopularity(supplementZipf);

    const Weighted hours(QList<double>(std::begin(QuarterHours), std::end(QuarterHours)));
    QList<double> windowWeights;
    for (int w = 1; w <= 12; ++w)
        windowWeights.append(w == 12 ? 0.6 : 1.0); // window 12: 帮办代办, fewer but longer cases
    const Weighted windows(windowWeights);
    const int personPool = qMax(10, int(options.cases * 0.7));
    const int firmPool = qMax(5, int(options.cases * 0.2));
    const People people(seed, first, options.end);

    // Working-day arithmetic and times of day.
    const auto workingDayAfter = [this](const QDate& d, int n) {
        return n <= 0 ? d : m_calendar.dueDate(d, n).date;
    };
    const auto atTime = [](const QDate& d, int minutesFrom0830) {
        return QDateTime(d, QTime(8, 30).addSecs(minutesFrom0830 * 60));
    };
    const auto someTimeOn = [&](const QDate& d, const QDateTime& after) {
        QDateTime t = atTime(d, random.between(30, 510)); // 09:00 to 17:00
        if (t <= after)
            t = after.addSecs(random.between(5, 90) * 60);
        return t;
    };

    // Numbers already taken (another generation, or real cases with --force).
    QHash<QString, int> lastSequence;
    {
        QSqlQuery query(m_database.connection());
        if (!execute(query,
                     QStringLiteral("SELECT window_no, received_on, max(sequence) FROM case_file "
                                    "WHERE center_code = ? AND received_on BETWEEN ? AND ? "
                                    "GROUP BY window_no, received_on"),
                     {center, dateValue(first), dateValue(options.end)}))
            return R::failure(
                tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(query)));
        while (query.next())
            lastSequence.insert(query.value(1).toString() + u'/' + query.value(0).toString(),
                                query.value(2).toInt());
    }

    QSqlDatabase connection = m_database.connection();
    SqlTransaction transaction(connection);
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store demo cases in %1: %2").arg(m_database.path(), transaction.error()));
    // The dashboard's summary is recounted once at the end (in this transaction) instead of by
    // its triggers at every row.
    if (const Status s = DailySummary::pause(m_database); !s)
        return R::failure(s.error());
    // A large page cache while the history is written: the keys are UUIDs, written in no
    // order, and the default 2 MB cache would make every insert read pages back. The
    // connection's own size comes back however this ends.
    struct CacheSize
    {
        QSqlDatabase connection;
        QVariant before;
        explicit CacheSize(QSqlDatabase c) : connection(std::move(c))
        {
            QSqlQuery query(connection);
            if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
                before = query.value(0);
            query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        }
        ~CacheSize()
        {
            if (before.isValid())
                QSqlQuery(connection)
                    .exec(QStringLiteral("PRAGMA cache_size = %1").arg(before.toLongLong()));
        }
        CacheSize(const CacheSize&) = delete;
        CacheSize& operator=(const CacheSize&) = delete;
    } cacheSize(connection);
    const auto prepare = [&connection](const QString& sql) {
        QSqlQuery query(connection);
        query.prepare(sql);
        return query;
    };
    QSqlQuery insertApplicant = prepare(QStringLiteral(
        "INSERT INTO applicant (identifier, kind, name, phone, address, birth_date, disabled, "
        "disability_certificate, legal_representative, contact_name, updated_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (identifier) DO NOTHING"));
    QSqlQuery insertCase = prepare(QStringLiteral(
        "INSERT INTO case_file (id, number, center_code, window_no, received_on, sequence, clerk, "
        "received_at, applicant_identifier, agent_name, agent_id_number, agent_phone, "
        "agent_authorization, scene_code, guide_versions, accepted_on, due_date, due_provisional, "
        "calendar_version, decision_note, green_channel, status, generated) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    QSqlQuery insertItem = prepare(
        QStringLiteral("INSERT INTO case_item (case_id, position, item_code) VALUES (?, ?, ?)"));
    QSqlQuery insertMaterial = prepare(QStringLiteral(
        "INSERT INTO case_material (case_id, position, key, name, form, copies, required, "
        "conditions, item_codes, state, pages, scans, note) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '')"));
    QSqlQuery insertEvent = prepare(QStringLiteral(
        "INSERT INTO case_event (case_id, position, status, at, user_name, note) VALUES "
        "(?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertRating = prepare(QStringLiteral(
        "INSERT INTO evaluation (case_id, score, channel, at, comment) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertRectification = prepare(QStringLiteral(
        "INSERT INTO rectification (case_id, opened_on, working_days, due_date, due_provisional, "
        "callback_record, closing_note, closed_at, closed_by, status) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString failed;
    const auto run = [&failed](QSqlQuery& query, const QVariantList& values) {
        if (!failed.isEmpty())
            return;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            failed = failureText(query);
    };

    Report report;
    report.centerCode = center;
    report.first = days.first();
    report.last = days.last();
    report.workingDays = int(days.size());
    QSet<QString> applicantsSeen;
    const QString updatedAt = timeValue(now).toString();
    int done = 0;

    for (int dayIndex = 0; dayIndex < days.size() && failed.isEmpty(); ++dayIndex) {
        const QDate day = days.at(dayIndex);
        const QString dayText = day.toString(Qt::ISODate);
        // The day's arrival times, in order.
        QList<int> minutes;
        for (int i = 0; i < perDay.at(dayIndex); ++i)
            minutes.append(hours.pick(random) * 15 + random.below(15));
        std::sort(minutes.begin(), minutes.end());
        for (const int minute : std::as_const(minutes)) {
            const QDateTime receivedAt = atTime(day, minute).addSecs(random.below(60));

            // The decision first: a supplement notice needs a required material to be missing.
            const double d = random.real();
            const CaseStatus decision = d < 0.85   ? CaseStatus::Accepted
                                        : d < 0.95 ? CaseStatus::SupplementRequested
                                                   : CaseStatus::Refused;
            QStringList items;
            QString sceneCode;
            if (decision == CaseStatus::SupplementRequested && !supplementable.isEmpty()) {
                items = {supplementable.at(supplementPopularity.pick(random))};
            } else if (random.chance(0.06) && !scenes.isEmpty()) {
                const Scene* scene = scenes.at(random.below(int(scenes.size())));
                sceneCode = scene->code;
                for (const Item& item : scene->items)
                    items.append(item.code);
            } else {
                items = {ranked.at(popularity.pick(random))};
                if (random.chance(0.12)) {
                    const Scene* scene = sceneOf.value(items.first());
                    if (scene && scene->items.size() > 1) {
                        const int extra = random.between(1, qMin(2, int(scene->items.size()) - 1));
                        for (int k = 0; k < extra; ++k) {
                            const QString code =
                                scene->items.at(random.below(int(scene->items.size()))).code;
                            if (!items.contains(code))
                                items.append(code);
                        }
                    }
                }
            }
            const Checklist& checklist = checklistOf(items);

            // The applicant, and who came for them.
            const bool enterprise = items.first().startsWith(u'E');
            QString identifier;
            bool green = false;
            if (enterprise) {
                const Firm firm = people.firm(random.below(firmPool));
                identifier = firm.identifier;
                if (!applicantsSeen.contains(identifier))
                    run(insertApplicant,
                        {identifier, QStringLiteral("enterprise"), firm.name, firm.phone,
                         firm.address, nullText(), 0, QStringLiteral(""), firm.legalRepresentative,
                         firm.contactName, updatedAt});
            } else {
                const Person person = people.person(random.below(personPool));
                identifier = person.identifier;
                const bool elderly = IdNumber::isElderly(IdNumber::ageOn(person.birth, day));
                green = elderly || person.disabled;
                ++report.persons;
                report.elderly += elderly ? 1 : 0;
                report.disabled += person.disabled ? 1 : 0;
                if (!applicantsSeen.contains(identifier))
                    run(insertApplicant, {identifier, QStringLiteral("person"), person.name,
                                          person.phone, person.address, dateValue(person.birth),
                                          person.disabled ? 1 : 0, text(person.certificate),
                                          QStringLiteral(""), QStringLiteral(""), updatedAt});
            }
            applicantsSeen.insert(identifier);
            std::optional<Agent> agent;
            if (random.chance(green ? 0.3 : 0.06)) {
                const Person a = people.person(personPool + random.below(personPool));
                agent =
                    Agent{a.name, a.identifier, mobile(random),
                          green ? QStringLiteral("监护关系证明") : QStringLiteral("授权委托书")};
                ++report.agents;
            }
            const int window =
                (green || agent) && random.chance(0.5) ? 12 : windows.pick(random) + 1;
            const QString clerk = QStringLiteral("demo.clerk%1")
                                      .arg((window - 1) * 2 + (day.dayOfYear() + window) % 2 + 1, 2,
                                           10, QLatin1Char('0'));
            int& sequence = lastSequence[dayText + u'/' + QString::number(window)];
            ++sequence;
            const QString number = CaseNumber{center, window, day, sequence}.text();
            const QString id = uuid(random);

            // The checklist as the decision left it.
            QList<CaseMaterial> materials = checklist.materials;
            for (int m = 0; m < materials.size(); ++m) {
                CaseMaterial& material = materials[m];
                if (material.required || random.chance(0.5)) {
                    material.state = checklist.waivable.at(m) && random.chance(0.3)
                                         ? CaseMaterial::State::Waived
                                         : CaseMaterial::State::Received;
                    if (material.state == CaseMaterial::State::Received)
                        material.pages = material.copies * random.between(1, 3);
                }
            }
            if (decision == CaseStatus::SupplementRequested) {
                QList<int> required;
                for (int m = 0; m < materials.size(); ++m)
                    if (materials.at(m).required)
                        required.append(m);
                const int missing = qMin(int(required.size()), random.between(1, 2));
                for (int k = 0; k < missing; ++k) {
                    CaseMaterial& material =
                        materials[required.takeAt(random.below(int(required.size())))];
                    material.state = CaseMaterial::State::Missing;
                    material.pages = 0;
                }
            }

            // Its life: the decision at the counter, then what happened until now.
            QList<CaseEvent> events{{CaseStatus::Received, receivedAt, clerk, QString()}};
            QString decisionNote;
            const QDateTime decidedAt = receivedAt.addSecs(
                random.between(3, window == 12 ? 40 : 25) * 60 + random.below(60));
            QDate acceptedOn;
            WorkCalendar::DueDate due;
            const auto accept = [&](const QDateTime& at) {
                events.append({CaseStatus::Accepted, at, clerk, QString()});
                acceptedOn = at.date();
                due = m_calendar.dueDate(acceptedOn, checklist.promisedDays);
            };
            const auto add = [&](CaseStatus to, const QDateTime& at, const QString& user,
                                 const QString& note = QString()) {
                if (at > now || at < events.last().at)
                    return false;
                events.append({to, at, user, note});
                return true;
            };
            const QString reviewer =
                QStringLiteral("demo.review%1").arg(random.between(1, 6), 2, 10, QLatin1Char('0'));
            switch (decision) {
            case CaseStatus::Accepted:
                ++report.accepted;
                accept(decidedAt);
                break;
            case CaseStatus::SupplementRequested: {
                ++report.supplementRequested;
                events.append({CaseStatus::SupplementRequested, decidedAt, clerk, QString()});
                const double back = random.real();
                if (back < 0.65) { // the applicant brings what was missing
                    const QDate on = workingDayAfter(day, random.between(1, 5));
                    const QDateTime at = someTimeOn(on, decidedAt);
                    if (at <= now) {
                        accept(at);
                        for (CaseMaterial& material : materials)
                            if (material.required &&
                                material.state == CaseMaterial::State::Missing) {
                                material.state = CaseMaterial::State::Received;
                                material.pages = material.copies;
                            }
                    }
                } else if (back < 0.73) {
                    const QDate on = workingDayAfter(day, random.between(1, 10));
                    add(CaseStatus::Withdrawn, someTimeOn(on, decidedAt), clerk,
                        QStringLiteral("申请人撤回申请"));
                }
                break;
            }
            case CaseStatus::Refused:
            default:
                ++report.refused;
                decisionNote = QString::fromUtf16(oneOf(random, RefusalReasons));
                events.append({CaseStatus::Refused, decidedAt, clerk, decisionNote});
                if (random.chance(0.8))
                    add(CaseStatus::Archived,
                        someTimeOn(workingDayAfter(day, random.between(5, 20)), decidedAt),
                        reviewer);
                break;
            }
            if (events.last().to == CaseStatus::Accepted) {
                const QDateTime acceptedAt = events.last().at;
                const double fate = random.real();
                if (fate < 0.015) {
                    const QDate on = workingDayAfter(
                        acceptedOn, random.between(0, qMax(1, checklist.promisedDays)));
                    add(CaseStatus::Withdrawn, someTimeOn(on, acceptedAt), clerk,
                        QStringLiteral("申请人撤回申请"));
                } else if (checklist.promisedDays == 0) { // 即办: done at the counter
                    if (add(CaseStatus::Concluded, acceptedAt.addSecs(random.between(5, 40) * 60),
                            clerk))
                        if (add(CaseStatus::Delivered,
                                events.last().at.addSecs(random.between(1, 10) * 60), clerk))
                            add(CaseStatus::Archived,
                                someTimeOn(workingDayAfter(acceptedOn, random.between(3, 15)),
                                           events.last().at),
                                reviewer);
                } else {
                    QDateTime reviewAt = acceptedAt.addSecs(random.between(30, 240) * 60);
                    if (reviewAt.time() > QTime(17, 30))
                        reviewAt = someTimeOn(workingDayAfter(acceptedOn, 1), acceptedAt);
                    if (add(CaseStatus::UnderReview, reviewAt, reviewer)) {
                        QDate concludedOn;
                        if (fate < 0.90)
                            concludedOn = workingDayAfter(
                                acceptedOn, random.between(1, checklist.promisedDays));
                        else if (fate < 0.97)
                            concludedOn = workingDayAfter(due.date, random.between(1, 4));
                        if (concludedOn.isValid() &&
                            add(CaseStatus::Concluded, someTimeOn(concludedOn, reviewAt),
                                reviewer)) {
                            const QDate deliveredOn =
                                workingDayAfter(concludedOn, random.between(0, 2));
                            if (add(CaseStatus::Delivered,
                                    someTimeOn(deliveredOn, events.last().at), clerk))
                                add(CaseStatus::Archived,
                                    someTimeOn(workingDayAfter(deliveredOn, random.between(3, 15)),
                                               events.last().at),
                                    reviewer);
                        }
                    }
                }
            }
            const CaseStatus status = events.last().to;
            switch (status) {
            case CaseStatus::Withdrawn:
                ++report.withdrawn;
                break;
            case CaseStatus::Concluded:
            case CaseStatus::Delivered:
                ++report.concluded;
                break;
            case CaseStatus::Archived:
                ++report.archived;
                break;
            default:
                break;
            }
            report.open += CaseLifecycle::isOpen(status) ? 1 : 0;
            if (!sceneCode.isEmpty())
                ++report.scenes;

            run(insertCase, {id,
                             number,
                             center,
                             window,
                             dayText,
                             sequence,
                             clerk,
                             timeValue(receivedAt),
                             identifier,
                             agent ? QVariant(agent->name) : nullText(),
                             agent ? QVariant(agent->idNumber) : nullText(),
                             agent ? QVariant(agent->phone) : nullText(),
                             agent ? QVariant(agent->authorization) : nullText(),
                             text(sceneCode),
                             text(checklist.guideVersions),
                             dateValue(acceptedOn),
                             dateValue(due.date),
                             due.provisional ? 1 : 0,
                             text(due.calendarVersion),
                             text(decisionNote),
                             green ? 1 : 0,
                             CaseLifecycle::key(status)});
            for (int i = 0; i < items.size(); ++i)
                run(insertItem, {id, i + 1, items.at(i)});
            for (int m = 0; m < materials.size(); ++m) {
                const CaseMaterial& material = materials.at(m);
                run(insertMaterial,
                    {id, m + 1, material.key, material.name, CaseRepository::formKey(material.form),
                     material.copies, material.required ? 1 : 0, jsonList(material.conditions),
                     jsonList(material.itemCodes), CaseRepository::stateKey(material.state),
                     material.pages});
            }
            for (int e = 0; e < events.size(); ++e) {
                const CaseEvent& event = events.at(e);
                run(insertEvent, {id, e + 1, CaseLifecycle::key(event.to), timeValue(event.at),
                                  event.userName, text(event.note)});
            }

            // 好差评: most applicants rate, mostly 5 or 4; a refusal is rated lower.
            if (random.chance(0.72)) {
                const double c = random.real();
                Evaluation::Channel channel = Evaluation::Channel::Window;
                QDateTime ratedAt = decidedAt.addSecs(random.between(20, 120));
                if (c >= 0.8) {
                    channel = c < 0.95 ? Evaluation::Channel::Qr : Evaluation::Channel::Phone;
                    ratedAt = someTimeOn(day.addDays(random.between(1, 10)), decidedAt);
                }
                if (ratedAt <= now) {
                    static const double usual[] = {0.01, 0.015, 0.035, 0.15, 0.79};
                    static const double refused[] = {0.06, 0.08, 0.14, 0.24, 0.48};
                    const double* shares = decision == CaseStatus::Refused ? refused : usual;
                    double x = random.real();
                    int score = 1;
                    while (score < 5 && x >= shares[score - 1])
                        x -= shares[score++ - 1];
                    const QString comment =
                        score <= 2 ? QString::fromUtf16(oneOf(random, RatingComments)) : QString();
                    run(insertRating, {id, score, EvaluationRepository::channelKey(channel),
                                       timeValue(ratedAt), text(comment)});
                    ++report.ratings;
                    if (score <= 2) {
                        const QDate opened = ratedAt.date();
                        const WorkCalendar::DueDate rectDue = m_calendar.dueDate(opened, 5);
                        const QDate calledOn = workingDayAfter(opened, 1);
                        const QString callback =
                            calledOn <= options.end
                                ? QStringLiteral("%1 电话回访申请人，已记录意见")
                                      .arg(calledOn.toString(Qt::ISODate))
                                : QString();
                        const QDate closedOn = workingDayAfter(opened, random.between(1, 5));
                        const bool closed = closedOn < options.end;
                        const QDateTime closedAt =
                            closed ? someTimeOn(closedOn, ratedAt) : QDateTime();
                        run(insertRectification,
                            {id, dateValue(opened), 5, dateValue(rectDue.date),
                             rectDue.provisional ? 1 : 0, text(callback),
                             closed ? QString::fromUtf16(oneOf(random, ClosingNotes))
                                    : QStringLiteral(""),
                             timeValue(closedAt),
                             closed ? QStringLiteral("demo.supervisor") : QStringLiteral(""),
                             closed ? QStringLiteral("closed") : QStringLiteral("open")});
                        ++report.rectifications;
                        report.rectificationsOpen += closed ? 0 : 1;
                    }
                }
            }
            ++report.cases;
            ++done;
            if (progress && done % 10000 == 0)
                progress(done, options.cases);
        }
    }
    if (!failed.isEmpty())
        return R::failure(tr("Cannot store demo cases in %1: %2").arg(m_database.path(), failed));
    report.applicants = int(applicantsSeen.size());

    // The mark: what was generated, with which options (no time, so the same seed gives the
    // same database).
    QJsonObject mark{{QStringLiteral("seed"), QString::number(options.seed)},
                     {QStringLiteral("cases"), options.cases},
                     {QStringLiteral("days"), options.days},
                     {QStringLiteral("end"), options.end.toString(Qt::ISODate)},
                     {QStringLiteral("center"), center}};
    QSqlQuery meta(connection);
    if (!execute(meta,
                 QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('demo_generated', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {QString::fromUtf8(QJsonDocument(mark).toJson(QJsonDocument::Compact))}))
        return R::failure(
            tr("Cannot store demo cases in %1: %2").arg(m_database.path(), failureText(meta)));
    if (audit) {
        if (const Status s = audit->append(
                QStringLiteral("owctl"), QStringLiteral("demo_generated"), center,
                QStringLiteral("%1 cases, seed %2, %3..%4")
                    .arg(report.cases)
                    .arg(options.seed)
                    .arg(report.first.toString(Qt::ISODate), report.last.toString(Qt::ISODate)));
            !s)
            return R::failure(s.error());
    }
    if (const Status s = DailySummary::rebuild(m_database); !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store demo cases in %1: %2").arg(m_database.path(), transaction.error()));
    report.milliseconds = timer.elapsed();
    if (progress)
        progress(report.cases, options.cases);
    return R::success(report);
}

} // namespace ow
