#include "guide/GuideView.h"

#include "common/DocumentPrinter.h"

#include <QDate>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

GuideView::GuideView(GuideSubject subject, std::optional<Guide> guide,
                     const GuideJson::Dictionary& dictionary, DocumentPrinter& printer,
                     QWidget* parent)
    : QWidget(parent), m_subject(std::move(subject)), m_guide(std::move(guide)),
      m_dictionary(dictionary), m_printer(printer), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideView"));
    setAccessibleName(tr("Guide of %1 %2").arg(m_subject.code, m_subject.name));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout();
    layout->addLayout(buttons);
    const QString title = QStringLiteral("%1 %2").arg(m_subject.code, m_subject.name);

    QPushButton* print =
        addButton(tr("&Print…"), QStringLiteral("guidePrint"), tr("Print this guide (Ctrl+P)"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QPushButton::clicked, this, [this, title] {
        emit documentHandled(QStringLiteral("print"), m_subject.code);
        m_printer.print(guideHtml(), title, this);
    });
    buttons->addWidget(print);

    QPushButton* preview = addButton(tr("Print pre&view"), QStringLiteral("guidePreview"),
                                     tr("Show the pages before printing"));
    connect(preview, &QPushButton::clicked, this,
            [this, title] { m_printer.preview(guideHtml(), title, this); });
    buttons->addWidget(preview);

    QPushButton* pdf = addButton(tr("Save as P&DF…"), QStringLiteral("guidePdf"),
                                 tr("Save this guide as a PDF file"));
    connect(pdf, &QPushButton::clicked, this, [this, title] {
        emit documentHandled(QStringLiteral("export"), m_subject.code);
        m_printer.savePdf(guideHtml(), title, this);
    });
    buttons->addWidget(pdf);

    QPushButton* notice = addButton(tr("&What to bring…"), QStringLiteral("guideWhatToBring"),
                                    tr("Print the one-page notice of everything to bring"));
    notice->setEnabled(m_guide.has_value());
    connect(notice, &QPushButton::clicked, this, [this, title] {
        emit documentHandled(QStringLiteral("print"),
                             m_subject.code + QStringLiteral(" what-to-bring"));
        m_printer.preview(whatToBringHtml(), tr("What to bring — %1").arg(title), this);
    });
    buttons->addWidget(notice);
    buttons->addStretch(1);

    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setAccessibleDescription(
        tr("The whole guide: conditions, materials, steps, fees and time limits; F8 reads it."));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(guideHtml());
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);
}

QPushButton* GuideView::addButton(const QString& text, const QString& objectName,
                                  const QString& description)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

QString GuideView::guideHtml() const
{
    return GuideHtml::guide(m_subject, m_guide, m_dictionary);
}

QString GuideView::whatToBringHtml() const
{
    return GuideHtml::whatToBring(m_subject, m_guide, m_dictionary, QDate::currentDate());
}

} // namespace ow
