/**
 * Printing the pack, and saving it as a PDF where the browser prints to PDF (every desktop browser
 * does: its print window offers "Save as PDF"). The file takes the document's title as its name.
 */
export function PrintPack({ fileName }: { fileName: string }) {
  const printAs = (title: string) => {
    const before = document.title
    document.title = title
    const restore = () => {
      document.title = before
      window.removeEventListener('afterprint', restore)
    }
    window.addEventListener('afterprint', restore)
    window.print()
  }
  return (
    <div className="app-print-pack">
      <div className="govuk-button-group govuk-!-margin-bottom-2">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print the meeting pack
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => printAs(fileName)} aria-describedby="download-pdf-hint">
          Download as PDF
        </button>
      </div>
      <p className="govuk-hint" id="download-pdf-hint">
        To download it as a PDF, choose “Save as PDF” as the printer in the window that opens. The pack prints with a front sheet, the agenda and a status summary.
      </p>
    </div>
  )
}
