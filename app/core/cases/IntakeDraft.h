#pragma once

#include "cases/Case.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <QHash>

namespace ow {

// What the clerk has typed and ticked so far for one intake, and the rules on it: each field
// checked with a message for the field, the merged checklist (一套材料) kept in step with the
// chosen items, and what each decision needs. The intake screen is a view of this; tests drive it
// without widgets.
class IntakeDraft
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeDraft)

public:
    enum class Decision
    {
        Accept,
        Supplement,
        Refuse
    };

    struct Problem
    {
        QString field; // "applicant.identifier", "agent.idNumber", "items" …
        QString message;
        bool blocking = true; // false: a warning (a credit code failing its check character)
    };

    Applicant applicant;
    std::optional<Agent> agent;
    QStringList itemCodes;
    QString sceneCode;
    QList<CaseMaterial> materials;
    QStringList itemsWithoutGuide;
    // The autosaved draft this intake is kept in (IntakeDraftStore; empty: not autosaved). The
    // transaction that takes the case in deletes it.
    QString autosaveId;

    // Every field, checked; normalises identifiers and phones in place when valid.
    QList<Problem> check(const QDate& today);
    static bool blocks(const QList<Problem>& problems);

    // Rebuilds the checklist for the current items; materials already ticked keep their state.
    void mergeChecklist(const QHash<QString, Guide>& guides,
                        const GuideJson::Dictionary& dictionary);

    // Attaches a scan to material row: its name joins the material's scans, its pages are added
    // to the material's pages, and a missing material becomes received. The same file twice on
    // one material is refused.
    Status attachScan(int row, const Scan& scan);
    // Removes scan index of material row (before the decision) and takes its pages off again.
    // Returns the scan removed.
    Result<Scan> removeScan(int row, int index);
    // Whether any material of the draft still uses the file (after a removal).
    bool usesFile(const QString& sha256) const;

    int ageOn(const QDate& today) const;
    bool greenChannel(const QDate& today) const; // elderly (60+) or disabled
    Status canDecide(Decision decision, const QString& reason) const;

    // The case as it is received (收件), ready to be stored.
    Case toCase(const QString& centerCode, int window, const QString& clerk, const QDateTime& now,
                const QHash<QString, Guide>& guides) const;
};

} // namespace ow
