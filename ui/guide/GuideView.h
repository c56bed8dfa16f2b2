#pragma once

#include "GuideHtml.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace ow {

class DocumentPrinter;

// One item's guide in the workspace: the document, and buttons (with shortcuts) to print it,
// preview it, save it as PDF, and print the one-page what-to-bring notice.
class GuideView : public QWidget
{
    Q_OBJECT

public:
    GuideView(GuideSubject subject, std::optional<Guide> guide,
              const GuideJson::Dictionary& dictionary, DocumentPrinter& printer,
              QWidget* parent = nullptr);

    const GuideSubject& subject() const { return m_subject; }
    bool hasGuide() const { return m_guide.has_value(); }
    QTextBrowser* browser() const { return m_browser; }
    QString guideHtml() const;
    QString whatToBringHtml() const;

signals:
    // "print" or "export" of this guide, for the audit log.
    void documentHandled(const QString& action, const QString& code);

private:
    QPushButton* addButton(const QString& text, const QString& objectName,
                           const QString& description);

    GuideSubject m_subject;
    std::optional<Guide> m_guide;
    const GuideJson::Dictionary& m_dictionary;
    DocumentPrinter& m_printer;
    QTextBrowser* m_browser;
};

} // namespace ow
