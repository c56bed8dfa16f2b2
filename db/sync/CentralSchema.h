#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ow {

// The central store's schema: db/central/NNNN_name.sql, embedded, applied in order, each
// recorded in onewindow.schema_version. Run by an administrator (a superuser, or the owner of
// the database with CREATEROLE).
class CentralSchema
{
    Q_DECLARE_TR_FUNCTIONS(ow::CentralSchema)

public:
    // What the workstation and the store must agree on before anything moves.
    static constexpr int ProtocolVersion = 1;

    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };
    static const QList<Migration>& migrations();
    static int latestVersion();

    // The version of the schema in db (0: none yet).
    static Result<int> version(QSqlDatabase& db);
    // Creates or upgrades the schema in one transaction (idempotent); returns the version it
    // started from.
    static Result<int> upgrade(QSqlDatabase& db);
    // A center and its login role ow_<code lower case>; returns the role's name.
    static Result<QString> addCenter(QSqlDatabase& db, const QString& code, const QString& name,
                                     const QString& password);
    // A new version of a reference document (kind: catalog, guides, materials, calendar).
    static Result<int> publishReference(QSqlDatabase& db, const QString& kind, const QString& key,
                                        const QByteArray& json);
};

} // namespace ow
