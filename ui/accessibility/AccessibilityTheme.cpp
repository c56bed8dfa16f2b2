#include "accessibility/AccessibilityTheme.h"

namespace ow::AccessibilityTheme {

namespace {

const QColor Black{0x00, 0x00, 0x00};
const QColor White{0xff, 0xff, 0xff};
const QColor Navy{0x00, 0x00, 0x80};
const QColor Grey{0x44, 0x44, 0x44}; // 9.7:1 on white, 8.5:1 on the disabled grey
const QColor LightGrey{0xf0, 0xf0, 0xf0};
const QColor ToolTip{0xff, 0xff, 0xe0};
const QColor FocusFill{0xff, 0xff, 0x80};

} // namespace

QPalette normalPalette(const QPalette& platform)
{
    QPalette palette = platform;
    // Fusion draws placeholders in half-transparent text (about 3:1): too faint for a hint; and
    // white on its light-blue selection (#308cc6) is 3.7:1: a darker blue gives 6:1.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x59, 0x59, 0x59));
        palette.setColor(group, QPalette::Highlight, QColor(0x1e, 0x64, 0xa8));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    return palette;
}

QPalette highContrastPalette()
{
    QPalette p(White);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, White);
        p.setColor(group, QPalette::WindowText, Black);
        p.setColor(group, QPalette::Base, White);
        p.setColor(group, QPalette::AlternateBase, LightGrey);
        p.setColor(group, QPalette::Text, Black);
        p.setColor(group, QPalette::Button, White);
        p.setColor(group, QPalette::ButtonText, Black);
        p.setColor(group, QPalette::BrightText, White);
        p.setColor(group, QPalette::Highlight, Navy);
        p.setColor(group, QPalette::HighlightedText, White);
        p.setColor(group, QPalette::ToolTipBase, ToolTip);
        p.setColor(group, QPalette::ToolTipText, Black);
        p.setColor(group, QPalette::PlaceholderText, Grey);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0xcc));
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, White);
    p.setColor(QPalette::Disabled, QPalette::Base, LightGrey);
    p.setColor(QPalette::Disabled, QPalette::Button, LightGrey);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, Grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, Navy);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, White);
    return p;
}

QList<ColourPair> colourPairs(const QPalette& palette)
{
    struct Pair
    {
        const char* what;
        QPalette::ColorRole text;
        QPalette::ColorRole background;
    };
    static constexpr Pair pairs[] = {
        {"WindowText on Window", QPalette::WindowText, QPalette::Window},
        {"Text on Base", QPalette::Text, QPalette::Base},
        {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
        {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
        {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
        {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
        {"PlaceholderText on Base", QPalette::PlaceholderText, QPalette::Base},
        {"Link on Base", QPalette::Link, QPalette::Base},
    };
    QList<ColourPair> result;
    for (const Pair& pair : pairs) {
        result.append({QString::fromLatin1(pair.what), palette.color(QPalette::Active, pair.text),
                       palette.color(QPalette::Active, pair.background)});
    }
    for (const QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
        const QString on = background == QPalette::Base ? QStringLiteral(" on Base")
                                                        : QStringLiteral(" on Window");
        result.append({QStringLiteral("error text") + on, ErrorText,
                       palette.color(QPalette::Active, background)});
        result.append({QStringLiteral("warning text") + on, WarningText,
                       palette.color(QPalette::Active, background)});
    }
    return result;
}

QString styleSheet(bool highContrast, int targetPixels, double fontPoints)
{
    const QString target = QString::number(targetPixels);
    QString css =
        QStringLiteral("QPushButton, QToolButton, QComboBox, QLineEdit, QDateEdit, QSpinBox "
                       "{ min-height: %1px; }\n"
                       "QPushButton { padding: 4px 14px; }\n"
                       "QCheckBox::indicator, QRadioButton::indicator "
                       "{ width: %2px; height: %2px; }\n"
                       "QTableView, QListView, QTreeView { border: 2px solid #000000; }\n"
                       "QTableView::item, QListView::item, QTreeView::item { min-height: %1px; }\n"
                       "QTabBar::tab { min-height: %1px; padding: 4px 12px; %3}\n")
            .arg(target)
            .arg(targetPixels * 2 / 3)
            .arg(fontPoints > 0 ? QStringLiteral("font-size: %1pt; ").arg(fontPoints, 0, 'f', 1)
                                : QString());
    // Titles that enlarge their own font (set once, so the scaled type would overtake them)
    // keep their proportion to the text.
    if (fontPoints > 0)
        css += QStringLiteral("QLabel#lockTitle { font-size: %1pt; font-weight: bold; }\n"
                              "QLabel#detailsTitle { font-size: %2pt; font-weight: bold; }\n")
                   .arg(fontPoints * 1.6, 0, 'f', 1)
                   .arg(fontPoints * 1.4, 0, 'f', 1);
    // The status bar's labels (catalog counts, who is signed in) are for the clerk, not the
    // applicant: a moderate size, so that at 200 % they do not push the window past the screen.
    if (fontPoints > 0)
        css += QStringLiteral("QStatusBar QLabel { font-size: %1pt; }\n")
                   .arg(fontPoints * 0.7, 0, 'f', 1);
    // The focus: a yellow fill and a thick frame, seen from across the counter.
    css += QStringLiteral(
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, "
        "QDateEdit:focus, QSpinBox:focus { border: 4px solid #000080; background: #ffff80; "
        "color: #000000; }\n"
        "QPushButton:focus, QToolButton:focus { border: 4px solid #000080; "
        "background: #ffff80; color: #000000; }\n"
        "QCheckBox:focus, QRadioButton:focus { border: 3px solid #000080; "
        "background: #ffff80; color: #000000; }\n"
        "QTableView:focus, QListView:focus, QTreeView:focus "
        "{ border: 4px solid #000080; }\n"
        // A document (guide, case) keeps its page colour: only the frame shows the focus.
        "QTextBrowser:focus { border: 4px solid #000080; background: palette(base); "
        "color: palette(text); }\n"
        "QTabBar::tab:focus { border: 3px solid #000080; }\n");
    if (highContrast)
        css += QStringLiteral(
            "QPushButton, QToolButton { background: #ffffff; color: #000000; "
            "border: 2px solid #000000; }\n"
            "QPushButton:disabled, QToolButton:disabled { color: #444444; "
            "border: 2px solid #444444; }\n"
            "QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox "
            "{ border: 2px solid #000000; background: #ffffff; color: #000000; }\n"
            "QLineEdit:disabled, QComboBox:disabled { background: #f0f0f0; color: #444444; "
            "border: 2px solid #444444; }\n"
            "QGroupBox { border: 2px solid #000000; margin-top: 1.4em; font-weight: bold; }\n"
            "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }\n"
            "QHeaderView::section { background: #000080; color: #ffffff; "
            "font-weight: bold; padding: 4px; border: 1px solid #ffffff; }\n"
            "QTableView, QListView, QTreeView { selection-background-color: #000080; "
            "selection-color: #ffffff; gridline-color: #000000; }\n"
            "QStatusBar { border-top: 2px solid #000000; }\n");
    return css;
}

} // namespace ow::AccessibilityTheme
