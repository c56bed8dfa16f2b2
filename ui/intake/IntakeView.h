#pragma once

#include "cases/IntakeDraft.h"
#include "catalog/Catalog.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QFileDialog;
class QListWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStringListModel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ow {

class ChecklistModel;
class SignatureField;
class DocumentCamera;

// 收件: one intake, walked top to bottom with Tab — applicant, agent, items (one item or a whole
// chain), the merged checklist with the scans of each material (files or the document camera),
// the decision. Every field says what is wrong next to it; the
// decision is handed to the caller, which stores the case and prints its document.
class IntakeView : public QWidget
{
    Q_OBJECT

public:
    using DecideFunction = std::function<Status(IntakeDraft& draft, IntakeDraft::Decision decision,
                                                const QString& reason)>;

    // Looks an identifier up in the applicants' archive (一人一档): the stored applicant and how
    // many cases they have, or nothing.
    using LookupFunction =
        std::function<std::optional<QPair<Applicant, int>>(const QString& identifier)>;

    // Keeps a file offered as a scan (checked, measured, stored encrypted): the scan to attach and
    // its thumbnail, or why it was refused.
    using AttachFunction = std::function<Result<QPair<Scan, QImage>>(const QByteArray& content,
                                                                     const QString& fileName)>;
    // A scan taken off again before the decision: its files may leave the store unless stillUsed.
    using DiscardFunction = std::function<Status(const Scan& scan, bool stillUsed)>;

    IntakeView(const Catalog& catalog, const QHash<QString, Guide>& guides,
               const GuideJson::Dictionary& dictionary, DecideFunction decide, const QDate& today,
               QWidget* parent = nullptr);

    ~IntakeView() override;

    void addItems(const QStringList& codes); // item, sub-item or scene codes
    void setArchiveLookup(LookupFunction lookup) { m_lookup = std::move(lookup); }
    // Scans from files and the document camera (none: the scan buttons say scans are not
    // available). The camera is not owned.
    void setScanSupport(AttachFunction attach, DiscardFunction discard, DocumentCamera* camera);

    // Scans of the checklist's material row, without any dialog (tests and the buttons use them).
    Status attachScanFile(int row, const QString& path);
    Status attachScanBytes(int row, const QByteArray& content, const QString& fileName);
    Status removeScan(int row, int index);
    // The non-modal file chooser (QFileDialog::open) for the selected material; null if none
    // is selected.
    QFileDialog* chooseScanFiles();
    // Takes a picture with the camera chosen in the list, for the selected material.
    void captureFromCamera();
    void refreshCameras();
    void selectMaterial(int row);
    int selectedMaterial() const;
    // The intake is closed without a decision: its scans leave the store (unless a case uses them).
    void abandon();
    // A person's details known before the intake (a home-visit appointment): set in the form.
    void prefillApplicant(const QString& identifier, const QString& name, const QString& phone,
                          const QString& address);
    // Fills the empty fields from the archive when the identifier is known; says so.
    void lookUpApplicant();
    IntakeDraft& draft() { return m_draft; }
    const IntakeDraft& draft() const { return m_draft; }
    ChecklistModel* checklist() const { return m_checklistModel; }
    // Where the applicant (or the agent) signs before the decision; kept with the case.
    SignatureField* signatureField() const { return m_signature; }
    QLabel* messageLabel() const { return m_message; }
    QString fieldMessage(const QString& field) const;
    bool decided() const { return m_decided; }
    // What a decision button does, without the button (tests and shortcuts call it).
    bool decide(IntakeDraft::Decision decision);

    // Autosave (IntakeAutosave): the form as it stands, the decision box's text, putting a saved
    // form back field by field, and a banner above the form.
    const IntakeDraft& formDraft();
    QString note() const;
    void restoreDraft(const IntakeDraft& saved, const QString& note);
    void addBanner(QWidget* banner);

signals:
    void caseDecided(const QString& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* line(const QString& accessibleName, const QString& objectName);
    QLabel* problemLabel(const QString& field);
    void readForm();
    void showProblems(const QList<IntakeDraft::Problem>& problems);
    void refreshItems();
    void updateGreenChannel();
    QWidget* createScanPanel(QWidget* parent);
    void showScans();
    void scanProblem(const QString& message);
    void discardUnused(const QList<Scan>& before);
    QList<Scan> allScans() const;

    const Catalog& m_catalog;
    const QHash<QString, Guide>& m_guides;
    const GuideJson::Dictionary& m_dictionary;
    DecideFunction m_decide;
    LookupFunction m_lookup;
    QLabel* m_archive = nullptr;
    QDate m_today;
    IntakeDraft m_draft;
    bool m_decided = false;

    QComboBox* m_kind;
    QLineEdit* m_identifier;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_address;
    QLineEdit* m_legalRepresentative;
    QCheckBox* m_disabled;
    QLineEdit* m_disabilityCertificate;
    QLabel* m_greenChannel;
    QCheckBox* m_hasAgent;
    QLineEdit* m_agentName;
    QLineEdit* m_agentId;
    QLineEdit* m_agentPhone;
    QLineEdit* m_agentAuthorization;
    QLineEdit* m_addItem;
    QListView* m_items;
    QStringListModel* m_itemsModel;
    QTableView* m_checklist;
    ChecklistModel* m_checklistModel;
    QLabel* m_mergeSummary;
    QPlainTextEdit* m_reason;
    SignatureField* m_signature;
    QLabel* m_message;
    QHash<QString, QLabel*> m_problemLabels;
    QList<QPushButton*> m_decisionButtons;

    AttachFunction m_attach;
    DiscardFunction m_discard;
    DocumentCamera* m_camera = nullptr;
    int m_captureRow = -1;
    QLabel* m_scanTitle = nullptr;
    QListWidget* m_scanList = nullptr;
    QPushButton* m_attachFile = nullptr;
    QPushButton* m_removeScan = nullptr;
    QComboBox* m_cameraChoice = nullptr;
    QPushButton* m_takePicture = nullptr;
    QPushButton* m_refreshCameras = nullptr;
    QLabel* m_cameraStatus = nullptr;
    QLabel* m_scanMessage = nullptr;
};

} // namespace ow
