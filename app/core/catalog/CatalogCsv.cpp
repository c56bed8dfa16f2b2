#include "catalog/CatalogCsv.h"

#include <QHash>
#include <QRegularExpression>

namespace ow {

namespace {

const QChar ListSeparator(0xFF1B); // ；

QString quoted(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') &&
        !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString joined(const QStringList& names)
{
    return names.join(ListSeparator);
}

QStringList split(const QString& cell)
{
    QStringList names;
    // A name of blanks alone (a stray tab) is no name: it would read back as nothing after a
    // write (found by FuzzCatalogCsv).
    for (const QString& name : cell.split(ListSeparator, Qt::SkipEmptyParts))
        if (const QString trimmed = name.trimmed(); !trimmed.isEmpty())
            names.append(trimmed);
    return names;
}

void appendRow(QString& text, const QStringList& cells)
{
    QStringList out;
    for (const QString& cell : cells)
        out.append(quoted(cell));
    text += out.join(u',') + QStringLiteral("\r\n");
}

QStringList departmentCells(const Departments& departments)
{
    return {joined(departments.cityLead), joined(departments.cityCo),
            joined(departments.districtLead), joined(departments.districtCo)};
}

enum Column
{
    LifecycleCode,
    LifecycleName,
    StageCode,
    StageNo,
    StageName,
    SceneCode,
    SceneNo,
    SceneName,
    ItemCode,
    ItemNo,
    ItemName,
    ItemType,
    SubItemCode,
    SubItemName,
    SubItemType,
    CityLead,
    CityCo,
    DistrictLead,
    DistrictCo,
    ColumnCount
};

} // namespace

QStringList CatalogCsv::columns()
{
    return {QStringLiteral("lifecycle_code"), QStringLiteral("lifecycle_name"),
            QStringLiteral("stage_code"),     QStringLiteral("stage_no"),
            QStringLiteral("stage_name"),     QStringLiteral("scene_code"),
            QStringLiteral("scene_no"),       QStringLiteral("scene_name"),
            QStringLiteral("item_code"),      QStringLiteral("item_no"),
            QStringLiteral("item_name"),      QStringLiteral("item_type"),
            QStringLiteral("subitem_code"),   QStringLiteral("subitem_name"),
            QStringLiteral("subitem_type"),   QStringLiteral("city_lead"),
            QStringLiteral("city_co"),        QStringLiteral("district_lead"),
            QStringLiteral("district_co")};
}

QByteArray CatalogCsv::write(const Catalog& catalog)
{
    QString text;
    // 全域办: the optional last column, written only when an item has the flag, so a catalog
    // without it keeps the plain header.
    bool withFlag = false;
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    withFlag = withFlag || item.crossRegion;
    const QString flagColumn = QStringLiteral("cross_region");
    appendRow(text, withFlag ? columns() + QStringList{flagColumn} : columns());
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items) {
                    const QStringList place = {lifecycle.code, lifecycle.name,
                                               stage.code,     QString::number(stage.no),
                                               stage.name,     scene.code,
                                               scene.no,       scene.name,
                                               item.code,      QString::number(item.no),
                                               item.name,      item.type};
                    const QStringList flag =
                        withFlag ? QStringList{item.crossRegion ? QStringLiteral("1")
                                                                : QStringLiteral("0")}
                                 : QStringList{};
                    appendRow(text, place + QStringList{QString(), QString(), QString()} +
                                        departmentCells(item.departments) + flag);
                    for (const SubItem& sub : item.subItems)
                        appendRow(text, place + QStringList{sub.code, sub.name, sub.type} +
                                            departmentCells(sub.departments) +
                                            (withFlag ? QStringList{QString()} : QStringList{}));
                }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QList<QStringList>> CatalogCsv::parseRows(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            inQuotes = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
            cell.clear();
            cellStarted = false;
            ++line;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (inQuotes)
        return Result<QList<QStringList>>::failure(
            tr("line %1: a quoted cell is not closed").arg(quoteLine));
    if (cellStarted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return Result<QList<QStringList>>::success(rows);
}

Result<Catalog> CatalogCsv::read(const QByteArray& bytes, const QString& sourceName)
{
    const auto fail = [&](const QString& message) {
        return Result<Catalog>::failure(QStringLiteral("%1: %2").arg(sourceName, message));
    };
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body)
        return fail(
            tr("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")"));
    const Result<QList<QStringList>> parsed = parseRows(text);
    if (!parsed)
        return fail(parsed.error());
    const QList<QStringList>& rows = parsed.value();
    if (rows.isEmpty())
        return fail(tr("the file is empty"));
    const QStringList withFlagHeader = columns() + QStringList{QStringLiteral("cross_region")};
    const bool withFlag = rows.first() == withFlagHeader;
    if (rows.first() != columns() && !withFlag)
        return fail(tr("line 1: the header must be exactly: %1 (cross_region may follow)")
                        .arg(columns().join(u',')));
    const int width = int(ColumnCount) + (withFlag ? 1 : 0);
    if (rows.size() == 1)
        return fail(tr("the file has a header but no items"));

    static const QRegularExpression itemCode(QStringLiteral("^[EP]\\d{3}$"));
    static const QRegularExpression subItemCode(QStringLiteral("^[EP]\\d{3}\\.\\d+$"));
    static const QRegularExpression stageCode(QStringLiteral("^[EP]\\d+$"));
    static const QRegularExpression sceneCode(QStringLiteral("^[EP]\\d+\\.\\d+$"));

    QList<Lifecycle> lifecycles;
    QHash<QString, QString> itemPlace; // item code → scene code, to refuse an item split apart
    QHash<QString, int> seenCodes;     // code → line
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const int line = r + 1;
        if (row.size() != width)
            return fail(
                tr("line %1: %2 cells, the header has %3").arg(line).arg(row.size()).arg(width));
        const QString flagCell = withFlag ? row.at(ColumnCount).trimmed() : QString();
        const auto cell = [&](Column column) { return row.at(column).trimmed(); };
        const auto bad = [&](Column column, const QString& why) {
            return fail(tr("line %1, column %2: %3").arg(line).arg(columns().at(column), why));
        };
        for (Column required : {LifecycleCode, LifecycleName, StageCode, StageNo, StageName,
                                SceneCode, SceneNo, SceneName, ItemCode, ItemNo, ItemName})
            if (cell(required).isEmpty())
                return bad(required, tr("must not be empty"));
        const QString lifecycleCode = cell(LifecycleCode);
        if (lifecycleCode != QLatin1String("E") && lifecycleCode != QLatin1String("P"))
            return bad(LifecycleCode, tr("must be E (enterprise) or P (person)"));
        if (!stageCode.match(cell(StageCode)).hasMatch() ||
            !cell(StageCode).startsWith(lifecycleCode))
            return bad(StageCode, tr("\"%1\" is not a stage code of lifecycle %2 (like %2%3)")
                                      .arg(cell(StageCode), lifecycleCode, QStringLiteral("1")));
        if (!sceneCode.match(cell(SceneCode)).hasMatch() ||
            !cell(SceneCode).startsWith(cell(StageCode) + u'.'))
            return bad(
                SceneCode,
                tr("\"%1\" is not a scene code of stage %2").arg(cell(SceneCode), cell(StageCode)));
        if (!itemCode.match(cell(ItemCode)).hasMatch() || !cell(ItemCode).startsWith(lifecycleCode))
            return bad(
                ItemCode,
                tr("\"%1\" is not an item code (like %2001)").arg(cell(ItemCode), lifecycleCode));
        bool ok = false;
        const int stageNo = cell(StageNo).toInt(&ok);
        if (!ok || stageNo <= 0)
            return bad(StageNo, tr("must be a whole number from 1"));
        const int itemNo = cell(ItemNo).toInt(&ok);
        if (!ok || itemNo <= 0)
            return bad(ItemNo, tr("must be a whole number from 1"));

        // Find or add the lifecycle, stage and scene (in the order first met).
        Lifecycle* lifecycle = nullptr;
        for (Lifecycle& l : lifecycles)
            if (l.code == lifecycleCode)
                lifecycle = &l;
        if (!lifecycle) {
            lifecycles.append(Lifecycle{lifecycleCode, cell(LifecycleName), {}});
            lifecycle = &lifecycles.last();
        } else if (lifecycle->name != cell(LifecycleName)) {
            return bad(LifecycleName, tr("lifecycle %1 is named \"%2\" on an earlier line")
                                          .arg(lifecycleCode, lifecycle->name));
        }
        Stage* stage = nullptr;
        for (Stage& s : lifecycle->stages)
            if (s.code == cell(StageCode))
                stage = &s;
        if (!stage) {
            lifecycle->stages.append(Stage{cell(StageCode), stageNo, cell(StageName), {}});
            stage = &lifecycle->stages.last();
        } else if (stage->name != cell(StageName) || stage->no != stageNo) {
            return bad(StageName,
                       tr("stage %1 is given differently on an earlier line").arg(stage->code));
        }
        Scene* scene = nullptr;
        for (Scene& s : stage->scenes)
            if (s.code == cell(SceneCode))
                scene = &s;
        if (!scene) {
            stage->scenes.append(Scene{cell(SceneCode), cell(SceneNo), cell(SceneName), {}});
            scene = &stage->scenes.last();
        } else if (scene->name != cell(SceneName) || scene->no != cell(SceneNo)) {
            return bad(SceneName,
                       tr("scene %1 is given differently on an earlier line").arg(scene->code));
        }
        const Departments departments{split(row.at(CityLead)), split(row.at(CityCo)),
                                      split(row.at(DistrictLead)), split(row.at(DistrictCo))};
        const QString code = cell(ItemCode);
        if (itemPlace.contains(code) && itemPlace.value(code) != scene->code)
            return bad(ItemCode,
                       tr("item %1 is already in scene %2").arg(code, itemPlace.value(code)));
        itemPlace.insert(code, scene->code);
        Item* item = nullptr;
        for (Item& i : scene->items)
            if (i.code == code)
                item = &i;
        const QString subCode = cell(SubItemCode);
        if (subCode.isEmpty()) {
            if (item)
                return bad(ItemCode, tr("item %1 has a row already, on line %2")
                                         .arg(code)
                                         .arg(seenCodes.value(code)));
            seenCodes.insert(code, line);
            if (!flagCell.isEmpty() && flagCell != u'0' && flagCell != u'1')
                return fail(tr("line %1, column cross_region: write 1 (全域办) or 0, not \"%2\"")
                                .arg(line)
                                .arg(flagCell));
            scene->items.append(Item{
                code, itemNo, cell(ItemName), cell(ItemType), departments, {}, flagCell == u'1'});
            continue;
        }
        if (!item)
            return bad(SubItemCode,
                       tr("sub-item %1 comes before the row of its item %2").arg(subCode, code));
        if (!subItemCode.match(subCode).hasMatch() || !subCode.startsWith(code + u'.'))
            return bad(
                SubItemCode,
                tr("\"%1\" is not a sub-item code of item %2 (like %2.1)").arg(subCode, code));
        if (seenCodes.contains(subCode))
            return bad(SubItemCode, tr("sub-item %1 has a row already, on line %2")
                                        .arg(subCode)
                                        .arg(seenCodes.value(subCode)));
        if (cell(SubItemName).isEmpty())
            return bad(SubItemName, tr("must not be empty"));
        if (!flagCell.isEmpty())
            return fail(
                tr("line %1, column cross_region: only an item's own row has the flag").arg(line));
        seenCodes.insert(subCode, line);
        item->subItems.append(SubItem{subCode, cell(SubItemName), cell(SubItemType), departments});
    }
    return Result<Catalog>::success(Catalog(lifecycles));
}

} // namespace ow
