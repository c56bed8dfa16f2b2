#include "intake/IntakeAutosave.h"

#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

IntakeAutosave::IntakeAutosave(IntakeView* view, IntakeDraftStore& store, Session owner,
                               OpenElsewhere openElsewhere, std::chrono::milliseconds delay)
    : QObject(view), m_view(view), m_store(store), m_owner(std::move(owner)),
      m_openElsewhere(std::move(openElsewhere)), m_id(IntakeDraftStore::newId())
{
    setObjectName(QStringLiteral("intakeAutosave"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, &IntakeAutosave::saveNow);

    m_banner = new QFrame(view);
    m_banner->setObjectName(QStringLiteral("intakeDraftBanner"));
    m_banner->setAccessibleName(tr("Unfinished intake"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(
        QStringLiteral("#intakeDraftBanner { background: #fff6d6; border: 1px solid #d9b84a; }"));
    auto* column = new QVBoxLayout(m_banner);
    auto* offerRow = new QHBoxLayout();
    m_offerText = new QLabel(m_banner);
    m_offerText->setObjectName(QStringLiteral("intakeDraftOffer"));
    m_offerText->setWordWrap(true);
    offerRow->addWidget(m_offerText, 1);
    m_restore = new QPushButton(tr("Restore"), m_banner);
    m_restore->setObjectName(QStringLiteral("intakeDraftRestore"));
    m_restore->setAccessibleName(tr("Restore the unfinished intake"));
    offerRow->addWidget(m_restore);
    m_discard = new QPushButton(tr("Discard"), m_banner);
    m_discard->setObjectName(QStringLiteral("intakeDraftDiscard"));
    m_discard->setAccessibleName(tr("Discard the unfinished intake"));
    offerRow->addWidget(m_discard);
    column->addLayout(offerRow);
    auto* reportRow = new QHBoxLayout();
    m_reportText = new QLabel(m_banner);
    m_reportText->setObjectName(QStringLiteral("intakeDraftReport"));
    m_reportText->setWordWrap(true);
    m_reportText->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    reportRow->addWidget(m_reportText, 1);
    m_close = new QPushButton(tr("Close"), m_banner);
    m_close->setObjectName(QStringLiteral("intakeDraftClose"));
    m_close->setAccessibleName(tr("Close the message about drafts"));
    reportRow->addWidget(m_close);
    column->addLayout(reportRow);
    view->addBanner(m_banner);
    // In the Tab chain just before the form's first field (Shift+Tab from the ID reaches them).
    if (auto* first = view->findChild<QComboBox*>(QStringLiteral("intakeKind"))) {
        QWidget::setTabOrder(m_restore, m_discard);
        QWidget::setTabOrder(m_discard, m_close);
        QWidget::setTabOrder(m_close, first);
    }
    connect(m_restore, &QPushButton::clicked, this, &IntakeAutosave::restoreOffered);
    connect(m_discard, &QPushButton::clicked, this, &IntakeAutosave::discardOffered);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_reports.clear();
        updateBanner();
    });
    updateBanner();

    view->draft().autosaveId = m_id;
    m_baseline = payload();
    connectFields();
    view->installEventFilter(this);
    connect(view, &IntakeView::caseDecided, this, [this] {
        m_timer.stop();
        m_closed = true; // the case's transaction removed the draft
    });
}

void IntakeAutosave::connectFields()
{
    const QList<QLineEdit*> lines = m_view->findChildren<QLineEdit*>();
    for (QLineEdit* line : lines) {
        if (line->objectName() == QLatin1String("intakeAddItem"))
            continue; // a code being typed is not part of the form until Enter adds it
        connect(line, &QLineEdit::textChanged, this, &IntakeAutosave::schedule);
        connect(line, &QLineEdit::editingFinished, this, &IntakeAutosave::saveNow);
    }
    for (QCheckBox* box : m_view->findChildren<QCheckBox*>())
        connect(box, &QCheckBox::toggled, this, &IntakeAutosave::saveNow);
    for (QComboBox* box : m_view->findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, this, &IntakeAutosave::saveNow);
    for (QPlainTextEdit* text : m_view->findChildren<QPlainTextEdit*>()) {
        connect(text, &QPlainTextEdit::textChanged, this, &IntakeAutosave::schedule);
        text->installEventFilter(this); // leaving it completes it, as editingFinished would
    }
    // Items added or removed rebuild the checklist; a material's state changes one row.
    ChecklistModel* checklist = m_view->checklist();
    connect(checklist, &QAbstractItemModel::modelReset, this, &IntakeAutosave::saveNow);
    connect(checklist, &QAbstractItemModel::dataChanged, this, &IntakeAutosave::saveNow);
}

bool IntakeAutosave::eventFilter(QObject* watched, QEvent* event)
{
    // The view is compared as the QObject it is (our parent), never through m_view: while the
    // view is being destroyed its children still send events here, and QPointer<IntakeView>
    // would downcast an object that is no longer an IntakeView (undefined behaviour, found by
    // UBSan in the asan preset).
    // While the view is destroyed its children still lose focus: qobject_cast (no downcast) sees
    // that it is no longer an IntakeView, and nothing is saved from a half-destroyed form.
    const QObject* view = parent();
    if (!qobject_cast<const IntakeView*>(view))
        return QObject::eventFilter(watched, event);
    if ((watched == view && event->type() == QEvent::Hide) ||
        (watched != view && event->type() == QEvent::FocusOut))
        saveNow();
    return QObject::eventFilter(watched, event);
}

QByteArray IntakeAutosave::payload()
{
    return IntakeDraftJson::toJson(m_view->formDraft(), m_view->note());
}

void IntakeAutosave::schedule()
{
    if (m_restoring || m_closed)
        return;
    if (!m_timer.isActive())
        m_timer.start(); // not restarted by later keys: typing is saved at least this often
}

void IntakeAutosave::saveNow()
{
    m_timer.stop();
    if (m_restoring || m_closed || !m_view || m_view->decided())
        return;
    const QByteArray now = payload();
    if (now == m_lastSaved || (!m_stored && now == m_baseline))
        return;
    const QStringList items = m_view->draft().itemCodes;
    if (!m_stored) {
        if (const Status inserted = m_store.insert(m_owner, m_id, now, items); !inserted) {
            report(inserted.error());
            return;
        }
        m_stored = true;
    } else {
        const Result<bool> updated = m_store.update(m_id, now, items);
        if (!updated) {
            report(updated.error());
            return;
        }
        if (!updated.value()) {
            m_closed = true; // taken in or discarded meanwhile
            return;
        }
    }
    m_lastSaved = now;
    emit saved();
}

bool IntakeAutosave::offerSavedDraft()
{
    m_offered.reset();
    const Result<QList<IntakeDraftStore::Info>> drafts = m_store.list(m_owner);
    if (!drafts) {
        report(drafts.error());
        return false;
    }
    QStringList busy = m_openElsewhere ? m_openElsewhere() : QStringList();
    busy.append(m_id);
    for (const IntakeDraftStore::Info& info : drafts.value()) {
        if (busy.contains(info.id))
            continue;
        bool unreadable = false;
        const Result<QByteArray> plain = m_store.open(m_owner, info.id, &unreadable);
        Result<IntakeDraftJson::Saved> parsed =
            plain ? IntakeDraftJson::fromJson(plain.value())
                  : Result<IntakeDraftJson::Saved>::failure(plain.error());
        if (!parsed) {
            if (plain && !unreadable)
                unreadable = true; // it opened, but is not a draft this program reads
            if (!unreadable) {
                report(parsed.error()); // the database or the key: keep the draft for later
                continue;
            }
            const Status removed = m_store.remove(
                m_owner, info.id, QStringLiteral("intake_draft_unreadable"), parsed.error());
            report(removed ? tr("An unfinished intake could not be read and was discarded (the "
                                "other drafts and cases are unchanged): %1")
                                 .arg(parsed.error())
                           : removed.error());
            continue;
        }
        m_offered = Offer{info.id, info, std::move(parsed).value()};
        break;
    }
    updateBanner();
    return m_offered.has_value();
}

bool IntakeAutosave::restoreOffered()
{
    if (!m_offered || !m_view || m_view->decided())
        return false;
    const QStringList busy = m_openElsewhere ? m_openElsewhere() : QStringList();
    if (busy.contains(m_offered->id)) {
        m_offered.reset();
        updateBanner();
        return false;
    }
    saveNow(); // what was typed here before stays, as its own draft
    const Offer offer = *m_offered;
    m_offered.reset();
    m_restoring = true;
    m_view->restoreDraft(offer.saved.draft, offer.saved.note);
    m_restoring = false;
    m_timer.stop();
    m_id = offer.id;
    m_stored = true;
    m_closed = false;
    m_view->draft().autosaveId = m_id;
    // What the row holds: a save follows only if the form differs (e.g. the guides changed).
    m_lastSaved = IntakeDraftJson::toJson(offer.saved.draft, offer.saved.note);
    m_baseline = m_lastSaved;
    (void)m_store.recordRestored(m_owner, m_id);
    updateBanner();
    saveNow();
    return true;
}

bool IntakeAutosave::discardOffered()
{
    if (!m_offered)
        return false;
    const Status removed =
        m_store.remove(m_owner, m_offered->id, QStringLiteral("intake_draft_discarded"));
    m_offered.reset();
    if (!removed) {
        report(removed.error());
        return false;
    }
    offerSavedDraft(); // the next one, if any
    return true;
}

void IntakeAutosave::report(const QString& message)
{
    if (!m_reports.contains(message))
        m_reports.append(message);
    updateBanner();
}

QString IntakeAutosave::bannerText() const
{
    QStringList parts;
    if (!m_offerText->isHidden())
        parts.append(m_offerText->text());
    if (!m_reportText->isHidden())
        parts.append(m_reportText->text());
    return parts.join(QLatin1Char('\n'));
}

void IntakeAutosave::updateBanner()
{
    if (m_offered) {
        const IntakeDraftStore::Info& info = m_offered->info;
        const QString items = info.itemCodes.isEmpty() ? tr("no items yet")
                                                       : info.itemCodes.join(QStringLiteral("、"));
        m_offerText->setText(
            tr("An unfinished intake was kept: started %1, last saved %2, items: %3. Restore it "
               "into this form, or discard it?")
                .arg(QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat), items));
    }
    m_offerText->setVisible(m_offered.has_value());
    m_restore->setVisible(m_offered.has_value());
    m_discard->setVisible(m_offered.has_value());
    m_reportText->setText(m_reports.join(QLatin1Char('\n')));
    m_reportText->setVisible(!m_reports.isEmpty());
    m_close->setVisible(!m_reports.isEmpty());
    m_banner->setVisible(m_offered.has_value() || !m_reports.isEmpty());
}

} // namespace ow
