import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayImportIntoPlan } from '@/domain/permissions'
import { useActingPerson } from '@/features/people/api/get-people'
import { planImportsQueryOptions } from '@/features/plan-import/api/get-plan-imports'
import { ChooseFile } from '@/features/plan-import/components/choose-file'
import { ImportForm } from '@/features/plan-import/components/import-form'
import { PastImports } from '@/features/plan-import/components/past-imports'
import type { Workbook } from '@/features/plan-import/read-file'
import { planBoardQuery, planQueries } from './plan-data'
import { countOf } from '@/lib/plural'

/** The plan's data and the spreadsheets already imported into it. */
const planImportData = definePageData((args) => ({ ...planQueries(args), imports: planImportsQueryOptions(args.params.planId ?? '') }), planBoardQuery)

export const loader = planImportData.loader
export { PlanImportPage as Component }

/** Bring an existing action plan in from an .xlsx or .csv RAG tracker. The file readers load with this page only. */
export function PlanImportPage() {
  const { plan, board, people, milestones, imports } = planImportData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const [workbook, setWorkbook] = useState<Workbook | null>(null)
  const allowed = mayImportIntoPlan(person, board)

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading caption={plan.title}>Import milestones from a spreadsheet</PageHeading>
      {allowed.allowed ? (
        <>
          <p className="govuk-body">
            Bring in the plan’s existing RAG tracker. You choose which column holds what, see every row and its problems before anything is saved, and say
            who any owner the app does not know is. Then everything is imported in one go.
          </p>
          <ChooseFile onRead={setWorkbook} reading={workbook?.fileName ?? null} />
          {workbook ? (
            <ImportForm
              key={workbook.fileHash}
              workbook={workbook}
              plan={plan}
              board={board}
              people={people}
              milestones={milestones}
              imports={imports}
              onImported={(result, inWords) =>
                navigate(pageUrls.plan(plan.id), {
                  state: { flash: `Spreadsheet imported: ${countOf(result.milestonesCreated, 'milestone', 'milestones')} added`, flashDetail: inWords },
                })
              }
            />
          ) : null}
        </>
      ) : (
        <p className="govuk-body">{allowed.reason}</p>
      )}
      <PastImports imports={imports} people={people} />
    </>
  )
}
