#pragma once

#include "cases/Case.h"
#include "common/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;

namespace ow {

// The scans of a stored case as thumbnails, material by material, under the case's details. Each
// thumbnail is read through loadThumbnail (ScanService::thumbnail: checked and audited), once,
// when the gallery is built; a thumbnail that cannot be read is listed with the reason.
class ScanGallery : public QWidget
{
    Q_OBJECT

public:
    using ThumbnailFunction = std::function<Result<QByteArray>(const Scan& scan)>;

    ScanGallery(const Case& c, const ThumbnailFunction& loadThumbnail, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

private:
    QLabel* m_title;
    QListWidget* m_list;
};

} // namespace ow
