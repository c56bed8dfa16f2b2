#pragma once

#include "cases/IntakeDraft.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ow {

// What an autosaved intake keeps, as one JSON document: the form as the clerk left it (applicant,
// agent, items and scene, the counter state of each material: received / missing / waived, pages,
// scans, note) and the text of the decision box. The rest of the checklist (names, forms,
// copies) comes from the guides again when the draft is restored, so a restored draft follows
// the guides of the day. Reading refuses, with a message naming the first thing wrong, anything
// that is not exactly this shape: not JSON, another document, an older or newer version, a
// field missing or of the wrong type, an unknown state.
class IntakeDraftJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeDraftJson)

public:
    static constexpr int Version = 1;
    static constexpr char FormatName[] = "onewindow-intake-draft";

    struct Saved
    {
        IntakeDraft draft;
        QString note; // the reasons / note typed in the decision box
    };

    static QByteArray toJson(const IntakeDraft& draft, const QString& note);
    static Result<Saved> fromJson(const QByteArray& json);
};

} // namespace ow
