#include "cases/HomeVisit.h"

#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

namespace ow {

QList<HomeVisitProblem> HomeVisits::check(HomeVisit& visit, const QDate& today)
{
    QList<HomeVisitProblem> problems;
    const auto add = [&problems](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message});
    };

    const IdNumberCheck id = IdNumber::check(visit.applicantIdentifier, today);
    if (visit.applicantIdentifier.trimmed().isEmpty())
        add("identifier", tr("Enter the applicant's resident ID number."));
    else if (!id.valid)
        add("identifier", tr("Resident ID number: %1").arg(id.message));
    else
        visit.applicantIdentifier = id.normalized;

    visit.applicantName = visit.applicantName.trimmed();
    if (visit.applicantName.isEmpty())
        add("name", tr("Enter the applicant's name."));
    else if (visit.applicantName.size() > 50)
        add("name", tr("The name is longer than 50 characters."));

    const PhoneCheck phone = PhoneNumber::check(visit.phone);
    if (visit.phone.trimmed().isEmpty())
        add("phone", tr("Enter a phone number to confirm the visit with the applicant."));
    else if (!phone.valid)
        add("phone", tr("Phone: %1").arg(phone.message));
    else
        visit.phone = phone.normalized;

    visit.address = visit.address.trimmed();
    if (visit.address.isEmpty())
        add("address", tr("Enter the address to visit (district, street, building, room)."));
    else if (visit.address.size() < 6)
        add("address", tr("The address is too short to find the home: give the street, building "
                          "and room."));
    else if (visit.address.size() > MaxAddressLength)
        add("address", tr("The address is longer than %1 characters.").arg(MaxAddressLength));

    QStringList codes;
    for (const QString& code : std::as_const(visit.itemCodes)) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !codes.contains(trimmed))
            codes.append(trimmed);
    }
    visit.itemCodes = codes;
    if (codes.isEmpty())
        add("items", tr("Choose at least one item the applicant asks for."));
    else if (codes.size() > MaxItems)
        add("items", tr("At most %1 items can be taken on one visit.").arg(MaxItems));

    if (!visit.date.isValid())
        add("date", tr("Choose the day of the visit."));
    else if (visit.date < today)
        add("date",
            tr("The day of the visit (%1) is in the past.").arg(visit.date.toString(Qt::ISODate)));
    else if (visit.date > today.addDays(MaxDaysAhead))
        add("date", tr("A visit is booked at most %1 days ahead.").arg(MaxDaysAhead));

    if (!visit.slotStart.isValid() || !visit.slotEnd.isValid())
        add("slot", tr("Choose the time slot of the visit."));
    else if (visit.slotEnd <= visit.slotStart)
        add("slot", tr("The time slot ends (%1) before it starts (%2).")
                        .arg(visit.slotEnd.toString(QStringLiteral("HH:mm")),
                             visit.slotStart.toString(QStringLiteral("HH:mm"))));
    else if (visit.slotStart < QTime(8, 0) || visit.slotEnd > QTime(20, 0))
        add("slot", tr("Visits are made between 08:00 and 20:00."));

    visit.staff = visit.staff.trimmed();
    if (visit.staff.isEmpty())
        add("staff", tr("Choose who makes the visit."));

    visit.notes = visit.notes.trimmed();
    if (visit.notes.size() > MaxNotesLength)
        add("notes", tr("The notes are longer than %1 characters.").arg(MaxNotesLength));
    else if (visit.reason == HomeVisit::Reason::Other && visit.notes.isEmpty())
        add("notes",
            tr("The reason is \"other\": say in the notes why the applicant cannot come."));
    return problems;
}

QList<HomeVisit::Reason> HomeVisits::reasons()
{
    return {HomeVisit::Reason::Elderly, HomeVisit::Reason::Disabled, HomeVisit::Reason::Ill,
            HomeVisit::Reason::Other};
}

QString HomeVisits::reasonKey(HomeVisit::Reason reason)
{
    switch (reason) {
    case HomeVisit::Reason::Elderly:
        return QStringLiteral("elderly");
    case HomeVisit::Reason::Disabled:
        return QStringLiteral("disabled");
    case HomeVisit::Reason::Ill:
        return QStringLiteral("ill");
    case HomeVisit::Reason::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<HomeVisit::Reason> HomeVisits::reasonFromKey(const QString& key)
{
    for (const HomeVisit::Reason reason : reasons())
        if (reasonKey(reason) == key)
            return reason;
    return std::nullopt;
}

QString HomeVisits::reasonText(HomeVisit::Reason reason)
{
    switch (reason) {
    case HomeVisit::Reason::Elderly:
        return tr("Elderly");
    case HomeVisit::Reason::Disabled:
        return tr("Disabled");
    case HomeVisit::Reason::Ill:
        return tr("Ill or bedridden");
    case HomeVisit::Reason::Other:
        return tr("Other");
    }
    return QString();
}

QString HomeVisits::stateKey(HomeVisit::State state)
{
    switch (state) {
    case HomeVisit::State::Booked:
        return QStringLiteral("booked");
    case HomeVisit::State::Visited:
        return QStringLiteral("visited");
    case HomeVisit::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<HomeVisit::State> HomeVisits::stateFromKey(const QString& key)
{
    for (const HomeVisit::State state :
         {HomeVisit::State::Booked, HomeVisit::State::Visited, HomeVisit::State::Cancelled})
        if (stateKey(state) == key)
            return state;
    return std::nullopt;
}

QString HomeVisits::stateText(HomeVisit::State state)
{
    switch (state) {
    case HomeVisit::State::Booked:
        return tr("Booked");
    case HomeVisit::State::Visited:
        return tr("Visited");
    case HomeVisit::State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString HomeVisits::slotText(const HomeVisit& visit)
{
    return QStringLiteral("%1–%2").arg(visit.slotStart.toString(QStringLiteral("HH:mm")),
                                       visit.slotEnd.toString(QStringLiteral("HH:mm")));
}

} // namespace ow
