// The administrator's catalog screen, driven through its real widgets on a real database:
// an edited time limit is a draft until published; an invalid one blocks the publication with
// the problem said in plain words and nothing stored; a valid one publishes the next version;
// the diff shows the change; a clerk cannot open or publish. Screenshots (QWidget::grab) go to
// $OW_SCREENSHOT_DIR when it is set.
#include "AccessibilityWalk.h"
#include "GuideHtml.h"
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "admin/CatalogAdminView.h"
#include "calendar/CalendarAdmin.h"
#include "cases/CaseDetailView.h"
#include "cases/IntakeDraft.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/CatalogRepository.h"
#include "guide/GuideDiffView.h"
#include "guide/GuideJson.h"
#include "guide/GuideRepository.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ow;

namespace {

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestCatalogAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CounterFixture> m_fixture;
    Session m_admin;

    std::unique_ptr<CatalogAdminView> adminView()
    {
        auto view = std::make_unique<CatalogAdminView>(*m_fixture->database, *m_fixture->accounts,
                                                       m_admin, m_fixture->clock);
        view->show();
        return view;
    }

private slots:
    void initTestCase() { Localization::install(*qApp, QStringLiteral("zh_CN")); }

    void init()
    {
        m_fixture = std::make_unique<test::CounterFixture>();
        m_admin = m_fixture->signIn(QStringLiteral("admin"));
    }

    void anInvalidTimeLimitBlocksPublishingAndAValidOnePublishesTheNextVersion()
    {
        auto view = adminView();
        CatalogPublisher publisher(*m_fixture->database);
        QCOMPARE(view->publishedVersion(), 0);
        // The keyboard way: the tree has focus, the item is chosen, its fields are filled.
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QCOMPARE(view->legalDays()->value(), 3);
        QVERIFY(view->promisedDays()->isEnabled());
        // 0 working days without 即办: not a time limit.
        view->promisedDays()->setValue(0);
        view->tabs()->setCurrentIndex(2);
        QTest::mouseClick(view->checkButton(), Qt::LeftButton);
        QCOMPARE(view->problemList()->count(), 1);
        view->tabs()->setCurrentIndex(0);
        view->noteEdit()->setText(QStringLiteral("承诺时限调整"));
        QTest::mouseClick(view->publishButton(), Qt::LeftButton);
        QCOMPARE(view->publishedVersion(), 0);
        QCOMPARE(publisher.releases().value().size(), 0);
        QCOMPARE(view->problemList()->count(), 1);
        const QString problem = view->problemList()->item(0)->text();
        QVERIFY2(problem.contains(QStringLiteral("E001")) &&
                     problem.contains(QStringLiteral("即办")),
                 qPrintable(problem));
        QVERIFY(!view->messageLabel()->text().isEmpty());
        // Nothing was stored: the guide still has only its seed version.
        QCOMPARE(GuideRepository(*m_fixture->database).versions(QStringLiteral("E001")).value(),
                 QList<int>{1});
        view->tabs()->setCurrentIndex(2);
        screenshot(view.get(), QStringLiteral("catalog-admin-problems"));

        // More than the law is refused too, in plain words.
        view->tabs()->setCurrentIndex(0);
        view->promisedDays()->setValue(5);
        QTest::mouseClick(view->publishButton(), Qt::LeftButton);
        QCOMPARE(publisher.releases().value().size(), 0);
        QVERIFY(view->problemList()->item(0)->text().contains(QStringLiteral("5")));

        // Two working days, under the legal three: published as version 1.
        view->promisedDays()->setValue(2);
        QTest::mouseClick(view->publishButton(), Qt::LeftButton);
        QVERIFY2(view->publishedVersion() == 1, qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->problemList()->count(), 0);
        QCOMPARE(view->versionTable()->rowCount(), 1);
        QCOMPARE(view->versionTable()->item(0, 5)->text(), QStringLiteral("承诺时限调整"));
        const auto inForce = GuideRepository(*m_fixture->database).latest(QStringLiteral("E001"));
        QCOMPARE(inForce.value()->version, 2);
        QCOMPARE(inForce.value()->promisedLimit.workingDays, 2);
        QVERIFY(!inForce.value()->isDraft());
        // The ledger counts it at once: fewer days than the law.
        bool found = false;
        for (const PlanLedger::Entry& e : view->ledger().entries)
            if (e.code == QStringLiteral("E001"))
                found = e.minimalWhy.contains(QStringLiteral("days"));
        QVERIFY(found);

        // The next publication is version 2.
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        view->promisedOnTheSpot()->setChecked(true);
        view->noteEdit()->setText(QStringLiteral("改为即办"));
        QVERIFY(view->publish());
        QCOMPARE(view->publishedVersion(), 2);
        QCOMPARE(
            GuideRepository(*m_fixture->database).latest(QStringLiteral("E001")).value()->version,
            3);
        view->tabs()->setCurrentIndex(0);
        screenshot(view.get(), QStringLiteral("catalog-admin-items"));
        view->tabs()->setCurrentIndex(3);
        screenshot(view.get(), QStringLiteral("catalog-admin-ledger"));
    }

