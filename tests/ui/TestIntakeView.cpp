// The intake screen driven with keys and clicks: fields checked next to themselves, a scene
// becomes its items, one merged checklist, decisions refused until their conditions hold.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestIntakeView : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    QList<QPair<IntakeDraft::Decision, QString>> m_decisions;
    std::unique_ptr<IntakeView> m_view;

    QLineEdit* edit(const char* name) const
    {
        return m_view->findChild<QLineEdit*>(QLatin1String(name));
    }
    QPushButton* button(const char* name) const
    {
        return m_view->findChild<QPushButton*>(QLatin1String(name));
    }
    void type(const char* name, const QString& text)
    {
        QLineEdit* field = edit(name);
        field->setFocus();
        field->clear();
        field->insert(text); // as an input method commits it (Chinese included)
        QTest::keyClick(field, Qt::Key_Tab);
    }

    void addItem(const QString& code)
    {
        QLineEdit* field = edit("intakeAddItem");
        field->setFocus();
        field->insert(code);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
    }

    void init()
    {
        m_decisions.clear();
        m_view = std::make_unique<IntakeView>(
            m_data.catalog, m_data.guides, m_data.dictionary,
            [this](IntakeDraft&, IntakeDraft::Decision decision, const QString& reason) {
                m_decisions.append({decision, reason});
                return Status::success();
            },
            QDate(2026, 11, 30));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void aSceneBecomesItsItemsAndOneChecklist()
    {
        addItem(QStringLiteral("p1.1"));
        QCOMPARE(m_view->draft().itemCodes.size(), 6);
        QCOMPARE(m_view->draft().sceneCode, QStringLiteral("P1.1"));
        const int merged = m_view->checklist()->rowCount();
        QVERIFY(merged > 0 && merged < 32); // 32 materials in the six guides, fewer to collect
        int idCards = 0;
        for (const CaseMaterial& m : m_view->draft().materials)
            idCards += m.key == QLatin1String("id_card") ? 1 : 0;
        QCOMPARE(idCards, 1);
        QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("intakeMergeSummary"))
                    ->text()
                    .contains(QString::number(merged)));
        addItem(QStringLiteral("X123"));
        QVERIFY(m_view->fieldMessage(QStringLiteral("items")).contains(QStringLiteral("X123")));
    }

    void badFieldsAreNamedAndNothingIsDecided()
    {
        addItem(QStringLiteral("P082"));
        type("intakeIdentifier", QStringLiteral("110105194912310021"));
        type("intakePhone", QStringLiteral("12345"));
        button("intakeAccept")->click();
        QVERIFY(m_decisions.isEmpty());
        QVERIFY(!m_view->fieldMessage(QStringLiteral("applicant.identifier")).isEmpty());
        QVERIFY(!m_view->fieldMessage(QStringLiteral("applicant.phone")).isEmpty());
        QVERIFY(!m_view->fieldMessage(QStringLiteral("applicant.name")).isEmpty());
        QCOMPARE(m_view->messageLabel()->text(),
                 QStringLiteral("请更正标红的字段；未保存任何内容。"));
    }

    void checklistStatesChangeWithSpaceAndDecisionsFollowThem()
    {
        addItem(QStringLiteral("P082"));
        type("intakeIdentifier", QStringLiteral("11010519491231002X"));
        type("intakeName", QStringLiteral("张三"));
        type("intakePhone", QStringLiteral("13812345678"));
        QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("intakeGreenChannel"))
                    ->text()
                    .contains(QStringLiteral("76")));
        // Everything missing: accepting is refused, the one-time supplement notice is allowed.
        button("intakeAccept")->click();
        QVERIFY(m_decisions.isEmpty());
        QVERIFY(m_view->messageLabel()->text().contains(QStringLiteral("补正")));
        auto* table = m_view->findChild<QTableView*>(QStringLiteral("intakeChecklist"));
        table->setFocus();
        for (int row = 0; row < m_view->checklist()->rowCount(); ++row) {
            table->setCurrentIndex(m_view->checklist()->index(row, ChecklistModel::State));
            QTest::keyClick(table, Qt::Key_Space); // missing → received
        }
        for (const CaseMaterial& m : m_view->draft().materials)
            QCOMPARE(m.state, CaseMaterial::State::Received);
        button("intakeSupplement")->click();
        QVERIFY(m_decisions.isEmpty()); // nothing missing to ask for
        button("intakeAccept")->click();
        QCOMPARE(m_decisions.size(), 1);
        QCOMPARE(m_decisions.first().first, IntakeDraft::Decision::Accept);
        QVERIFY(!button("intakeAccept")->isEnabled()); // decided once
        QVERIFY(!m_view->decide(IntakeDraft::Decision::Refuse));
    }

    void refusalNeedsReasonsAndAgentNeedsAuthorization()
    {
        addItem(QStringLiteral("P082"));
        type("intakeIdentifier", QStringLiteral("11010519491231002X"));
        type("intakeName", QStringLiteral("张三"));
        type("intakePhone", QStringLiteral("13812345678"));
        m_view->findChild<QCheckBox*>(QStringLiteral("intakeHasAgent"))->setChecked(true);
        type("intakeAgentName", QStringLiteral("李四"));
        type("intakeAgentId", QStringLiteral("440524188001010014"));
        button("intakeRefuse")->click();
        QVERIFY(!m_view->fieldMessage(QStringLiteral("agent.authorization")).isEmpty());
        type("intakeAgentAuthorization", QStringLiteral("授权委托书"));
        button("intakeRefuse")->click();
        QVERIFY(m_decisions.isEmpty()); // no reasons yet
        m_view->findChild<QPlainTextEdit*>(QStringLiteral("intakeReason"))
            ->setPlainText(QStringLiteral("不属于本机关职权范围"));
        button("intakeRefuse")->click();
        QCOMPARE(m_decisions.size(), 1);
        QCOMPARE(m_decisions.first().second, QStringLiteral("不属于本机关职权范围"));
        QVERIFY(m_view->draft().agent);
        QCOMPARE(m_view->draft().agent->idNumber, QStringLiteral("440524188001010014"));
    }

    void everyControlIsNamed()
    {
        QStringList unnamed;
        for (QWidget* widget : m_view->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_view.get()))
                continue;
            if (widget->accessibleName().isEmpty() && !qobject_cast<QScrollBar*>(widget) &&
                QString::fromLatin1(widget->metaObject()->className()) !=
                    QLatin1String("QScrollArea") &&
                widget->parent() && !qobject_cast<QComboBox*>(widget->parentWidget()))
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                               widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestIntakeView)
#include "TestIntakeView.moc"
