import { useState } from 'react'
import { findFramework, frameworks, gradeLabels, OVERALL_LABEL, type Framework } from '@/contract/frameworks'
import {
  createInspectionInputSchema,
  inspectionKindLabels,
  inspectionKinds,
  publishedDateLabel,
  updateInspectionInputSchema,
  type Inspection,
  type InspectionKind,
} from '@/contract/inspections'
import type { FieldError } from '@/contract/problem'
import { DateInput, isoFromParts, partsFromIso, type DateParts } from '@/components/date-input'
import { ErrorSummary } from '@/components/error-summary'
import { Radios, Select, Textarea, TextInput } from '@/components/form-fields'
import { useForm } from '@/lib/use-form'
import { useCreateInspection, useUpdateInspection } from '../api/save-inspection'
import { inspectionName } from '../inspection-name'
import { byCount, countOf } from '@/lib/plural'

interface RecommendationRow {
  id: string
  number: string
  text: string
  area: string
}

interface Draft {
  kind: InspectionKind | ''
  framework: string
  followsInspectionId: string
  startDate: DateParts
  endDate: DateParts
  publishedDate: DateParts
  overall: string
  /** The grade given to each area, by area id; '' when not judged. */
  grades: Record<string, string>
  recommendations: RecommendationRow[]
}

interface InspectionFormProps {
  /** Every inspection the service knows: a visit follows one of the full inspections up. */
  inspections: Inspection[]
  /** The inspection being changed; absent when recording one. */
  inspection?: Inspection
  onSaved: (inspection: Inspection) => void
  /** How many milestones answer a recommendation: one they answer cannot be removed until unlinked. */
  answeredBy?: (recommendationId: string) => number
}

const fieldOrder = ['kind', 'framework', 'followsInspectionId', 'startDate', 'endDate', 'publishedDate', 'overall', 'judgements', 'recommendations']

/** Inspections of the current framework are the ones a council records now. */
const currentFramework = frameworks.find((framework) => !framework.until) ?? frameworks[frameworks.length - 1]!

const newRow = (number: number): RecommendationRow => ({ id: `rec-${crypto.randomUUID()}`, number: String(number), text: '', area: '' })


function dateProblem(path: string, parts: DateParts, what: string, required: boolean): FieldError[] {
  const iso = isoFromParts(parts)
  if (iso === null) return [{ path, message: `${what} must be a real date, like 27 3 2026` }]
  if (iso === undefined && required) return [{ path, message: `Enter ${what.toLowerCase()}` }]
  return []
}

/** The judgements the draft gives, in the framework's order of areas: their indexes are the ones the API's errors name. */
function judgementsOf(draft: Draft, framework: Framework | undefined) {
  if (draft.kind !== 'full-inspection' || !framework) return []
  return framework.areas.filter((area) => draft.grades[area.id]).map((area) => ({ area: area.id, grade: draft.grades[area.id] }))
}