    void theDiffShowsTheChangedLimitAndTheKeyboardMovesBetweenChanges()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        view->promisedDays()->setValue(2);
        QVERIFY(view->saveDrafts());
        QCOMPARE(GuideRepository(*m_fixture->database).versions(QStringLiteral("E001")).value(),
                 (QList<int>{1, 2}));
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QTest::mouseClick(view->compareButton(), Qt::LeftButton);
        GuideDiffView* diff = view->diffView();
        QVERIFY(diff);
        QCOMPARE(diff->leftVersion(), 1);
        QCOMPARE(diff->rightVersion(), 2);
        // The version number and the promised limit differ, nothing else.
        QCOMPARE(GuideDiff::changedCount(diff->rows()), 2);
        int changedRow = -1;
        for (int r = 0; r < diff->rows().size(); ++r)
            if (diff->rows().at(r).field == GuideDiff::tr("Promised time limit"))
                changedRow = r;
        QVERIFY(changedRow > 0);
        const GuideDiff::Row& row = diff->rows().at(changedRow);
        QVERIFY(row.changed());
        QVERIFY2(row.left.contains(u'3') && row.right.contains(u'2'),
                 qPrintable(row.left + QStringLiteral(" → ") + row.right));
        // Highlighted, and told to a screen reader.
        QVERIFY(diff->table()->item(changedRow, 2)->background().color().isValid());
        QVERIFY(diff->table()
                    ->item(changedRow, 2)
                    ->data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(row.right));
        QCOMPARE(diff->table()->currentRow(), 0); // the first change (the version) is chosen
        diff->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(diff));
        diff->table()->setFocus();
        QTest::keyClick(diff->table(), Qt::Key_F7);
        QTRY_COMPARE(diff->table()->currentRow(), changedRow);
        QTest::keyClick(diff->table(), Qt::Key_F7, Qt::ShiftModifier);
        QTRY_COMPARE(diff->table()->currentRow(), 0);
        QVERIFY(diff->nextChange());
        QVERIFY(test::accessibilityProblems(diff).isEmpty());
        screenshot(diff, QStringLiteral("guide-diff"));
        // Same versions: nothing differs.
        diff->compare(2, 2);
        QCOMPARE(GuideDiff::changedCount(diff->rows()), 0);
    }

    void stepsFeesLegalBasisAndLocationAreEditedPublishedAndCompared()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QListWidget* steps = view->stepList();
        QCOMPARE(steps->count(), 5);
        QCOMPARE(steps->item(0)->text(), QStringLiteral("申请"));
        QCOMPARE(view->locationEdit()->text(), QStringLiteral("区政务服务中心综合窗口"));
        // F2 edits the first step's name in place.
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        steps->setFocus();
        steps->setCurrentRow(0);
        QTest::keyClick(steps, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<QLineEdit*>(QApplication::focusWidget())));
        editor->setText(QStringLiteral("网上申请"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(steps->item(0)->text(), QStringLiteral("网上申请"));
        // Alt+Up moves the last step (发照) before 决定.
        steps->setFocus();
        steps->setCurrentRow(4);
        QTest::keyClick(steps, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(steps->item(3)->text(), QStringLiteral("发照"));
        QCOMPARE(steps->currentRow(), 3);
        // The Add step button puts a new step after the chosen one and opens it for its name.
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("catalogAdminAddStep")),
                          Qt::LeftButton);
        QTRY_VERIFY((editor = qobject_cast<QLineEdit*>(QApplication::focusWidget())));
        editor->setText(QStringLiteral("归档"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(steps->item(4)->text(), QStringLiteral("归档"));
        // Delete removes the chosen one: 审查 goes.
        steps->setFocus();
        steps->setCurrentRow(2);
        QTest::keyClick(steps, Qt::Key_Delete);
        QCOMPARE(steps->count(), 5);
        // Fees, a legal basis and the location.
        QTest::mouseClick(view->feesChargedBox(), Qt::LeftButton);
        QVERIFY(view->feesChargedBox()->isChecked());
        view->feesDescriptionEdit()->setText(QStringLiteral("工本费10元"));
        view->feesBasisEdit()->setText(QStringLiteral("省物价局收费文件"));
        view->legalBasisEdit()->appendPlainText(QStringLiteral("《优化营商环境条例》 | 第十九条"));
        view->locationEdit()->setText(QStringLiteral("区政务服务中心三楼企业专区"));
        // Still a draft on the screen: nothing stored before Publish.
        QCOMPARE(GuideRepository(*m_fixture->database).versions(QStringLiteral("E001")).value(),
                 (QList<int>{1}));
        screenshot(view->guideEditor(), QStringLiteral("catalog-admin-guide-editor"));
        QVERIFY(test::accessibilityProblems(view.get()).isEmpty());

        view->noteEdit()->setText(QStringLiteral("流程与收费调整"));
        QVERIFY2(view->publish(), qPrintable(view->messageLabel()->text()));
        const auto inForce = GuideRepository(*m_fixture->database).latest(QStringLiteral("E001"));
        QVERIFY(inForce && inForce.value());
        const Guide& guide = *inForce.value();
        QCOMPARE(guide.version, 2);
        QVERIFY(!guide.isDraft());
        QStringList names;
        for (const GuideStep& step : guide.steps)
            names.append(step.name);
        QCOMPARE(names, (QStringList{QStringLiteral("网上申请"), QStringLiteral("受理"),
                                     QStringLiteral("发照"), QStringLiteral("归档"),
                                     QStringLiteral("决定")}));
        QVERIFY(guide.steps.at(0).description.startsWith(QStringLiteral("通过企业开办"))); // kept
        QCOMPARE(guide.steps.at(3).description, QStringLiteral("归档"));
        QCOMPARE(guide.fees,
                 (Fees{true, QStringLiteral("工本费10元"), QStringLiteral("省物价局收费文件")}));
        QCOMPARE(guide.legalBasis.size(), 5);
        QCOMPARE(guide.legalBasis.last(),
                 (LegalBasis{QStringLiteral("《优化营商环境条例》"), QStringLiteral("第十九条")}));
        QCOMPARE(guide.location, QStringLiteral("区政务服务中心三楼企业专区"));
        // The editor shows the published version as it was stored.
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QCOMPARE(view->stepList()->item(0)->text(), QStringLiteral("网上申请"));
        QCOMPARE(view->feesDescriptionEdit()->text(), QStringLiteral("工本费10元"));

        // The diff shows the renamed first step and the fees.
        QTest::mouseClick(view->compareButton(), Qt::LeftButton);
        GuideDiffView* diff = view->diffView();
        QVERIFY(diff);
        QCOMPARE(diff->rightVersion(), 2);
        bool stepShown = false, feesShown = false;
        for (const GuideDiff::Row& row : diff->rows()) {
            if (row.changed() && row.left.startsWith(QStringLiteral("申请")) &&
                row.right.startsWith(QStringLiteral("网上申请")))
                stepShown = true;
            if (row.changed() && row.right == QStringLiteral("工本费10元"))
                feesShown = true;
        }
        QVERIFY(stepShown);
        QVERIFY(feesShown);
    }

    void anItemWithoutAGuideGetsOneCheckedOnPublishing()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("E008")));
        QVERIFY(view->createGuideButton()->isEnabled());
        QVERIFY(!view->guideEditor()->isEnabled());
        QTest::mouseClick(view->createGuideButton(), Qt::LeftButton);
        QVERIFY(view->guideEditor()->isEnabled());
        QVERIFY(!view->createGuideButton()->isEnabled());
        // Empty: the publication is refused with the problems named, nothing stored.
        view->noteEdit()->setText(QStringLiteral("新增指南"));
        QVERIFY(!view->publish());
        QVERIFY(view->problemList()->count() > 0);
        QVERIFY2(view->problemList()->item(0)->text().contains(QStringLiteral("E008")),
                 qPrintable(view->problemList()->item(0)->text()));
        QVERIFY(GuideRepository(*m_fixture->database)
                    .versions(QStringLiteral("E008"))
                    .value()
                    .isEmpty());
        // Filled in: published as the item's first guide.
        view->tabs()->setCurrentIndex(0);
        QVERIFY(view->selectCode(QStringLiteral("E008")));
        view->legalDays()->setValue(20);
        view->promisedDays()->setValue(10);
        view->findChild<QPlainTextEdit*>(QStringLiteral("catalogAdminSummary"))
            ->setPlainText(QStringLiteral("建筑施工企业取得安全生产许可证。"));
        view->stepList()->setFocus();
        view->addStep(QStringLiteral("受理"));
        view->addStep(QStringLiteral("审查"));
        view->feesDescriptionEdit()->setText(QStringLiteral("不收费"));
        view->legalBasisEdit()->setPlainText(QStringLiteral("《安全生产许可证条例》 | 第二条"));
        view->locationEdit()->setText(QStringLiteral("区政务服务中心综合窗口"));
        QVERIFY2(view->publish(),
                 qPrintable(view->messageLabel()->text() + u'\n' +
                            (view->problemList()->count() ? view->problemList()->item(0)->text()
                                                          : QString())));
        const auto guide = GuideRepository(*m_fixture->database).latest(QStringLiteral("E008"));
        QVERIFY(guide && guide.value());
        QCOMPARE(guide.value()->version, 1);
        QVERIFY(!guide.value()->isDraft());
        QCOMPARE(guide.value()->steps.size(), 2);
        QCOMPARE(guide.value()->promisedLimit, (TimeLimit{false, 10}));
    }

    void aSubItemIsAddedAndOneACaseUsesIsNotRemoved()
    {
        // A case taken under the sub-item E001.6, the last of E001.
        WorkspaceData data = test::loadWorkspace();
        IntakeDraft draft;
        draft.applicant.name = QStringLiteral("张三");
        draft.applicant.identifier = QStringLiteral("11010519491231002X");
        draft.applicant.phone = QStringLiteral("13812345678");
        draft.itemCodes = {QStringLiteral("E001.6")};
        draft.mergeChecklist(data.guides, data.dictionary);
        for (CaseMaterial& m : draft.materials)
            m.state = CaseMaterial::State::Received;
        const Result<Case> taken =
            m_fixture->cases->takeIn(m_fixture->signIn(QStringLiteral("clerk")), draft,
                                     IntakeDraft::Decision::Accept, QString(), data.guides);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));

        auto view = adminView();
        // E001.6 is used by the case: not removed, and said so.
        QVERIFY(view->selectCode(QStringLiteral("E001.6")));
        QVERIFY(!view->removeSubItem());
        QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("E001.6")),
                 qPrintable(view->messageLabel()->text()));
        // One in the middle would break the consecutive codes: refused, naming the last one.
        QVERIFY(view->selectCode(QStringLiteral("E001.3")));
        QVERIFY(!view->removeSubItem());
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("E001.6")));
        QVERIFY(!view->catalogChanged());

        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QCOMPARE(view->subItemCodeEdit()->text(), QStringLiteral("E001.7")); // the next one
        auto* add = view->findChild<QPushButton*>(QStringLiteral("catalogAdminAddSubItem"));
        // A wrong code and a missing name are refused, naming what is wrong.
        view->subItemCodeEdit()->setText(QStringLiteral("E001.9"));
        view->subItemNameEdit()->setText(QStringLiteral("港澳投资企业设立登记"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("E001.7")));
        QVERIFY(!view->catalogChanged());
        view->subItemCodeEdit()->setText(QStringLiteral("E001.7"));
        view->subItemNameEdit()->clear();
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!view->catalogChanged());
        view->subItemNameEdit()->setText(QStringLiteral("港澳投资企业设立登记"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(view->catalogChanged(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->currentCode(), QStringLiteral("E001"));
        QVERIFY(view->selectCode(QStringLiteral("E001.7")));
        QCOMPARE(view->nameEdit()->text(), QStringLiteral("港澳投资企业设立登记"));
        // A second one, then removed again (the last, unused): gone from the draft.
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        view->subItemNameEdit()->setText(QStringLiteral("临时子项"));
        QVERIFY(view->addSubItem(QStringLiteral("E001.8"), QStringLiteral("临时子项")));
        QVERIFY(view->selectCode(QStringLiteral("E001.8")));
        QTest::mouseClick(
            view->findChild<QPushButton*>(QStringLiteral("catalogAdminRemoveSubItem")),
            Qt::LeftButton);
        QVERIFY(!view->selectCode(QStringLiteral("E001.8")));

        view->noteEdit()->setText(QStringLiteral("子项调整"));
        QVERIFY2(view->publish(), qPrintable(view->messageLabel()->text()));
        const Catalog published = CatalogPublisher(*m_fixture->database).workingCatalog().value();
        QVERIFY(published.subItem(QStringLiteral("E001.6")));
        QVERIFY(!published.subItem(QStringLiteral("E001.8")));
        QVERIFY(published.subItem(QStringLiteral("E001.7")));
        QCOMPARE(published.subItem(QStringLiteral("E001.7"))->name,
                 QStringLiteral("港澳投资企业设立登记"));
    }

    void aBadImportChangesNothingAndSaysWhy()
    {
        auto view = adminView();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lifecycle_code,oops\r\nE,x\r\n");
        file.close();
        QVERIFY(!view->importFrom(path));
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("bad.csv")));
        QVERIFY(!CatalogPublisher(*m_fixture->database).hasDraftCatalog().value());
        // An export re-imports as the same catalog (a draft).
        const QString out = dir.filePath(QStringLiteral("catalog.csv"));
        QVERIFY(view->exportTo(out, true));
        QVERIFY2(view->importFrom(out), qPrintable(view->messageLabel()->text()));
        QVERIFY(CatalogPublisher(*m_fixture->database).hasDraftCatalog().value());
    }

    void theCrossRegionFlagAndANameArePublishedAndCounted()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("P001")));
        const int before = view->ledger().counts.at(1).anywhere;
        view->crossRegionBox()->setChecked(true);
        view->noteEdit()->setText(QStringLiteral("出生登记全省通办"));
        QVERIFY2(view->publish(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->ledger().counts.at(1).anywhere, before + 1);
        QVERIFY(view->selectCode(QStringLiteral("P001")));
        QVERIFY(view->crossRegionBox()->isChecked());
    }

    void aNewMaterialJoinsTheDictionaryAndABadKeyIsRefused()
    {
        auto view = adminView();
        view->tabs()->setCurrentIndex(1);
        auto* key = view->findChild<QLineEdit*>(QStringLiteral("catalogAdminMaterialKey"));
        auto* name = view->findChild<QLineEdit*>(QStringLiteral("catalogAdminMaterialName"));
        key->setText(QStringLiteral("Bad Key"));
        name->setText(QStringLiteral("测试"));
        QVERIFY(!view->saveMaterial());
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("Bad Key")));
        key->setText(QStringLiteral("fire_safety_plan"));
        name->setText(QStringLiteral("消防安全预案"));
        QVERIFY2(view->saveMaterial(), qPrintable(view->messageLabel()->text()));
        // A draft: the counters' dictionary does not have it before Publish; the screen does
        // (marked as a draft) and guides may already ask for it.
        QVERIFY(!GuideRepository(*m_fixture->database)
                     .dictionary()
                     .value()
                     .contains(QStringLiteral("fire_safety_plan")));
        QVERIFY(view->materialPicker()->findData(QStringLiteral("fire_safety_plan")) >= 0);
        const auto rows = view->dictionaryTable()->findItems(QStringLiteral("fire_safety_plan"),
                                                             Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(view->dictionaryTable()->item(rows.first()->row(), 3)->text(),
                 CatalogAdminView::tr("draft: waits for Publish"));
        screenshot(view.get(), QStringLiteral("catalog-admin-dictionary"));
        view->noteEdit()->setText(QStringLiteral("新增消防安全预案"));
        QVERIFY2(view->publish(), qPrintable(view->messageLabel()->text()));
        QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("fire_safety_plan")),
                 qPrintable(view->messageLabel()->text()));
        QVERIFY(GuideRepository(*m_fixture->database)
                    .dictionary()
                    .value()
                    .contains(QStringLiteral("fire_safety_plan")));
        QCOMPARE(view->dictionaryTable()
                     ->item(rows.isEmpty() ? 0
                                           : view->dictionaryTable()
                                                 ->findItems(QStringLiteral("fire_safety_plan"),
                                                             Qt::MatchExactly)
                                                 .first()
                                                 ->row(),
                            3)
                     ->text(),
                 CatalogAdminView::tr("in force"));
    }

    // 办理时间, 咨询/监督电话 and a step's description are edited on the screen: a bad phone
    // stops the publication naming the item; the published guide has them, its JSON reads back
    // equal, and the diff shows each change.
    void hoursPhonesAndStepDescriptionsAreEditedCheckedAndCompared()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        QVERIFY(view->hoursEdit()->text().contains(QStringLiteral("9:00")));
        QCOMPARE(view->enquiryPhoneEdit()->text(), QStringLiteral("12345"));
        QCOMPARE(view->stepList()->currentRow(), 0);
        QVERIFY(
            view->stepDescriptionEdit()->toPlainText().startsWith(QStringLiteral("通过企业开办")));
        view->hoursEdit()->setText(QStringLiteral("周一至周五 8:30—17:30，周六上午 9:00—12:00"));
        view->complaintPhoneEdit()->setText(QStringLiteral("110"));
        view->stepList()->setCurrentRow(1);
        view->stepDescriptionEdit()->setPlainText(
            QStringLiteral("窗口当场核验材料并出具受理通知书"));
        view->noteEdit()->setText(QStringLiteral("办理时间与电话"));
        QVERIFY(!view->publish());
        const QString problems = view->problemList()->count() > 0
                                     ? view->problemList()->item(0)->text()
                                     : view->messageLabel()->text();
        QVERIFY2(problems.contains(QStringLiteral("E001")) &&
                     problems.contains(QStringLiteral("110")),
                 qPrintable(problems));
        QCOMPARE(GuideRepository(*m_fixture->database).versions(QStringLiteral("E001")).value(),
                 (QList<int>{1})); // nothing stored
        view->complaintPhoneEdit()->setText(QStringLiteral("0632-3312345"));
        screenshot(view->guideEditor(), QStringLiteral("catalog-admin-guide-hours-phones"));
        QVERIFY(test::accessibilityProblems(view.get()).isEmpty());
        QVERIFY2(view->publish(), qPrintable(view->messageLabel()->text()));
        const Guide guide =
            *GuideRepository(*m_fixture->database).latest(QStringLiteral("E001")).value();
        QCOMPARE(guide.version, 2);
        QCOMPARE(guide.hours, QStringLiteral("周一至周五 8:30—17:30，周六上午 9:00—12:00"));
        QCOMPARE(guide.complaintPhone, QStringLiteral("0632-3312345"));
        QCOMPARE(guide.enquiryPhone, QStringLiteral("12345"));
        QCOMPARE(guide.steps.at(1).description, QStringLiteral("窗口当场核验材料并出具受理通知书"));
        const Result<Guide> reread =
            GuideJson::readGuide(GuideJson::writeGuide(guide), QStringLiteral("E001.json"));
        QVERIFY2(reread.ok(), qPrintable(reread.error()));
        QCOMPARE(reread.value(), guide);
        // The printed guide (and the counter's guide view, which shows the same) has them.
        const auto subject = GuideSubject::fromCatalog(
            CatalogRepository(*m_fixture->database).load().value(), QStringLiteral("E001"));
        QVERIFY(subject);
        const QString printed = GuideHtml::guide(
            *subject, guide, GuideRepository(*m_fixture->database).dictionary().value());
        QVERIFY(printed.contains(QStringLiteral("周六上午 9:00—12:00")));
        QVERIFY(printed.contains(QStringLiteral("0632-3312345")));
        QVERIFY(printed.contains(QStringLiteral("窗口当场核验材料并出具受理通知书")));
        // The editor shows the stored values again.
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        view->stepList()->setCurrentRow(1);
        QCOMPARE(view->stepDescriptionEdit()->toPlainText(),
                 QStringLiteral("窗口当场核验材料并出具受理通知书"));
        QTest::mouseClick(view->compareButton(), Qt::LeftButton);
        GuideDiffView* diff = view->diffView();
        QVERIFY(diff);
        QStringList changed;
        for (const GuideDiff::Row& row : diff->rows())
            if (row.changed())
                changed.append(row.right);
        const QString all = changed.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("周六上午")) &&
                     all.contains(QStringLiteral("0632-3312345")) &&
                     all.contains(QStringLiteral("出具受理通知书")),
                 qPrintable(all));
    }

    // A calendar year published on the screen counts at once: the window's live calendar (the
    // one CaseService holds) is reloaded, so a case taken next has its due date counted with
    // the new year, with no restart.
    void aPublishedCalendarYearCountsDueDatesAtOnce()
    {
        WorkspaceData data = test::loadWorkspace();
        test::RecordingPrinter printer;
        MainWindow window(data, printer, *m_fixture->accounts, *m_fixture->cases, m_admin,
                          m_fixture->clock);
        window.setCatalogDatabase(m_fixture->database.get());
        window.setLiveCalendar(&m_fixture->calendar);
        window.show();
        // A 60-working-day promise from 2026-11-30 runs into 2027, a year not published yet.
        QHash<QString, Guide> guides = data.guides;
        guides[QStringLiteral("E001")].promisedLimit = TimeLimit{false, 60};
        guides[QStringLiteral("E001")].legalLimit = TimeLimit{false, 60};
        const Session clerk = m_fixture->signIn(QStringLiteral("clerk"));
        const auto takeIn = [&](const QString& id) {
            IntakeDraft draft;
            draft.applicant.name = QStringLiteral("张三");
            draft.applicant.identifier = id;
            draft.applicant.phone = QStringLiteral("13812345678");
            draft.itemCodes = {QStringLiteral("E001")};
            draft.mergeChecklist(guides, data.dictionary);
            for (CaseMaterial& m : draft.materials)
                m.state = CaseMaterial::State::Received;
            return m_fixture->cases->takeIn(clerk, draft, IntakeDraft::Decision::Accept, QString(),
                                            guides);
        };
        const Result<Case> before = takeIn(QStringLiteral("11010519491231002X"));
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QVERIFY(before.value().dueProvisional);
        CatalogAdminView* admin = window.openCatalogAdmin();
        QVERIFY(admin);
        QVERIFY(admin->loadCalendarYear(2027));
        admin->calendarNotice()->setText(QStringLiteral("国办发明电〔2026〕1号"));
        for (int day = 1; day <= 8; ++day)
            QVERIFY(admin->addCalendarDay(QDate(2027, 2, day), QStringLiteral("春节"), false));
        QVERIFY2(admin->saveCalendar(), qPrintable(admin->messageLabel()->text()));
        QVERIFY2(admin->publishCalendar(), qPrintable(admin->messageLabel()->text()));
        QVERIFY(m_fixture->calendar.isPublished(2027));
        const Result<Case> after = takeIn(QStringLiteral("11010519491231002X"));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QVERIFY(!after.value().dueProvisional);
        QVERIFY2(after.value().calendarVersion.contains(QStringLiteral("2027-1")),
                 qPrintable(after.value().calendarVersion));
        // The six weekdays of 春节 off push the date later than the weekends-only count did.
        QVERIFY(after.value().dueDate > before.value().dueDate.addDays(5));
        // No central store is configured: the screen says the year stays here.
        QVERIFY2(admin->messageLabel()->text().contains(CatalogAdminView::tr(
                     "No central store is configured: it is in force on this workstation only.")),
                 qPrintable(admin->messageLabel()->text()));
        QVERIFY(!admin->sendToCentralButton()->isEnabled());
        admin->tabs()->setCurrentIndex(2);
        screenshot(admin, QStringLiteral("catalog-admin-publish"));
        admin->close();
    }

    void aCalendarYearIsCheckedSavedAsADraftAndPublished()
    {
        auto view = adminView();
        view->tabs()->setCurrentIndex(4);
        QVERIFY(view->loadCalendarYear(2027));
        QVERIFY(view->calendarYear().days.isEmpty()); // not in the built-in data
        view->calendarNotice()->setText(QStringLiteral("国办发明电〔2026〕1号"));
        QVERIFY(view->addCalendarDay(QDate(2027, 1, 1), QStringLiteral("元旦"), false));
        QVERIFY(!view->addCalendarDay(QDate(2028, 1, 1), QStringLiteral("元旦"), false));
        // A make-up workday on a Monday is refused, naming the date; nothing is stored.
        QVERIFY(view->addCalendarDay(QDate(2027, 1, 4), QStringLiteral("元旦调休"), true));
        QVERIFY(!view->saveCalendar());
        QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("2027-01-04")),
                 qPrintable(view->messageLabel()->text()));
        QVERIFY(CalendarAdmin(*m_fixture->database).year(2027).value().version.isEmpty());
        QVERIFY(view->removeCalendarDay(QDate(2027, 1, 4)));
        QVERIFY(view->addCalendarDay(QDate(2027, 1, 9), QStringLiteral("元旦调休"), true));
        QVERIFY2(view->saveCalendar(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->calendarYear().version, QStringLiteral("2027-1"));
        QVERIFY(view->calendarYear().draft);
        QCOMPARE(view->calendarTable()->rowCount(), 2);
        // A draft is not in force.
        QVERIFY(!CalendarAdmin(*m_fixture->database).calendar().value().isPublished(2027));
        screenshot(view.get(), QStringLiteral("catalog-admin-calendar"));
        QVERIFY(view->publishCalendar());
        const WorkCalendar calendar = CalendarAdmin(*m_fixture->database).calendar().value();
        QVERIFY(calendar.isPublished(2027));
        QCOMPARE(calendar.versionFor(2027), QStringLiteral("2027-1"));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 9))); // a Saturday worked
        QVERIFY(calendar.isPublished(2026));               // the built-in years stay
        // A changed built-in year gets the next version of it.
        QVERIFY(view->loadCalendarYear(2026));
        QCOMPARE(view->calendarYear().version, QStringLiteral("2026-1"));
        QVERIFY(view->addCalendarDay(QDate(2026, 12, 31), QStringLiteral("元旦"), false));
        QVERIFY2(view->saveCalendar(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->calendarYear().version, QStringLiteral("2026-2"));
    }

    // From the main window: the administrator's Manage menu opens the screen; a case opens the
    // guide version it was taken under beside the current one; a clerk is offered neither screen.
    void theMainWindowOpensTheScreenAndACaseComparesItsGuide()
    {
        WorkspaceData data = test::loadWorkspace();
        IntakeDraft draft;
        draft.applicant.name = QStringLiteral("张三");
        draft.applicant.identifier = QStringLiteral("11010519491231002X");
        draft.applicant.phone = QStringLiteral("13812345678");
        draft.itemCodes = {QStringLiteral("E001")};
        draft.mergeChecklist(data.guides, data.dictionary);
        for (CaseMaterial& m : draft.materials)
            m.state = CaseMaterial::State::Received;
        const Result<Case> taken =
            m_fixture->cases->takeIn(m_fixture->signIn(QStringLiteral("clerk")), draft,
                                     IntakeDraft::Decision::Accept, QString(), data.guides);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QVERIFY(taken.value().guideVersions.contains(QStringLiteral("E001:1")));

        test::RecordingPrinter printer;
        MainWindow window(data, printer, *m_fixture->accounts, *m_fixture->cases, m_admin,
                          m_fixture->clock);
        window.setCatalogDatabase(m_fixture->database.get());
        window.show();
        bool adminOffered = false;
        for (QAction* action : window.adminMenu()->actions())
            adminOffered = adminOffered ||
                           (action->isVisible() && action->text().contains(QStringLiteral("事项")));
        QVERIFY(adminOffered);
        CatalogAdminView* admin = window.openCatalogAdmin();
        QVERIFY(admin);
        QVERIFY(admin->selectCode(QStringLiteral("E001")));
        admin->promisedDays()->setValue(1);
        admin->noteEdit()->setText(QStringLiteral("压缩时限"));
        QVERIFY2(admin->publish(), qPrintable(admin->messageLabel()->text()));
        admin->close();

        // The clerk's window: the case shows the version it was taken under beside the current.
        MainWindow clerkWindow(data, printer, *m_fixture->accounts, *m_fixture->cases,
                               m_fixture->signIn(QStringLiteral("clerk")), m_fixture->clock);
        clerkWindow.setCatalogDatabase(m_fixture->database.get());
        clerkWindow.show();
        CaseDetailView* detail = clerkWindow.openCase(taken.value().number);
        QVERIFY(detail);
        auto* compare = detail->findChild<QPushButton*>(QStringLiteral("caseGuideCompare_E001"));
        QVERIFY(compare);
        QVERIFY(!compare->accessibleName().isEmpty());
        QTest::mouseClick(compare, Qt::LeftButton);
        GuideDiffView* diff = clerkWindow.findChild<GuideDiffView*>();
        QVERIFY(diff);
        QCOMPARE(diff->leftVersion(), 1);
        QCOMPARE(diff->rightVersion(), 2);
        bool promisedChanged = false;
        for (const GuideDiff::Row& row : diff->rows())
            if (row.field == GuideDiff::tr("Promised time limit"))
                promisedChanged = row.changed();
        QVERIFY(promisedChanged);

        QVERIFY(!clerkWindow.openCatalogAdmin());
        bool offered = false;
        for (QAction* action : clerkWindow.adminMenu()->actions())
            offered = offered || (action->isVisible() && action->text().contains(u'…') &&
                                  action->text().contains(QStringLiteral("事项")));
        QVERIFY(!offered);
    }

    void everyControlIsNamedAndAClerkCannotPublish()
    {
        auto view = adminView();
        QVERIFY(view->selectCode(QStringLiteral("E001")));
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            const QStringList problems = test::accessibilityProblems(view.get());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        // Keyboard only: from E001 in the tree, Down chooses the next item and fills the form.
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->tabs()->setCurrentIndex(0);
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_Down);
        QTRY_COMPARE(view->currentCode(), QStringLiteral("E002"));
        QCOMPARE(view->nameEdit()->text(),
                 view->tree()->currentItem()->text(1)); // the form shows the chosen item
        const Session clerk = m_fixture->signIn(QStringLiteral("clerk"));
        CatalogAdminView clerkView(*m_fixture->database, *m_fixture->accounts, clerk,
                                   m_fixture->clock);
        clerkView.noteEdit()->setText(QStringLiteral("x"));
        QVERIFY(!clerkView.publish());
        QVERIFY(!clerkView.saveDrafts());
        QVERIFY(!clerkView.publishCalendar());
        QVERIFY(CatalogPublisher(*m_fixture->database).releases().value().isEmpty());
    }
};

QTEST_MAIN(TestCatalogAdmin)
#include "TestCatalogAdmin.moc"
