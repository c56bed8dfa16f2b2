// The module onewindow-pdf: PDF pages through poppler-qt6 (ScanInspector loads it when a PDF is
// first read).
#include "PdfBackend.h"

#include <QVariant>

#include <poppler-qt6.h>

namespace {

// poppler reports every damaged object on stderr; the refusal message says what matters.
void quietPoppler(const QString&, const QVariant&) {}

class PopplerDocument final : public ow::PdfDocument
{
public:
    explicit PopplerDocument(std::unique_ptr<Poppler::Document> document)
        : m_document(std::move(document))
    {}

    bool isLocked() const override { return m_document->isLocked(); }
    int pageCount() const override { return m_document->numPages(); }

    QImage render(int index, double dpi, bool antialiased) const override
    {
        m_document->setRenderHint(Poppler::Document::Antialiasing, antialiased);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing, antialiased);
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        return page ? page->renderToImage(dpi, dpi) : QImage();
    }

private:
    std::unique_ptr<Poppler::Document> m_document;
};

class PopplerBackend final : public ow::PdfBackend
{
public:
    PopplerBackend() { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); }

    std::unique_ptr<ow::PdfDocument> open(const QByteArray& content) const override
    {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
        if (!document)
            return nullptr;
        return std::make_unique<PopplerDocument>(std::move(document));
    }
};

} // namespace

extern "C" Q_DECL_EXPORT ow::PdfBackend* onewindow_create_pdf_backend()
{
    return new PopplerBackend;
}
