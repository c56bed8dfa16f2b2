// owctl calendar …: working days and due dates from the built-in holiday calendar (no database).
#include "Owctl.h"

#include "calendar/CalendarData.h"
#include "calendar/WorkCalendar.h"

#include <QDate>
#include <QRegularExpression>

namespace ow {

namespace {

constexpr int MaxWorkingDays = 3650;

// A date written YYYY-MM-DD that exists; a null date otherwise.
QDate parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

int Owctl::calendarCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("calendar needs a subcommand: due or is-workday"));
    const QString& subcommand = words.first();
    const QStringList arguments = words.mid(1);

    if (subcommand == QLatin1String("due")) {
        QString from;
        QString count;
        for (int i = 0; i < arguments.size(); ++i) {
            const QString& argument = arguments.at(i);
            QString error;
            QString* target = nullptr;
            QString name;
            if (argument == QLatin1String("--from") ||
                argument.startsWith(QLatin1String("--from="))) {
                target = &from;
                name = QStringLiteral("--from");
            } else if (argument == QLatin1String("--working-days") ||
                       argument.startsWith(QLatin1String("--working-days="))) {
                target = &count;
                name = QStringLiteral("--working-days");
            } else {
                return usageError(tr("calendar due: unknown argument '%1'").arg(argument));
            }
            if (!target->isNull())
                return usageError(tr("calendar due: %1 is given twice").arg(name));
            if (!takeValue(arguments, i, name, *target, error))
                return usageError(error);
        }
        if (from.isNull())
            return usageError(tr("calendar due needs --from YYYY-MM-DD"));
        if (count.isNull())
            return usageError(tr("calendar due needs --working-days N"));
        const QDate accepted = parseDate(from);
        if (!accepted.isValid())
            return usageError(tr("--from takes a date YYYY-MM-DD that exists, got '%1'").arg(from));
        bool ok = false;
        const int workingDays = count.toInt(&ok);
        if (!ok || workingDays < 0 || workingDays > MaxWorkingDays)
            return usageError(tr("--working-days takes a whole number from 0 to %1, got '%2'")
                                  .arg(MaxWorkingDays)
                                  .arg(count));
        const Result<WorkCalendar> calendar = CalendarData::load();
        if (!calendar)
            return failure(calendar.error());
        const WorkCalendar::DueDate due = calendar.value().dueDate(accepted, workingDays);
        QString line = due.date.toString(Qt::ISODate);
        if (due.provisional)
            line += QStringLiteral(" provisional");
        print(line.toUtf8() + '\n');
        return 0;
    }

    if (subcommand == QLatin1String("is-workday")) {
        if (arguments.size() != 1)
            return usageError(tr("calendar is-workday takes one date YYYY-MM-DD"));
        const QDate date = parseDate(arguments.first());
        if (!date.isValid())
            return usageError(tr("calendar is-workday: '%1' is not a date YYYY-MM-DD that exists")
                                  .arg(arguments.first()));
        const Result<WorkCalendar> calendar = CalendarData::load();
        if (!calendar)
            return failure(calendar.error());
        // Fixed words for scripts, in every language; the holiday's name is the notice's.
        const WorkCalendar::Day day = calendar.value().day(date);
        QString line;
        switch (day.kind) {
        case WorkCalendar::DayKind::Workday:
            line = QStringLiteral("workday");
            break;
        case WorkCalendar::DayKind::MakeUpWorkday:
            line = QStringLiteral("workday 调休");
            break;
        case WorkCalendar::DayKind::Holiday:
            line = QStringLiteral("holiday ") + day.name;
            break;
        case WorkCalendar::DayKind::Weekend:
            line = QStringLiteral("weekend");
            break;
        }
        if (day.provisional)
            line += QStringLiteral(" provisional");
        print(line.toUtf8() + '\n');
        return 0;
    }

    return usageError(tr("unknown calendar subcommand '%1'").arg(subcommand));
}

} // namespace ow
