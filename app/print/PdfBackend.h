#pragma once

#include <QByteArray>
#include <QImage>

#include <memory>

namespace ow {

// PDF pages through poppler, as the module onewindow-pdf gives them to ScanInspector. The module
// is loaded when a PDF is first read, not linked: poppler and what it loads (NSS, lcms, openjpeg,
// libtiff) cost some 5 ms of every start to the sign-in window (issue 11). Plain C++ across the
// module boundary; the module links only Qt and poppler-qt6 (app/core/common/RuntimeModule.h).
class PdfDocument
{
public:
    virtual ~PdfDocument() = default;
    virtual bool isLocked() const = 0;
    virtual int pageCount() const = 0;
    // Page `index` (from 0) drawn at `dpi`, antialiased when asked; null when it cannot be drawn.
    virtual QImage render(int index, double dpi, bool antialiased) const = 0;
};

class PdfBackend
{
public:
    virtual ~PdfBackend() = default;
    // The document, or null when poppler cannot read it (damaged, not a PDF). Damaged objects
    // are not reported on stderr: the refusal message says what matters.
    virtual std::unique_ptr<PdfDocument> open(const QByteArray& content) const = 0;
};

} // namespace ow

// The module's one exported function (C linkage, so that QLibrary::resolve finds it by name).
using OneWindowCreatePdfBackend = ow::PdfBackend* (*)();
inline constexpr char OneWindowCreatePdfBackendName[] = "onewindow_create_pdf_backend";
