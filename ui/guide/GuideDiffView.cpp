#include "guide/GuideDiffView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {

QString versionText(const Guide& guide)
{
    return GuideDiffView::tr("Version %1 (%2, %3)")
        .arg(guide.version)
        .arg(guide.effectiveDate.toString(Qt::ISODate),
             guide.isDraft() ? GuideDiffView::tr("draft") : GuideDiffView::tr("published"));
}

} // namespace

GuideDiffView::GuideDiffView(const QString& itemCode, QMap<int, Guide> versions,
                             GuideJson::Dictionary dictionary, QWidget* parent)
    : QWidget(parent), m_code(itemCode), m_versions(std::move(versions)),
      m_dictionary(std::move(dictionary)), m_left(new QComboBox(this)),
      m_right(new QComboBox(this)), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_next(new QPushButton(tr("&Next change"), this)),
      m_previous(new QPushButton(tr("&Previous change"), this))
{
    setObjectName(QStringLiteral("guideDiffView"));
    setWindowTitle(tr("Guide %1: two versions side by side").arg(itemCode));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Changed rows are highlighted; F7 goes to the next change, "
                                "Shift+F7 to the previous one"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout();
    layout->addLayout(choose);
    auto* leftLabel = new QLabel(tr("&Left (older):"), this);
    leftLabel->setBuddy(m_left);
    auto* rightLabel = new QLabel(tr("&Right (newer):"), this);
    rightLabel->setBuddy(m_right);
    m_left->setObjectName(QStringLiteral("diffLeftVersion"));
    m_left->setAccessibleName(tr("Left version"));
    m_left->setAccessibleDescription(tr("The version shown in the left column"));
    m_right->setObjectName(QStringLiteral("diffRightVersion"));
    m_right->setAccessibleName(tr("Right version"));
    m_right->setAccessibleDescription(tr("The version shown in the right column"));
    for (const Guide& guide : std::as_const(m_versions)) {
        m_left->addItem(versionText(guide), guide.version);
        m_right->addItem(versionText(guide), guide.version);
    }
    choose->addWidget(leftLabel);
    choose->addWidget(m_left, 1);
    choose->addWidget(rightLabel);
    choose->addWidget(m_right, 1);
    m_previous->setObjectName(QStringLiteral("diffPrevious"));
    m_previous->setAccessibleName(tr("Previous change"));
    m_previous->setAccessibleDescription(tr("Moves to the changed row above (Shift+F7)"));
    m_next->setObjectName(QStringLiteral("diffNext"));
    m_next->setAccessibleName(tr("Next change"));
    m_next->setAccessibleDescription(tr("Moves to the changed row below (F7)"));
    choose->addWidget(m_previous);
    choose->addWidget(m_next);

    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setAccessibleName(tr("Comparison summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setAccessibleDescription(
        tr("One row per field: its label, the left version's text and the right version's text"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Left"), tr("Right")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    // Rows grow with the wrapped text of their columns as they are now.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [this] { m_table->resizeRowsToContents(); });

    connect(m_next, &QPushButton::clicked, this, &GuideDiffView::nextChange);
    connect(m_previous, &QPushButton::clicked, this, &GuideDiffView::previousChange);
    auto* next = new QShortcut(QKeySequence(Qt::Key_F7), this);
    connect(next, &QShortcut::activated, this, &GuideDiffView::nextChange);
    auto* previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7), this);
    connect(previous, &QShortcut::activated, this, &GuideDiffView::previousChange);
    connect(m_left, &QComboBox::currentIndexChanged, this, &GuideDiffView::refresh);
    connect(m_right, &QComboBox::currentIndexChanged, this, &GuideDiffView::refresh);

    const QList<int> numbers = m_versions.keys();
    if (!numbers.isEmpty())
        compare(numbers.size() > 1 ? numbers.at(numbers.size() - 2) : numbers.first(),
                numbers.last());
}

int GuideDiffView::leftVersion() const
{
    return m_left->currentData().toInt();
}

int GuideDiffView::rightVersion() const
{
    return m_right->currentData().toInt();
}

void GuideDiffView::compare(int left, int right)
{
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->setCurrentIndex(m_left->findData(left));
    m_right->setCurrentIndex(m_right->findData(right));
    refresh();
}

void GuideDiffView::refresh()
{
    const auto left = m_versions.constFind(leftVersion());
    const auto right = m_versions.constFind(rightVersion());
    m_table->setRowCount(0);
    m_rows.clear();
    if (left == m_versions.cend() || right == m_versions.cend())
        return;
    m_rows = GuideDiff::compare(left.value(), right.value(), m_dictionary);
    m_table->setRowCount(int(m_rows.size()));
    const QColor changedLeft(QStringLiteral("#fde2e1"));
    const QColor changedRight(QStringLiteral("#dcf5dc"));
    for (int r = 0; r < m_rows.size(); ++r) {
        const GuideDiff::Row& row = m_rows.at(r);
        const bool changed = row.changed();
        QStringList texts{row.field, row.left, row.right};
        for (int c = 0; c < 3; ++c) {
            auto* cell = new QTableWidgetItem(texts.at(c));
            if (changed) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                if (c == 1)
                    cell->setBackground(changedLeft);
                if (c == 2)
                    cell->setBackground(changedRight);
                if (c == 0)
                    cell->setText(tr("● %1").arg(row.field));
                cell->setData(Qt::AccessibleTextRole, tr("changed: %1").arg(texts.at(c)));
            }
            cell->setData(Qt::ToolTipRole, texts.at(c));
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeRowsToContents();
    const int changed = GuideDiff::changedCount(m_rows);
    m_summary->setText(changed == 0
                           ? tr("Versions %1 and %2 of the guide of %3 are the same.")
                                 .arg(leftVersion())
                                 .arg(rightVersion())
                                 .arg(m_code)
                           : tr("%n field(s) differ between version %1 and version %2 of the "
                                "guide of %3 (highlighted; F7: next change).",
                                nullptr, changed)
                                 .arg(leftVersion())
                                 .arg(rightVersion())
                                 .arg(m_code));
    m_next->setEnabled(changed > 0);
    m_previous->setEnabled(changed > 0);
    if (changed > 0) {
        m_table->setCurrentCell(-1, -1);
        moveToChange(1);
    }
}

void GuideDiffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &GuideDiffView::fitRows);
}

void GuideDiffView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &GuideDiffView::fitRows);
}

// Each row as high as its wrapped text in the columns' widths now (not as they were before the
// window had its size).
void GuideDiffView::fitRows()
{
    m_table->resizeRowsToContents();
}

bool GuideDiffView::moveToChange(int step)
{
    const int count = int(m_rows.size());
    if (count == 0)
        return false;
    int row = m_table->currentRow();
    for (int i = 0; i < count; ++i) {
        row = row < 0 ? (step > 0 ? 0 : count - 1) : (row + step + count) % count;
        if (m_rows.at(row).changed()) {
            m_table->setCurrentCell(row, 1);
            m_table->scrollToItem(m_table->item(row, 1));
            return true;
        }
    }
    return false;
}

bool GuideDiffView::nextChange()
{
    return moveToChange(1);
}

bool GuideDiffView::previousChange()
{
    return moveToChange(-1);
}

} // namespace ow
