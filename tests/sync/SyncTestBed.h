#pragma once
// What the sync tests share: a scratch database in the test PostgreSQL cluster with the central
// schema and centers, and workstations (local SQLite databases with a hall) that sync with it.
// The cluster comes from ONEWINDOW_TEST_PG_URL (packaging/test.sh) or from the ctest fixture
// PgCluster (<build>/pg-cluster/url); without either the tests fail, they never skip.

#include "CentralSchema.h"
#include "CentralSettings.h"
#include "Database.h"
#include "DatabaseSetup.h"
#include "SyncEngine.h"
#include "TestPaths.h"
#include "access/AccountService.h"
#include "catalog/CatalogSeed.h"
#include "common/Clock.h"
#include "sync/SyncOutbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace ow::test {

inline QString pgAdminUrl()
{
    QString url = qEnvironmentVariable("ONEWINDOW_TEST_PG_URL");
    if (url.isEmpty()) {
        QFile file(binaryPath(QStringLiteral("pg-cluster/url")));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    return url;
}

inline QString randomCode(const QString& prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
}

// The rows a side holds, one canonical JSON text per row, per table.
using RowSet = QMap<QString, QStringList>;

inline const QStringList& caseTables()
{
    static const QStringList tables = {QStringLiteral("applicant"), QStringLiteral("case_file"),
                                       QStringLiteral("case_item"), QStringLiteral("case_material"),
                                       QStringLiteral("case_event")};
    return tables;
}

inline QString canonical(const QString& json)
{
    return QString::fromUtf8(QJsonDocument(QJsonDocument::fromJson(json.toUtf8()).object())
                                 .toJson(QJsonDocument::Compact));
}

// A scratch database with the central schema; dropped at the end.
class ScratchCentral
{
public:
    ScratchCentral()
    {
        m_adminUrl = pgAdminUrl();
        if (m_adminUrl.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL for the tests: run them through "
                                     "packaging/test.sh, or ctest (fixture PgCluster), or set "
                                     "ONEWINDOW_TEST_PG_URL (tests/support/pg-cluster.sh)");
            return;
        }
        m_name = QStringLiteral("ow_test_%1").arg(QRandomGenerator::global()->generate());
        {
            auto admin = CentralSettings::fromUrl(m_adminUrl).value();
            auto db = admin.open(QStringLiteral("scratch-admin"));
            if (!db) {
                m_error = db.error();
                return;
            }
            QSqlQuery query(db.value());
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
                m_error = query.lastError().text();
        }
        CentralSettings::closeConnection(QStringLiteral("scratch-admin"));
        if (!m_error.isEmpty())
            return;
        auto opened = adminSettings().open(QStringLiteral("scratch-db-admin"));
        if (!opened) {
            m_error = opened.error();
            return;
        }
        m_admin = opened.value();
        const Result<int> upgraded = CentralSchema::upgrade(m_admin);
        if (!upgraded)
            m_error = upgraded.error();
    }
    ~ScratchCentral()
    {
        m_admin = QSqlDatabase();
        CentralSettings::closeConnection(QStringLiteral("scratch-db-admin"));
        if (m_name.isEmpty())
            return;
        {
            auto admin = CentralSettings::fromUrl(m_adminUrl).value();
            auto db = admin.open(QStringLiteral("scratch-admin"));
            if (db)
                QSqlQuery(db.value())
                    .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        CentralSettings::closeConnection(QStringLiteral("scratch-admin"));
    }
    const QString& error() const { return m_error; }
    QSqlDatabase& admin() { return m_admin; }

    CentralSettings adminSettings() const
    {
        CentralSettings settings = CentralSettings::fromUrl(m_adminUrl).value();
        settings.database = m_name;
        return settings;
    }
    // A center and its login; the settings a workstation of it uses.
    CentralSettings addCenter(const QString& code)
    {
        const Result<QString> role =
            CentralSchema::addCenter(m_admin, code, QStringLiteral("Hall ") + code, password());
        if (!role)
            qFatal("add-center %s: %s", qPrintable(code), qPrintable(role.error()));
        CentralSettings settings = adminSettings();
        settings.user = role.value();
        settings.password = password();
        return settings;
    }
    QString urlOf(const CentralSettings& settings) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(settings.user, settings.host)
            .arg(settings.port)
            .arg(m_name);
    }
    static QString password() { return QStringLiteral("Central2026ok"); }

    // The live rows of a center in the store.
    RowSet rows(const QString& center)
    {
        RowSet result;
        QSqlQuery query(m_admin);
        query.prepare(QStringLiteral("SELECT table_name, data::text FROM onewindow.sync_row "
                                     "WHERE center_code = ? AND data IS NOT NULL"));
        query.addBindValue(center);
        if (!query.exec())
            qFatal("rows: %s", qPrintable(query.lastError().text()));
        while (query.next()) {
            if (caseTables().contains(query.value(0).toString()))
                result[query.value(0).toString()].append(canonical(query.value(1).toString()));
        }
        for (QStringList& list : result)
            list.sort();
        return result;
    }
    int count(const QString& sql)
    {
        QSqlQuery query(m_admin);
        if (!query.exec(sql) || !query.next())
            qFatal("count: %s", qPrintable(query.lastError().text()));
        return query.value(0).toInt();
    }

private:
    QString m_adminUrl;
    QString m_name;
    QString m_error;
    QSqlDatabase m_admin;
};

