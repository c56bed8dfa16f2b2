#pragma once

#include "common/Result.h"
#include "guide/Guide.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace ow {

class JsonWriter;

// Reads and writes guides and the materials dictionary in their JSON form
// (db/seed/guides/*.json, db/seed/materials.json). Reading checks every field, so a damaged
// guide is refused with a message naming the file and the field.
class GuideJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideJson)

public:
    using Dictionary = QHash<QString, MaterialDefinition>;

    static Result<Guide> readGuide(const QByteArray& json, const QString& sourceName);
    static QByteArray writeGuide(const Guide& guide);
    static void writeGuideFields(JsonWriter& out, const Guide& guide, const Dictionary* dictionary);

    static Result<Dictionary> readMaterials(const QByteArray& json, const QString& sourceName);
    // Every material key of the guide is in the dictionary, and what it says of waiving agrees.
    static Status checkAgainst(const Guide& guide, const Dictionary& dictionary,
                               const QString& sourceName);

    static QString formName(MaterialForm form);
    static QString limitText(const TimeLimit& limit);
};

} // namespace ow