/** Records a full inspection (grades per area of its framework) or a visit (no grades), with its dates and numbered recommendations. */
export function InspectionForm({ inspections, inspection, onSaved, answeredBy = () => 0 }: InspectionFormProps) {
  const fullInspections = inspections.filter((candidate) => candidate.kind === 'full-inspection' && candidate.id !== inspection?.id)
  const initial: Draft = {
    kind: inspection?.kind ?? '',
    framework: inspection?.framework ?? currentFramework.id,
    // A new visit most often follows up the latest full inspection.
    followsInspectionId: inspection ? (inspection.followsInspectionId ?? '') : (fullInspections[0]?.id ?? ''),
    startDate: partsFromIso(inspection?.startDate),
    endDate: partsFromIso(inspection?.endDate),
    publishedDate: partsFromIso(inspection?.publishedDate ?? undefined),
    overall: inspection?.overall ?? '',
    grades: Object.fromEntries((inspection?.judgements ?? []).map((judgement) => [judgement.area, judgement.grade])),
    recommendations: (inspection?.recommendations ?? []).map((rec) => ({ id: rec.id, number: String(rec.number), text: rec.text, area: rec.area ?? '' })),
  }
  const form = useForm({
    draftKey: inspection ? `inspection-edit:${inspection.id}` : 'inspection-new',
    initial,
    schema: inspection ? updateInspectionInputSchema : createInspectionInputSchema,
    fieldOrder,
    toInput: (draft) => {
      const framework = findFramework(draft.framework)
      const full = draft.kind === 'full-inspection'
      const dateOrNull = (parts: DateParts) => isoFromParts(parts) ?? undefined
      const input = {
        kind: draft.kind || undefined,
        framework: draft.framework || undefined,
        startDate: dateOrNull(draft.startDate),
        endDate: dateOrNull(draft.endDate),
        publishedDate: isoFromParts(draft.publishedDate) ?? null,
        followsInspectionId: full ? null : draft.followsInspectionId || null,
        overall: full && framework?.hasOverall ? draft.overall || null : null,
        judgements: judgementsOf(draft, framework),
        recommendations: draft.recommendations.map((row) => ({
          id: row.id,
          number: row.number.trim() === '' ? undefined : Number(row.number.trim()),
          text: row.text,
          area: row.area || null,
        })),
      }
      const problems = [
        ...dateProblem('startDate', draft.startDate, `The first day of the ${draft.kind === 'full-inspection' || !draft.kind ? 'inspection' : 'visit'}`, true),
        ...dateProblem('endDate', draft.endDate, `The last day of the ${draft.kind === 'full-inspection' || !draft.kind ? 'inspection' : 'visit'}`, true),
        ...dateProblem('publishedDate', draft.publishedDate, draft.kind ? publishedDateLabel(draft.kind) : 'The date it was published', false),
      ]
      return { input, problems }
    },
    conflictMessage: 'Not saved: someone else changed this inspection since you opened it. Reload the page to see their change; what you typed here is kept.',
  })
  const { draft, set, errors, byField } = form
  const [baseVersion] = useState(inspection?.version ?? 0)
  const create = useCreateInspection()
  const update = useUpdateInspection()
  const pending = create.isPending || update.isPending
  const framework = findFramework(draft.framework)
  const full = draft.kind === 'full-inspection'
  const visit = draft.kind === 'monitoring-visit' || draft.kind === 'focused-visit'

  /** The field each error's path points at: rows of recommendations, areas' grades. */
  const fieldId = (path: string): string => {
    const rec = /^recommendations\.(\d+)\.(number|text|area)/.exec(path)
    if (rec) return `recommendation-${rec[1]}-${rec[2]}`
    const judgement = /^judgements\.(\d+)/.exec(path)
    if (judgement) {
      const area = judgementsOf(draft, framework)[Number(judgement[1])]?.area
      return area ? `grade-${area}` : 'overall'
    }
    if (path.startsWith('recommendations')) return 'add-recommendation'
    return path.split('.')[0] ?? path
  }
  const errorAt = (id: string) => errors.find((error) => fieldId(error.path) === id)?.message

  const setRows = (recommendations: RecommendationRow[]) => set({ recommendations })
  const setRow = (id: string, patch: Partial<RecommendationRow>) => setRows(draft.recommendations.map((row) => (row.id === id ? { ...row, ...patch } : row)))
  const nextNumber = Math.max(0, ...draft.recommendations.map((row) => Number.parseInt(row.number, 10) || 0)) + 1

  const submit = form.handleSubmit<Inspection>((input, callbacks) => {
    if (inspection) update.mutate({ id: inspection.id, version: baseVersion, input }, callbacks)
    else create.mutate(input as Parameters<typeof create.mutate>[0], callbacks)
  }, onSaved)

  const dateWord = visit ? 'visit' : 'inspection'
  const areaOptions = [{ value: '', label: 'No area' }, ...(framework?.areas ?? []).map((area) => ({ value: area.id, label: area.name }))]
  const gradeOptions = (none: string) => [{ value: '', label: none }, ...(framework?.scale ?? []).map((grade) => ({ value: grade, label: gradeLabels[grade] }))]

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} fieldId={fieldId} />
      <Radios
        id="kind"
        legend="What kind of inspection or visit was it?"
        legendClassName="govuk-fieldset__legend--m"
        value={draft.kind}
        onChange={(kind) => set({ kind: kind as InspectionKind })}
        error={byField.kind}
        options={inspectionKinds.map((kind) => ({
          value: kind,
          label: inspectionKindLabels[kind],
          hint: kind === 'full-inspection' ? 'Judged with grades for each area.' : 'Reports findings in a letter, with no grades.',
        }))}
      />
      <Select
        id="framework"
        label="Inspection framework"
        hint="The framework Ofsted inspected under sets the areas judged and the grades."
        value={draft.framework}
        onChange={(value) => set({ framework: value })}
        error={byField.framework}
        options={frameworks.map((each) => ({ value: each.id, label: `${each.name}` }))}
      />
      {visit ? (
        <Select
          id="followsInspectionId"
          label="The inspection this visit follows up"
          hint="The plan that answers that inspection answers this visit’s recommendations too."
          value={draft.followsInspectionId}
          onChange={(followsInspectionId) => set({ followsInspectionId })}
          error={byField.followsInspectionId}
          options={[{ value: '', label: 'None' }, ...fullInspections.map((each) => ({ value: each.id, label: inspectionName(each) }))]}
        />
      ) : null}
      <DateInput id="startDate" legend={`First day of the ${dateWord}`} hint="For example, 27 3 2026." value={draft.startDate} onChange={(startDate) => set({ startDate })} error={byField.startDate} />
      <DateInput id="endDate" legend={`Last day of the ${dateWord}`} value={draft.endDate} onChange={(endDate) => set({ endDate })} error={byField.endDate} />
      <DateInput
        id="publishedDate"
        legend={`${draft.kind ? publishedDateLabel(draft.kind) : 'Date the report or letter was published'} (optional)`}
        hint={visit ? 'The date of Ofsted’s letter. Leave it empty until the letter is published.' : 'The date Ofsted published the report. Leave it empty until it is published.'}
        value={draft.publishedDate}
        onChange={(publishedDate) => set({ publishedDate })}
        error={byField.publishedDate}
      />
      {full && framework ? (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Judgements</legend>
          <p className="govuk-hint">The grade for each area the {framework.shortName} framework judges. Leave an area “Not judged” if the report gives it no grade.</p>
          {framework.hasOverall ? (
            <Select id="overall" label={OVERALL_LABEL} value={draft.overall} onChange={(overall) => set({ overall })} error={byField.overall} options={gradeOptions('No overall judgement')} />
          ) : null}
          {framework.areas.map((area) => {
            const parent = area.parentId ? framework.areas.find((each) => each.id === area.parentId) : undefined
            return (
              <Select
                key={area.id}
                id={`grade-${area.id}`}
                label={area.name}
                hint={parent ? `Part of “${parent.name}”.` : undefined}
                value={draft.grades[area.id] ?? ''}
                onChange={(grade) => set({ grades: { ...draft.grades, [area.id]: grade } })}
                error={errorAt(`grade-${area.id}`)}
                options={gradeOptions('Not judged')}
              />
            )
          })}
        </fieldset>
      ) : null}
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Recommendations</legend>
        <p className="govuk-hint">
          What needs to improve, numbered as in the {visit ? 'letter' : 'report'}. Each recommendation can then be answered by milestones of the plan.
        </p>
        {draft.recommendations.length === 0 ? <p className="govuk-body">No recommendations yet.</p> : null}
        {draft.recommendations.map((row, index) => (
          <div key={row.id} className="app-recommendation-row">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Recommendation {row.number.trim() || index + 1}</h3>
            <p className="govuk-body-s">
              {answeredBy(row.id) === 0
                ? 'No milestone answers it yet.'
                : `Answered by ${countOf(answeredBy(row.id), 'milestone', 'milestones')}: unlink ${byCount(answeredBy(row.id), 'it', 'them')} on the inspection’s page before removing it.`}
            </p>
            <TextInput
              id={`recommendation-${index}-number`}
              label={<>Number<span className="govuk-visually-hidden"> of recommendation {index + 1}</span></>}
              value={row.number}
              inputMode="numeric"
              widthClass="govuk-input--width-2"
              onChange={(number) => setRow(row.id, { number })}
              error={errorAt(`recommendation-${index}-number`)}
            />
            <Textarea
              id={`recommendation-${index}-text`}
              label={<>What needs to improve<span className="govuk-visually-hidden"> (recommendation {index + 1})</span></>}
              value={row.text}
              rows={3}
              onChange={(text) => setRow(row.id, { text })}
              error={errorAt(`recommendation-${index}-text`)}
            />
            <Select
              id={`recommendation-${index}-area`}
              label={<>Area (optional)<span className="govuk-visually-hidden"> of recommendation {index + 1}</span></>}
              value={row.area}
              onChange={(area) => setRow(row.id, { area })}
              error={errorAt(`recommendation-${index}-area`)}
              options={areaOptions}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setRows(draft.recommendations.filter((each) => each.id !== row.id))}>
              Remove<span className="govuk-visually-hidden"> recommendation {index + 1}</span>
            </button>
          </div>
        ))}
        {errorAt('add-recommendation') ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errorAt('add-recommendation')}
          </p>
        ) : null}
        <div className="govuk-button-group">
          <button id="add-recommendation" type="button" className="govuk-button govuk-button--secondary" onClick={() => setRows([...draft.recommendations, newRow(nextNumber)])}>
            Add a recommendation
          </button>
          {draft.recommendations.length > 1 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setRows(draft.recommendations.map((row, index) => ({ ...row, number: String(index + 1) })))}
            >
              Renumber them 1 to {draft.recommendations.length} in this order
            </button>
          ) : null}
        </div>
      </fieldset>
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? 'Saving…' : inspection ? 'Save changes' : `Record the ${draft.kind ? inspectionKindLabels[draft.kind].toLowerCase() : 'inspection'}`}
      </button>
    </form>
  )
}