// A workstation: a local database with a hall and window, and its sync engine.
class Workstation
{
public:
    Workstation(const QString& folder, const QString& center, int window,
                const CentralSettings& central)
        : m_center(center), m_window(window), m_central(central)
    {
        m_path = folder + QStringLiteral("/w-%1-%2.sqlite").arg(center).arg(window);
        auto prepared = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
        if (!prepared)
            qFatal("workstation: %s", qPrintable(prepared.error()));
        m_database = std::move(prepared.value().database);
        SystemClock clock;
        AccountService accounts(*m_database, clock);
        const Status hall = accounts.setUpHall(
            {center, QStringLiteral("Hall ") + center, window, 5}, QStringLiteral("admin"),
            QStringLiteral("Admin"), QStringLiteral("Counter2026ok"));
        if (!hall)
            qFatal("workstation hall: %s", qPrintable(hall.error()));
        m_engine = std::make_unique<SyncEngine>(*m_database);
        // The tests look at the count check of every round that moved rows.
        m_engine->setCheckInterval(0);
    }
    Database& database() { return *m_database; }
    SyncEngine& engine() { return *m_engine; }
    const QString& path() const { return m_path; }
    Result<SyncReport> sync() { return m_engine->runOnce(m_central); }

    // A case as the intake stores it: applicant, case, two items, a material, its first event.
    QString addCase(int sequence, const QString& identifier = QStringLiteral("11010519491231002X"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString number = QStringLiteral("%1-%2-20261128-%3")
                                   .arg(m_center)
                                   .arg(m_window, 2, 10, QLatin1Char('0'))
                                   .arg(sequence, 4, 10, QLatin1Char('0'));
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        exec(QStringLiteral(
                 "INSERT INTO applicant (identifier, kind, name, phone, updated_at) VALUES "
                 "('%1', 'person', '张三', '13812345678', '2026-11-28T01:00:00.000Z') ON CONFLICT "
                 "(identifier) DO UPDATE SET updated_at = excluded.updated_at")
                 .arg(identifier));
        exec(QStringLiteral("INSERT INTO case_file (id, number, center_code, window_no, "
                            "received_on, sequence, clerk, received_at, applicant_identifier, "
                            "status) VALUES ('%1', '%2', '%3', %4, '2026-11-28', %5, 'admin', "
                            "'2026-11-28T01:00:00.000Z', '%6', 'received')")
                 .arg(id, number, m_center)
                 .arg(m_window)
                 .arg(sequence)
                 .arg(identifier));
        exec(QStringLiteral("INSERT INTO case_item (case_id, position, item_code) VALUES ('%1', "
                            "1, 'P001'), ('%1', 2, 'P002')")
                 .arg(id));
        exec(QStringLiteral("INSERT INTO case_material (case_id, position, key, name, form, "
                            "copies, required, state) VALUES ('%1', 1, 'id-card', '居民身份证', "
                            "'原件', 1, 1, 'received')")
                 .arg(id));
        exec(QStringLiteral("INSERT INTO case_event (case_id, position, status, at, user_name) "
                            "VALUES ('%1', 1, 'received', '2026-11-28T01:00:00.000Z', 'admin')")
                 .arg(id));
        exec(QStringLiteral("COMMIT"));
        return id;
    }
    void exec(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0);
    }
    int pending() { return value(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(); }

    RowSet rows()
    {
        RowSet result;
        const auto tables = SyncOutbox::tables(*m_database).value();
        for (const SyncOutbox::TableInfo& table : tables) {
            if (!caseTables().contains(table.name))
                continue;
            QSqlQuery query(m_database->connection());
            if (!query.exec(
                    QStringLiteral("SELECT %1 FROM %2 AS NEW")
                        .arg(SyncOutbox::rowExpression(table, QStringLiteral("NEW")), table.name)))
                qFatal("rows: %s", qPrintable(query.lastError().text()));
            while (query.next())
                result[table.name].append(canonical(query.value(0).toString()));
            result[table.name].sort();
            if (result[table.name].isEmpty())
                result.remove(table.name);
        }
        return result;
    }

private:
    QString m_center;
    int m_window;
    CentralSettings m_central;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace ow::test
