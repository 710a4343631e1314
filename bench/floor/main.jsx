// The floor: a plain React page showing the same first content as the app's home page, built the same way.
import { createRoot } from 'react-dom/client'
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css'

function Home() {
  return (
    <>
      <header className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">Northshire County Council</div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper">
          <span className="govuk-caption-l">Northshire County Council</span>
          <h1 className="govuk-heading-l">Children’s services improvement</h1>
          <p className="govuk-body-l">The improvement plan, its milestones and the reports boards have asked for, in one place that is always up to date.</p>
        </main>
      </div>
    </>
  )
}

createRoot(document.getElementById('root')).render(<Home />)
