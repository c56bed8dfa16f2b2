#pragma once

#include "access/Session.h"
#include "cases/IntakeDraftJson.h"
#include "cases/IntakeDraftStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;

namespace ow {

class IntakeView;

// Keeps an intake's form in the database while the clerk fills it in (IntakeDraftStore), so
// that a crash or a kill loses at most the field being typed: every completed field (editing
// finished, a box ticked, an item added or removed, a material's state changed) is saved at once,
// typing at most `delay` after the first unsaved keystroke, and everything when the form is
// hidden (tab switched or closed, window closed). An untouched form is never saved; identical
// content is not written twice. The draft row goes with the case in the transaction that takes
// it in (IntakeDraft::autosaveId); a save that finds its row gone stops, so a late save never
// brings a taken-in or discarded draft back.
//
// It also offers what was kept: a banner above the form names the newest unfinished intake of
// the same user at this window (not open in another tab) with 恢复 (restore: every field put
// back) and 丢弃 (discard). A draft that cannot be read (damaged, older format, sealed with
// another key) is reported in the banner and discarded; nothing else is touched.
class IntakeAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultDelay{1000};
    // The ids of drafts open in the window's other intakes (never offered twice).
    using OpenElsewhere = std::function<QStringList()>;

    IntakeAutosave(IntakeView* view, IntakeDraftStore& store, Session owner,
                   OpenElsewhere openElsewhere = {},
                   std::chrono::milliseconds delay = DefaultDelay);

    const QString& draftId() const { return m_id; }
    bool isStored() const { return m_stored; }
    // Shows the banner for the newest unfinished draft, if any; true when one is offered.
    bool offerSavedDraft();
    QString offeredId() const { return m_offered ? m_offered->id : QString(); }
    bool restoreOffered();
    bool discardOffered();
    // Saves now what is not saved yet.
    void saveNow();
    QFrame* banner() const { return m_banner; }
    QString bannerText() const;

signals:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    void connectFields();
    QByteArray payload();
    void showOffer();
    void report(const QString& message);
    void updateBanner();

    QPointer<IntakeView> m_view;
    IntakeDraftStore& m_store;
    Session m_owner;
    OpenElsewhere m_openElsewhere;
    QTimer m_timer;
    QString m_id;
    bool m_stored = false;
    bool m_closed = false;    // taken in or discarded: never saved again
    bool m_restoring = false; // restoreDraft() sets fields one by one: no partial saves
    QByteArray m_baseline;    // the form as it was given: not worth a draft
    QByteArray m_lastSaved;

    struct Offer
    {
        QString id;
        IntakeDraftStore::Info info;
        IntakeDraftJson::Saved saved;
    };
    std::optional<Offer> m_offered;
    QStringList m_reports;

    QFrame* m_banner;
    QLabel* m_offerText;
    QPushButton* m_restore;
    QPushButton* m_discard;
    QLabel* m_reportText;
    QPushButton* m_close;
};

} // namespace ow
