#include "accessibility/ReadAloud.h"

#include "access/LockScreen.h"
#include "accessibility/SpeechEngine.h"
#include "cases/Case.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

namespace ow {

namespace {

QString accessibleName(const QWidget* widget)
{
    QAccessibleInterface* iface =
        QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget));
    QString name = iface ? iface->text(QAccessible::Name) : QString();
    if (name.isEmpty())
        name = widget->accessibleName();
    return name.remove(QLatin1Char('&')).trimmed();
}

QString sentence(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral("。"));
}

} // namespace

ReadAloud::ReadAloud(QWidget* window, std::unique_ptr<SpeechEngine> engine)
    : QObject(window), m_window(window), m_engine(std::move(engine)),
      m_readFocus(new QAction(this)), m_readChecklist(new QAction(this)),
      m_readDecision(new QAction(this)), m_stop(new QAction(tr("S&top reading"), this))
{
    m_readFocus->setObjectName(QStringLiteral("readFocusAction"));
    m_readFocus->setShortcut(QKeySequence(Qt::Key_F8));
    m_readChecklist->setObjectName(QStringLiteral("readChecklistAction"));
    m_readChecklist->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_readDecision->setObjectName(QStringLiteral("readDecisionAction"));
    m_readDecision->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F8));
    m_stop->setObjectName(QStringLiteral("stopReadingAction"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8));
    for (QAction* action : {m_readFocus, m_readChecklist, m_readDecision, m_stop})
        window->addAction(action);
    connect(m_readFocus, &QAction::triggered, this, [this] {
        const QString text = describe(QApplication::focusWidget());
        if (text.isEmpty())
            emit message(tr("Nothing to read: move the focus to a field, a list or a document."));
        else
            speak(text);
    });
    connect(m_readChecklist, &QAction::triggered, this, [this] {
        const QString text = checklistText();
        if (text.isEmpty())
            emit message(tr("No materials checklist on screen: open an intake (F2) first."));
        else
            speak(text);
    });
    connect(m_readDecision, &QAction::triggered, this, [this] {
        if (locked())
            emit message(tr("The screen is locked: nothing of a case is read aloud."));
        else if (m_lastDecision.isEmpty())
            emit message(tr("No decision taken yet at this window."));
        else
            speak(m_lastDecision);
    });
    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->stop();
    });
    updateAvailability();
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setEngine(std::unique_ptr<SpeechEngine> engine)
{
    m_engine = std::move(engine);
    updateAvailability();
}

void ReadAloud::addActionsTo(QMenu* menu)
{
    menu->addAction(m_readFocus);
    menu->addAction(m_readChecklist);
    menu->addAction(m_readDecision);
    menu->addAction(m_stop);
}

void ReadAloud::updateAvailability()
{
    // Only whether an engine is installed is known without starting it; a daemon that does not
    // answer is reported when reading is tried.
    const bool none = !m_engine;
    const QString suffix = none ? tr(" (no speech engine)") : QString();
    m_readFocus->setText(tr("&Read the focused field aloud") + suffix);
    m_readChecklist->setText(tr("Read the &checklist aloud") + suffix);
    m_readDecision->setText(tr("Read the &decision and deadline aloud") + suffix);
}

QString ReadAloud::unavailableReason() const
{
    return m_engine ? m_engine->unavailableReason() : tr("No speech engine: reading aloud is off.");
}

bool ReadAloud::speak(const QString& text)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        emit message(reason);
        return false;
    }
    m_engine->stop();
    m_engine->say(text);
    emit message(tr("Reading aloud: %1").arg(text.left(60)));
    return true;
}

QString ReadAloud::describe(const QWidget* widget)
{
    if (!widget)
        return {};
    const QString name = accessibleName(widget);
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
        if (edit->echoMode() != QLineEdit::Normal)
            return sentence({name, tr("hidden")});
        return sentence({name, edit->text().isEmpty() ? tr("empty") : edit->text()});
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return sentence({name, combo->currentText()});
    if (const auto* date = qobject_cast<const QDateEdit*>(widget))
        return sentence({name, date->date().toString(Qt::ISODate)});
    if (qobject_cast<const QCheckBox*>(widget) || qobject_cast<const QRadioButton*>(widget)) {
        const auto* button = static_cast<const QAbstractButton*>(widget);
        return sentence({name, button->isChecked() ? tr("checked") : tr("not checked")});
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return sentence({name, button->isEnabled() ? tr("button") : tr("button, not available")});
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return sentence({name, plain->toPlainText()});
    if (const auto* text = qobject_cast<const QTextEdit*>(widget)) // guides, cases
        return sentence({name, text->toPlainText()});
    if (const auto* view = qobject_cast<const QAbstractItemView*>(widget))
        return sentence({name, tableText(view, false)});
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return sentence({name, label->text()});
    return name;
}

QString ReadAloud::tableText(const QAbstractItemView* view, bool wholeTable)
{
    const QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model)
        return {};
    const auto cellText = [model](int row, int column) {
        const QModelIndex index = model->index(row, column, QModelIndex());
        QString text = index.data(Qt::AccessibleTextRole).toString();
        if (text.isEmpty())
            text = index.data(Qt::DisplayRole).toString();
        return text;
    };
    const auto rowText = [&](int row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            const QString value = cellText(row, column);
            if (!value.isEmpty())
                cells.append(header.isEmpty() ? value : header + QStringLiteral("：") + value);
        }
        return cells.join(QStringLiteral("，"));
    };
    if (!wholeTable) {
        const int row = view->currentIndex().row();
        if (row < 0)
            return tr("%n row(s)", nullptr, model->rowCount());
        return tr("Row %1 of %2").arg(row + 1).arg(model->rowCount()) + QStringLiteral("：") +
               rowText(row);
    }
    QStringList rows{tr("%n row(s)", nullptr, model->rowCount())};
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(QStringLiteral("%1. %2").arg(row + 1).arg(rowText(row)));
    return rows.join(QStringLiteral("。"));
}

QString ReadAloud::checklistText() const
{
    // The checklist of the intake on screen: the current workspace tab's, else any visible one.
    const QList<QTableView*> tables =
        m_window->findChildren<QTableView*>(QStringLiteral("intakeChecklist"));
    for (QTableView* table : tables) {
        if (table->isVisible())
            return sentence({accessibleName(table), tableText(table, true)});
    }
    return {};
}

QString ReadAloud::decisionText(const Case& decided)
{
    QStringList parts{
        tr("Case %1: %2").arg(decided.number, CaseLifecycle::displayName(decided.status()))};
    if (decided.dueDate.isValid())
        parts.append(tr("Due on %1").arg(QLocale().toString(decided.dueDate, QLocale::LongFormat)) +
                     (decided.dueProvisional ? tr(" (provisional)") : QString()));
    const QList<const CaseMaterial*> missing = decided.missingMaterials();
    if (decided.status() == CaseStatus::SupplementRequested && !missing.isEmpty()) {
        QStringList names;
        for (const CaseMaterial* m : missing)
            names.append(m->name);
        parts.append(tr("Still to bring: %1").arg(names.join(QStringLiteral("、"))));
    }
    if (!decided.decisionNote.isEmpty())
        parts.append(decided.decisionNote);
    return sentence(parts);
}

bool ReadAloud::locked() const
{
    const QList<LockScreen*> locks = m_window->findChildren<LockScreen*>();
    for (const LockScreen* lock : locks) {
        if (lock->isVisible())
            return true;
    }
    return false;
}

void ReadAloud::setLastDecision(const Case& decided)
{
    m_lastDecision = decisionText(decided);
}

} // namespace ow
