#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace ow {

// 上门服务: an appointment to take a case at the home of an applicant who cannot come to the
// hall (elderly, disabled, ill). The case itself is entered later through the normal intake,
// opened from the appointment, and linked to it: the appointment is then visited.
struct HomeVisit
{
    enum class Reason
    {
        Elderly,  // 高龄
        Disabled, // 残疾
        Ill,      // 患病 / 行动不便
        Other,    // 其他 (the notes say what)
    };
    enum class State
    {
        Booked,    // 已预约
        Visited,   // 已上门 (the case taken at home is linked)
        Cancelled, // 已取消
    };

    QString id; // UUID, set when stored
    QString applicantIdentifier;
    QString applicantName;
    QString phone;
    QString address;
    Reason reason = Reason::Elderly;
    QStringList itemCodes;
    QDate date;
    QTime slotStart;
    QTime slotEnd;
    QString staff; // user name of who goes
    State state = State::Booked;
    QString notes;
    QString caseId;     // the case taken at home (visited)
    QString caseNumber; // read with it, for lists
    QString bookedBy;
    QDateTime bookedAt;

    bool operator==(const HomeVisit&) const = default;
};

struct HomeVisitProblem
{
    QString field; // identifier, name, phone, address, reason, items, date, slot, staff, notes
    QString message;
};

class HomeVisits
{
    Q_DECLARE_TR_FUNCTIONS(ow::HomeVisits)

public:
    static constexpr int MaxAddressLength = 200;
    static constexpr int MaxNotesLength = 500;
    static constexpr int MaxItems = 20;
    static constexpr int MaxDaysAhead = 90;

    // Every field that is wrong, with a message naming it; empty when the booking can be stored.
    // Normalises the identifier (upper case X) and the phone on the way. `today`: bookings for a
    // day before today or more than MaxDaysAhead days ahead are refused. Reason Other needs notes.
    static QList<HomeVisitProblem> check(HomeVisit& visit, const QDate& today);

    static QString reasonKey(HomeVisit::Reason reason); // elderly, disabled, ill, other
    static std::optional<HomeVisit::Reason> reasonFromKey(const QString& key);
    static QString reasonText(HomeVisit::Reason reason); // 高龄 …
    static QList<HomeVisit::Reason> reasons();

    static QString stateKey(HomeVisit::State state); // booked, visited, cancelled
    static std::optional<HomeVisit::State> stateFromKey(const QString& key);
    static QString stateText(HomeVisit::State state);

    // "09:00–11:00"
    static QString slotText(const HomeVisit& visit);
};

// How many appointments of each state (for the dashboard's assisted-service figures).
struct HomeVisitCounts
{
    int booked = 0;
    int visited = 0;
    int cancelled = 0;
    int total() const { return booked + visited + cancelled; }
    bool operator==(const HomeVisitCounts&) const = default;
};

} // namespace ow
