#pragma once

#include "cases/Case.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class JsonWriter;

// The one JSON shape of cases (docs/case-json.md): what `owctl case export --json` writes and
// `owctl case import` reads, so cases can be loaded and checked from outside.
//
//     {"format":"onewindow-case","version":1,"cases":[{…},…]}
//
// Identifiers and phone numbers are written in full: a document is a personal-data export.
// Times are written in UTC with milliseconds ("2026-11-30T01:15:00.000Z"); any ISO 8601 time
// with a zone is read. read() checks everything a case must satisfy before a byte is stored —
// JSON syntax, the header, every field's type, resident ID numbers, credit codes and phones
// (app/core/validation), dates, material states and forms, the event log's order
// (CaseLifecycle::statusOf), the decision against the events, ids and numbers unique in the
// document — and fails on the first problem with its JSON path:
//     cases[3].applicant.identifier: the check character should be 7, not 5.
// It never crashes, whatever the bytes (tests/fuzz/FuzzCaseJson.cpp).
class CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseJson)

public:
    static constexpr int Version = 1;
    static QString formatName(); // "onewindow-case"

    static QByteArray write(const QList<Case>& cases);
    static void writeCase(JsonWriter& out, const Case& c);
    static Result<QList<Case>> read(const QByteArray& bytes);

    // The keys of a material's form (原件, 复印件, 电子) and state (missing, received, waived), the
    // same as case_material stores.
    static QString formKey(MaterialForm form);
    static std::optional<MaterialForm> formFromKey(const QString& key);
    static QString stateKey(CaseMaterial::State state);
    static std::optional<CaseMaterial::State> stateFromKey(const QString& key);
};

} // namespace ow
