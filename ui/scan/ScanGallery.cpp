#include "scan/ScanGallery.h"

#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace ow {

ScanGallery::ScanGallery(const Case& c, const ThumbnailFunction& loadThumbnail, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("scanGallery"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    m_list->setObjectName(QStringLiteral("scanGalleryList"));
    m_list->setAccessibleName(tr("Scans of the case"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(180);
    layout->addWidget(m_list);
    m_title->setBuddy(m_list);

    int count = 0;
    int pages = 0;
    for (const CaseMaterial& material : c.materials) {
        for (const Scan& scan : material.scanFiles) {
            ++count;
            pages += scan.pages;
            const QString label =
                tr("%1: %2 — %n page(s)", nullptr, scan.pages)
                    .arg(material.name,
                         scan.fileName.isEmpty() ? scan.sha256.left(12) : scan.fileName);
            auto* entry = new QListWidgetItem(label, m_list);
            entry->setData(Qt::AccessibleTextRole, label);
            if (scan.thumbnailSha256.isEmpty())
                continue;
            const Result<QByteArray> png = loadThumbnail(scan);
            const QImage image = png ? QImage::fromData(png.value(), "PNG") : QImage();
            if (image.isNull())
                entry->setToolTip(png ? tr("The thumbnail cannot be shown.") : png.error());
            else
                entry->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    }
    m_title->setText(tr("Scans: %n file(s)", nullptr, count) + QStringLiteral(" · ") +
                     tr("%n page(s)", nullptr, pages));
}

} // namespace ow
