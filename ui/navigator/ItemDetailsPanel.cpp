#include "navigator/ItemDetailsPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ow {

namespace {

QString departmentText(const QStringList& departments)
{
    return departments.isEmpty() ? ItemDetailsPanel::tr("none")
                                 : departments.join(QStringLiteral("、"));
}

QString typeText(const QString& type, const QList<SubItem>& subItems = {})
{
    if (!type.isEmpty())
        return type;
    for (const SubItem& subItem : subItems) {
        if (subItem.type != subItems.first().type)
            return ItemDetailsPanel::tr("differs by sub-item");
    }
    return ItemDetailsPanel::tr("not stated in the catalog");
}

} // namespace

ItemDetailsPanel::ItemDetailsPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_form(new QFormLayout())
{
    setObjectName(QStringLiteral("itemDetails"));
    setAccessibleName(tr("Item details"));
    auto* layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setAccessibleName(tr("Selected entry"));
    m_title->setAccessibleDescription(
        tr("Code and name of the entry chosen in the navigator or the search."));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);
    m_code = addField(tr("Code"), QStringLiteral("detailsCode"));
    m_type = addField(tr("Item type"), QStringLiteral("detailsType"));
    m_cityLead = addField(tr("City lead department"), QStringLiteral("detailsCityLead"));
    m_cityCo = addField(tr("City co-operating departments"), QStringLiteral("detailsCityCo"));
    m_districtLead =
        addField(tr("District lead department"), QStringLiteral("detailsDistrictLead"));
    m_districtCo =
        addField(tr("District co-operating departments"), QStringLiteral("detailsDistrictCo"));
    m_contents = addField(tr("Contents"), QStringLiteral("detailsContents"));
    layout->addStretch(1);
    clear();
}

QLabel* ItemDetailsPanel::addField(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setAccessibleDescription(tr("Catalog data of the selected entry: %1.").arg(label));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    auto* caption = new QLabel(tr("%1:", "form caption").arg(label), this);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void ItemDetailsPanel::clear()
{
    m_shownCode.clear();
    m_title->setText(tr("Choose a stage, scene or item on the left."));
    for (QLabel* field :
         {m_code, m_type, m_cityLead, m_cityCo, m_districtLead, m_districtCo, m_contents}) {
        field->clear();
        m_form->setRowVisible(field, false);
    }
}

void ItemDetailsPanel::showCode(const QString& code)
{
    clear();
    if (!m_catalog || code.isEmpty())
        return;
    static const QRegularExpression subItemPattern(QStringLiteral("^[EP]\\d{3}\\.\\d+$"));
    static const QRegularExpression itemPattern(QStringLiteral("^[EP]\\d{3}$"));
    if (subItemPattern.match(code).hasMatch()) {
        const SubItem* subItem = m_catalog->subItem(code);
        const Item* owner = m_catalog->item(code.section(QLatin1Char('.'), 0, 0));
        if (subItem && owner)
            showSubItem(*subItem, *owner);
    } else if (itemPattern.match(code).hasMatch()) {
        if (const Item* item = m_catalog->item(code))
            showItem(*item);
    } else {
        showGroup(code);
    }
}

void ItemDetailsPanel::showDepartments(const Departments& departments)
{
    m_cityLead->setText(departmentText(departments.cityLead));
    m_cityCo->setText(departmentText(departments.cityCo));
    m_districtLead->setText(departmentText(departments.districtLead));
    m_districtCo->setText(departmentText(departments.districtCo));
    for (QLabel* field : {m_cityLead, m_cityCo, m_districtLead, m_districtCo})
        m_form->setRowVisible(field, true);
}

void ItemDetailsPanel::showItem(const Item& item)
{
    m_shownCode = item.code;
    m_title->setText(item.name);
    m_code->setText(item.code);
    m_type->setText(typeText(item.type, item.subItems));
    m_form->setRowVisible(m_code, true);
    m_form->setRowVisible(m_type, true);
    showDepartments(item.departments);
    if (!item.subItems.isEmpty()) {
        QStringList lines;
        for (const SubItem& subItem : item.subItems)
            lines.append(QStringLiteral("%1  %2（%3）")
                             .arg(subItem.code, subItem.name, typeText(subItem.type)));
        m_contents->setText(tr("%n sub-item(s):", nullptr, int(item.subItems.size())) +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_form->setRowVisible(m_contents, true);
    }
}

void ItemDetailsPanel::showSubItem(const SubItem& subItem, const Item& owner)
{
    m_shownCode = subItem.code;
    m_title->setText(subItem.name);
    m_code->setText(subItem.code);
    m_type->setText(typeText(subItem.type));
    m_form->setRowVisible(m_code, true);
    m_form->setRowVisible(m_type, true);
    showDepartments(subItem.departments);
    m_contents->setText(tr("Sub-item of %1 %2").arg(owner.code, owner.name));
    m_form->setRowVisible(m_contents, true);
}

void ItemDetailsPanel::showGroup(const QString& code)
{
    for (const Lifecycle& lifecycle : m_catalog->lifecycles()) {
        for (const Stage& stage : lifecycle.stages) {
            QStringList lines;
            const Scene* scene = nullptr;
            for (const Scene& candidate : stage.scenes) {
                if (candidate.code == code)
                    scene = &candidate;
            }
            if (stage.code != code && !scene)
                continue;
            m_shownCode = code;
            m_code->setText(code);
            m_form->setRowVisible(m_code, true);
            const QList<Scene> scenes = scene ? QList<Scene>{*scene} : stage.scenes;
            for (const Scene& shown : scenes)
                for (const Item& item : shown.items)
                    lines.append(QStringLiteral("%1  %2").arg(item.code, item.name));
            m_title->setText(scene ? tr("Scene %1 %2").arg(scene->no, scene->name)
                                   : tr("Stage %1 %2").arg(stage.no).arg(stage.name));
            m_contents->setText(tr("%n item(s):", nullptr, int(lines.size())) + QLatin1Char('\n') +
                                lines.join(QLatin1Char('\n')));
            m_form->setRowVisible(m_contents, true);
            return;
        }
    }
}

} // namespace ow
