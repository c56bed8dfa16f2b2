#pragma once

#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace ow {

// A one-line label that, when its place is narrower than its text (the status bar in the
// accessibility mode's large type), ends the text with "…" instead of cutting it off mid-letter,
// and may shrink to a few letters so that the controls beside it (the 无障碍 switch) stay whole.
// The whole text is its tool tip and its accessible value.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget* parent = nullptr) : QLabel(parent) {}

    void setFullText(const QString& text)
    {
        setText(text);
        setToolTip(text);
        updateGeometry();
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 6, QLabel::minimumSizeHint().height()};
    }
    bool isElided() const
    {
        return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRect room = contentsRect();
        style()->drawItemText(&painter, room, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideRight, room.width()),
                              foregroundRole());
    }
};

} // namespace ow
