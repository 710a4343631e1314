import { recordActualInputSchema, measureStatusLabels, type Measure, type MeasureActual } from '@/contract/measures'
import { ErrorSummary } from '@/components/error-summary'
import { Textarea, TextInput } from '@/components/form-fields'
import { emptyMonth, isoMonthFromParts, MonthInput, type MonthParts } from '@/components/month-input'
import { NotificationBanner } from '@/components/notification-banner'
import { addMonthsToMonth } from '@/domain/calendar'
import { futureMonthProblem, latestActual, measureStatus, monthInWords } from '@/domain/measure-status'
import { monthOf, todayIso } from '@/domain/today'
import { useForm } from '@/lib/use-form'
import { useRecordActual } from '../api/record-actual'
import { parseFigure, valueWithUnit } from '../format'

interface Draft {
  month: MonthParts
  value: string
  note: string
}

interface RecordActualFormProps {
  measure: Measure
  actuals: MeasureActual[]
}

/** The month after the latest recorded (this month at the latest): the one usually due next. */
function suggestedMonth(actuals: MeasureActual[], today: string): string {
  const latest = latestActual(actuals)
  const next = latest ? addMonthsToMonth(`${latest.month}-01`, 1) : monthOf(today)
  return next > monthOf(today) ? monthOf(today) : next
}

export function RecordActualForm({ measure, actuals }: RecordActualFormProps) {
  const today = todayIso()
  const mutation = useRecordActual()
  const form = useForm({
    draftKey: `measure-actual:${measure.id}`,
    initial: { month: emptyMonth, value: '', note: '' } satisfies Draft,
    schema: recordActualInputSchema,
    fieldOrder: ['month', 'value', 'note'],
    toInput: (draft) => {
      const month = isoMonthFromParts(draft.month)
      const problems = []
      if (month === undefined) problems.push({ path: 'month', message: 'Enter the month and year' })
      else if (month === null) problems.push({ path: 'month', message: 'Month must be a real month, like 10 2026' })
      else {
        const future = futureMonthProblem(month, today)
        if (future) problems.push({ path: 'month', message: future })
        else if (actuals.some((actual) => actual.month === month)) {
          problems.push({ path: 'month', message: `${monthInWords(month)} is already recorded: correct it in the table above instead` })
        }
      }
      return { input: { month: month ?? undefined, value: parseFigure(draft.value), note: draft.note }, problems }
    },
  })
  const { draft, set, errors, byField } = form
  const submit = form.handleSubmit<MeasureActual>((input, callbacks) => mutation.mutate({ measureId: measure.id, input }, callbacks))
  const next = suggestedMonth(actuals, today)
  const saved = mutation.isSuccess && !mutation.isPending ? mutation.data : null

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-actual">
      {saved ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">
            Recorded {monthInWords(saved.month)}: {valueWithUnit(saved.value, measure.unit)}, {measureStatusLabels[measureStatus(saved.value, measure)].toLowerCase()}.
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <MonthInput
        id="month"
        legend="Month"
        hint={`For example, ${Number(next.slice(5))} ${next.slice(0, 4)}. ${actuals.some((actual) => actual.month === next) ? '' : `The next month to record is ${monthInWords(next)}. `}A month can be recorded once it has begun.`}
        value={draft.month} onChange={(month) => set({ month })} error={byField.month} />
      <TextInput
        id="value"
        label={measure.unit === '%' ? 'Value (%)' : `Value (${measure.unit})`}
        hint="As a number, for example 20.5."
        value={draft.value}
        onChange={(value) => set({ value })}
        error={byField.value}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
      />
      <Textarea id="note" label="Note (optional)" hint="What explains this month’s figure, for the board." value={draft.note} onChange={(note) => set({ note })} error={byField.note} rows={3} />
      <button type="submit" className="govuk-button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : 'Record actual'}
      </button>
    </form>
  )
}
