#pragma once

// What the typing child (IntakeTypingChild) types into an intake, step by step, and how the
// crash test reads each step back out of a stored draft.
#include "cases/IntakeDraftJson.h"

#include <QList>
#include <QString>

namespace ow::test {

struct TypingStep
{
    QString field; // objectName of the widget; "checklist": every material received, row by row
    QString text;  // typed character by character; empty for a box ticked or the checklist
};

inline QList<TypingStep> typingScript()
{
    return {
        {QStringLiteral("intakeIdentifier"), QStringLiteral("11010519491231002X")},
        {QStringLiteral("intakeName"), QStringLiteral("欧阳娜娜")},
        {QStringLiteral("intakePhone"), QStringLiteral("13812345678")},
        {QStringLiteral("intakeAddress"), QStringLiteral("薛城区永福南路1号2单元")},
        {QStringLiteral("intakeHasAgent"), QString()},
        {QStringLiteral("intakeAgentName"), QStringLiteral("李四")},
        {QStringLiteral("intakeAgentId"), QStringLiteral("110105198001010011")},
        {QStringLiteral("intakeAgentPhone"), QStringLiteral("06321234567")},
        {QStringLiteral("intakeAgentAuthorization"), QStringLiteral("授权委托书")},
        {QStringLiteral("checklist"), QString()},
        {QStringLiteral("intakeReason"), QStringLiteral("户口簿原件下周补交")},
    };
}

// The value a stored draft holds for a text step (empty when the step has no text field).
inline QString storedText(const IntakeDraftJson::Saved& saved, const QString& field)
{
    const IntakeDraft& d = saved.draft;
    const Agent agent = d.agent.value_or(Agent{});
    if (field == QLatin1String("intakeIdentifier"))
        return d.applicant.identifier;
    if (field == QLatin1String("intakeName"))
        return d.applicant.name;
    if (field == QLatin1String("intakePhone"))
        return d.applicant.phone;
    if (field == QLatin1String("intakeAddress"))
        return d.applicant.address;
    if (field == QLatin1String("intakeAgentName"))
        return agent.name;
    if (field == QLatin1String("intakeAgentId"))
        return agent.idNumber;
    if (field == QLatin1String("intakeAgentPhone"))
        return agent.phone;
    if (field == QLatin1String("intakeAgentAuthorization"))
        return agent.authorization;
    if (field == QLatin1String("intakeReason"))
        return saved.note;
    return QString();
}

} // namespace ow::test
