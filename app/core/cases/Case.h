#pragma once

#include "cases/CaseStatus.h"
#include "cases/Scan.h"
#include "guide/Guide.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// 申请人: a person (resident ID) or an enterprise (unified social credit code). One archive per
// identifier (一人一档 / 一企一档) collects every case over the lifecycle.
struct Applicant
{
    enum class Kind
    {
        Person,
        Enterprise
    };

    Kind kind = Kind::Person;
    QString name;
    QString identifier; // resident ID number (normalised) or credit code
    QString phone;      // normalised
    QString address;
    // person
    QDate birthDate;
    bool disabled = false;
    QString disabilityCertificate;
    // enterprise
    QString legalRepresentative;
    QString contactName;

    bool operator==(const Applicant&) const = default;
};

// 代办人: acts for the applicant, with their own ID and an authorization.
struct Agent
{
    QString name;
    QString idNumber;
    QString phone;
    QString authorization; // what the authorization is (e.g. 授权委托书, 监护关系证明)

    bool operator==(const Agent&) const = default;
};

// One material of the merged checklist and what happened to it at the counter.
struct CaseMaterial
{
    enum class State
    {
        Missing,
        Received,
        Waived
    };

    QString key;
    QString name;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool required = true;
    QStringList conditions;
    QStringList itemCodes;
    State state = State::Missing;
    int pages = 0;
    QStringList scans; // SHA-256 names in the encrypted file store
    // What each of those is (media type, pages, who attached it), in the same order; empty for a
    // case that holds names only (taken before scans were recorded, or imported).
    QList<Scan> scanFiles;
    QString note;

    bool operator==(const CaseMaterial&) const = default;
};

// 办件: one application taken at a window, for one item or a chain of them.
struct Case
{
    QString id;     // UUID, made at the window
    QString number; // human case number: centre-window-date-sequence, unique without network
    QString centerCode;
    int window = 0;
    QString clerk; // user name
    QDateTime receivedAt;

    Applicant applicant;
    std::optional<Agent> agent;
    QStringList itemCodes;
    QString sceneCode;     // when a whole scene (一件事) was taken in
    QString guideVersions; // "E001:1 E002:1": the versions the case was taken under

    QList<CaseMaterial> materials;
    QList<CaseEvent> events;

    QDate acceptedOn;
    QDate dueDate;
    bool dueProvisional = false;
    QString calendarVersion;
    QString
        decisionNote; // reasons of a refusal, or what the supplement notice says beyond materials
    bool greenChannel = false; // 绿色通道: elderly (60+) or disabled

    CaseStatus status() const;
    QList<const CaseMaterial*> missingMaterials() const;
    bool operator==(const Case&) const = default;
};

} // namespace ow
