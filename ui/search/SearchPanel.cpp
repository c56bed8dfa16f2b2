#include "search/SearchPanel.h"

#include "cases/CaseNumber.h"
#include "search/CatalogSearch.h"
#include "search/SearchResultsModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ow {

SearchPanel::SearchPanel(const CatalogSearch& search, const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_search(search), m_catalog(catalog), m_edit(new QLineEdit(this)),
      m_results(new QListView(this)), m_summary(new QLabel(this)),
      m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("searchBox"));
    m_edit->setPlaceholderText(tr("Search items: Chinese, pinyin, initials or code (Ctrl+K)"));
    m_edit->setToolTip(m_edit->placeholderText());
    m_edit->setAccessibleName(tr("Search items"));
    m_edit->setAccessibleDescription(tr("Type Chinese, pinyin, initials, an item code or a "
                                        "department; Up and Down choose a result, Enter opens "
                                        "its guide, Esc clears"));
    m_edit->setClearButtonEnabled(true);
    for (QToolButton* clear : m_edit->findChildren<QToolButton*>()) // a screen reader names it
    {
        clear->setAccessibleName(tr("Clear the search"));
        clear->setAccessibleDescription(tr("Empties the search box (Esc does the same)."));
    }
    m_edit->setMaxLength(200);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setAccessibleName(tr("Number of results"));
    m_summary->hide();
    layout->addWidget(m_summary);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(tr("Enter opens the guide of the chosen item"));
    m_results->setModel(m_model);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->installEventFilter(this);
    m_results->hide();
    layout->addWidget(m_results, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &SearchPanel::runQuery);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit currentChanged(current.data(SearchResultsModel::CodeRole).toString());
            });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) {
        emit activated(index.data(SearchResultsModel::CodeRole).toString());
    });
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::runQuery(const QString& text)
{
    const bool active = !text.trimmed().isEmpty();
    m_model->setHits(active ? m_search.search(text, 100) : QList<SearchHit>{}, &m_catalog);
    m_results->setVisible(active);
    m_summary->setVisible(active);
    if (active) {
        m_summary->setText(
            m_model->rowCount() == 0
                ? tr("Nothing found. Try fewer characters, the initials, or the code.")
                : tr("%n result(s)", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
    }
    emit activeChanged(active);
}

void SearchPanel::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_results->currentIndex().row() + delta, rows - 1);
    m_results->setCurrentIndex(m_model->index(row));
}

void SearchPanel::activateCurrent()
{
    if (const std::optional<QString> number = CaseNumber::numberFromQrPayload(m_edit->text())) {
        m_edit->clear();
        emit caseScanned(*number);
        return;
    }
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid())
        emit activated(current.data(SearchResultsModel::CodeRole).toString());
}

void SearchPanel::fitPlaceholder()
{
    // In the accessibility mode's large type the whole hint does not fit the navigator's width
    // and was cut to "…（Ctrl…": a shorter one then, the whole one stays the tool tip.
    const QStringList hints = {
        tr("Search items: Chinese, pinyin, initials or code (Ctrl+K)"),
        tr("Search: Chinese, pinyin or code (Ctrl+K)"),
        tr("Search items (Ctrl+K)"),
    };
    const QMargins margins = m_edit->textMargins();
    // The frame and the text's inner margin on each side (QLineEdit's own, about 4 px), and the
    // room a focus frame of the accessibility mode takes.
    const int room = m_edit->contentsRect().width() - margins.left() - margins.right() - 16;
    const QFontMetrics metrics(m_edit->font());
    QString chosen = hints.last();
    for (const QString& hint : hints) {
        if (metrics.horizontalAdvance(hint) <= room) {
            chosen = hint;
            break;
        }
    }
    if (m_edit->placeholderText() != chosen)
        m_edit->setPlaceholderText(chosen);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange ||
         event->type() == QEvent::StyleChange))
        fitPlaceholder();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        if (!m_edit->text().isEmpty()) {
            m_edit->clear();
            m_edit->setFocus();
            return true;
        }
        break;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (watched == m_edit) {
            moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        break;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (watched == m_edit) {
            moveCurrent(key->key() == Qt::Key_PageDown ? 10 : -10);
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (watched == m_edit) {
            activateCurrent();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
