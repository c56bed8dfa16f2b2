#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace ow {

// How the repositories talk to SQLite about failures, times and dates: one way everywhere.
inline QString failureText(const QSqlQuery& query)
{
    return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                      : query.lastError().databaseText();
}

// Prepares sql, binds values in order and runs it; false with the query's error on failure.
inline bool execute(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Times are stored as UTC ISO 8601 with milliseconds ("2026-11-30T01:02:03.456Z"), so text
// order is time order.
inline QVariant timeValue(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

inline QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

inline QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

inline QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace ow
