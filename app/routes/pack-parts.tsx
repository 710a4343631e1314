import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Action } from '@/contract/actions'
import { dateChangeStatusLabels, type DateChangeStatus } from '@/contract/date-change-status'
import type { AgendaItem, Meeting } from '@/contract/meetings'
import type { MeetingPack } from '@/contract/pack'
import type { Person as PersonRecord } from '@/contract/people'
import { CellLabel, GrowingRows, StackedTable } from '@/components/stacked-table'
import { useGrowingCount } from '@/lib/use-growing-count'
import { countedStatusLabels, countsAsComplete, isAwaitingSignOff } from '@/domain/milestone-status'
import { formatDate, formatDateWithDay, formatInstant } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'
import { printedPageName, type PrintedPart } from '@/lib/print-pages'
import { ActionsTable } from '@/features/actions/components/actions-table'
import { MeasureStatusLegend } from '@/features/measures/components/measure-status-tag'
import { MeasuresTable } from '@/features/measures/components/measures-table'
import { summarisePack, summaryColumns } from '@/features/meetings/pack-summary'
import { formatTime } from '@/features/meetings/time'
import { MilestonesTable } from '@/features/milestones/components/milestones-table'
import { MilestoneStatusTag, RagChange, RagLegend, RagTag } from '@/features/milestones/components/rag-tag'
import { ReportStatusTag } from '@/features/reports/components/report-status-tag'

/**
 * The parts of a meeting pack, shared by the meeting's page and a published version of its pack:
 * the front sheet and status summary, then the items in the agenda's order (actions from previous
 * meetings under the minutes, the plan's progress, the reports due), each on printed pages headed
 * with its item number.
 */

type Person = PersonRecord

/** Where the pack's parts sit on the agenda: the item numbers of the minutes, the progress report and each report due. */
export interface PackItems {
  minutes: { number: number; title: string } | null
  progress: { number: number; title: string } | null
  reports: Map<string, number>
}

export function packItems(agenda: readonly AgendaItem[]): PackItems {
  const find = (kind: AgendaItem['kind']) => {
    const index = agenda.findIndex((item) => item.kind === kind)
    return index < 0 ? null : { number: index + 1, title: agenda[index]!.title }
  }
  const reports = new Map<string, number>()
  agenda.forEach((item, index) => {
    if (item.reportId) reports.set(item.reportId, index + 1)
  })
  return { minutes: find('minutes'), progress: find('progress'), reports }
}

/** Item numbers in words: "Item 4", "Items 4 and 5", "Items 4, 5 and 6". */
export function itemsInWords(numbers: readonly number[]): string | null {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  if (sorted.length === 1) return `Item ${sorted[0]}`
  return `Items ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`
}

type ItemPartKey = 'previous-actions' | 'progress' | 'reports'

interface ItemPart {
  key: ItemPartKey
  /** The agenda item it belongs to, in words, or null when the agenda has no such item. */
  item: string | null
  /** Where it comes in the pack: the item's number (the first of several), else after every numbered one. */
  order: number
  /** What its running header calls it. */
  title: string
  /** The agenda item's own title, where it is one item. */
  agendaTitle: string | null
}

/** The pack's item parts in the agenda's order, each with its running header. */
export function itemParts(pack: Pick<MeetingPack, 'reports'>, items: PackItems): ItemPart[] {
  const reportNumbers = pack.reports.flatMap((report) => {
    const number = items.reports.get(report.id)
    return number === undefined ? [] : [number]
  })
  const parts: ItemPart[] = [
    {
      key: 'previous-actions',
      item: items.minutes ? `Item ${items.minutes.number}` : null,
      order: items.minutes?.number ?? Infinity,
      title: 'Actions from previous meetings',
      agendaTitle: items.minutes?.title ?? null,
    },
    {
      key: 'progress',
      item: items.progress ? `Item ${items.progress.number}` : null,
      order: items.progress?.number ?? Infinity,
      title: items.progress?.title ?? 'Progress on the plan',
      agendaTitle: items.progress?.title ?? null,
    },
    {
      key: 'reports',
      item: itemsInWords(reportNumbers),
      order: reportNumbers.length > 0 ? Math.min(...reportNumbers) : Infinity,
      title: 'Reports due at this meeting',
      agendaTitle: null,
    },
  ]
  return parts.map((part, index) => ({ part, index })).sort((a, b) => a.part.order - b.part.order || a.index - b.index).map(({ part }) => part)
}

/** Every printed part of the pack and its running header. */
export function printedParts(parts: readonly ItemPart[]): PrintedPart[] {
  return [
    { key: 'front', header: null },
    { key: 'agenda', header: 'Agenda' },
    { key: 'summary', header: 'Status summary' },
    { key: 'record', header: 'Actions agreed at this meeting' },
    ...parts.map((part) => ({ key: part.key, header: part.item ? `${part.item}: ${part.title}` : part.title })),
  ]
}

/** One printed part of the pack: its pages are named (for their running header) and begin on a new sheet. */
export function PackPart({ partKey, label, className, children }: { partKey: string; label?: string | null; className?: string; children: ReactNode }) {
  return (
    <div className={`app-pack-part ${printedPageName(partKey)}${className ? ` ${className}` : ''}`}>
      {label ? <p className="govuk-caption-m app-pack-part__item">{label}</p> : null}
      {children}
    </div>
  )
}

/** The printed pack's first sheet: whose meeting, when and where, and which pack this is. Paper only. */
export function PackFrontSheet({ councilName, meeting, pack, today }: { councilName: string; meeting: Meeting; pack: MeetingPack; today: string }) {
  const { board, publication } = pack
  return (
    <div className={`app-print-only app-pack-front ${printedPageName('front')}`}>
      <p className="app-pack-front__council">{councilName}</p>
      <p className="app-pack-front__board">{board.name}</p>
      <p className="app-pack-front__title">Meeting pack</p>
      <dl className="app-pack-front__details">
        <dt>Date</dt>
        <dd>{formatDateWithDay(meeting.date)}</dd>
        <dt>Time</dt>
        <dd>{meeting.time ? formatTime(meeting.time) : 'To be confirmed'}</dd>
        <dt>Venue</dt>
        <dd>{meeting.location ?? 'To be confirmed'}</dd>
        <dt>Papers deadline</dt>
        <dd>{formatDate(meeting.papersDeadline)}</dd>
        <dt>This pack</dt>
        <dd>
          {publication
            ? `Published ${formatInstant(publication.publishedAt)}${publication.number > 1 ? ` (version ${publication.number})` : ''}`
            : 'Draft: not yet published, so it may still change'}
          . Printed {formatDate(today)}.
        </dd>
      </dl>
    </div>
  )
}

/** One of the summary's lists: a long one shows its first items at once and the rest a slice at a time. */
function SummaryList<T>({ items, item }: { items: T[]; item: (entry: T) => ReactNode }) {
  const shown = useGrowingCount(items.length)
  return (
    <>
      <ul className="govuk-list govuk-body-s">{(shown < items.length ? items.slice(0, shown) : items).map(item)}</ul>
      <GrowingRows shown={shown} total={items.length} />
    </>
  )
}

/** The plan at a glance, as the pack has it: counts by status and theme, what slipped, what is late. One printed page. */
export function PackStatusSummary({ pack, people }: { pack: MeetingPack; people: Person[] }) {
  const summary = summarisePack(pack)
  const name = (id: string | null) => people.find((person) => person.id === id)?.name
  return (
    <section className="app-pack-section app-pack-summary" aria-labelledby="status-summary">
      <h2 className="govuk-heading-m" id="status-summary">
        Status summary
      </h2>
      <p className="govuk-body">
        {countOf(summary.total, 'open milestone')} of the plan{pack.publication ? ' when the pack was published' : ', as they stand'}; {summary.overdueMilestones} overdue.
      </p>
      <div className="app-table-scroll" role="region" aria-label="Milestones by theme and status, table" tabIndex={0}>
        <table className="govuk-table app-summary-table app-stacked-table app-stacked-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">Milestones by theme and status</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Theme
              </th>
              {summaryColumns.map((column) => (
                <th key={column} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {column === 'awaiting-sign-off' ? <MilestoneStatusTag milestone={{ rag: 'blue', signOff: 'awaiting' }} /> : <RagTag rag={column} />}
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                All
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {(summary.byTheme ?? []).map((row) => (
              <tr key={row.theme} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.theme}
                </th>
                {summaryColumns.map((column) => (
                  <td key={column} className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>{countedStatusLabels[column]}</CellLabel>
                    {row.counts[column]}
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>All</CellLabel>{row.total}</td>
              </tr>
            ))}
            <tr className="govuk-table__row app-summary-table__total">
              <th scope="row" className="govuk-table__header">
                All themes
              </th>
              {summaryColumns.map((column) => (
                <td key={column} className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>{countedStatusLabels[column]}</CellLabel>
                  {summary.byStatus[column]}
                </td>
              ))}
              <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>All</CellLabel>{summary.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {summary.byTheme === null ? <p className="govuk-body-s">This pack was published before themes were kept in packs: only the totals are known.</p> : null}

      <div className="app-pack-summary__lists">
        <div className="app-pack-summary__slipped">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Slipped milestones, most slipped first</h3>
          {summary.slipped === null ? (
            <p className="govuk-body-s">Not kept in packs published before slippage was.</p>
          ) : summary.slipped.length === 0 ? (
            <p className="govuk-body-s">None: every milestone is on its agreed date.</p>
          ) : (
            <SummaryList
              items={summary.slipped}
              item={(milestone) => (
                <li key={milestone.id}>
                  {milestone.title} ({countOf(milestone.slippedDays ?? 0, 'day')})
                </li>
              )}
            />
          )}
        </div>
        <div>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Late reports</h3>
          {summary.lateReports.length === 0 ? (
            <p className="govuk-body-s">None.</p>
          ) : (
            <SummaryList
              items={summary.lateReports}
              item={(report) => (
                <li key={report.id}>
                  {report.title}
                  {name(report.authorId) ? ` (${name(report.authorId)})` : ''}
                </li>
              )}
            />
          )}
        </div>
        <div>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Overdue actions</h3>
          {summary.overdueActions.length === 0 ? (
            <p className="govuk-body-s">None.</p>
          ) : (
            <SummaryList
              items={summary.overdueActions}
              item={(action) => (
                <li key={action.id} className="app-pre-wrap">
                  {action.what.replace(/[.\s]+$/, '')}
                  {action.dueBy ? `, due ${formatDate(action.dueBy)}` : ''}
                </li>
              )}
            />
          )}
        </div>
      </div>
    </section>
  )
}

interface PackItemsProps {
  pack: MeetingPack
  items: PackItems
  people: Person[]
  /** The board's meetings: the dates of the meetings actions were agreed at and reports deferred from. */
  meetings: Array<Pick<Meeting, 'id' | 'date'>>
  mayComplete?: (action: Action) => boolean
}

/** The pack's items in the agenda's order: actions from previous meetings, the plan's progress, the reports due. */
export function PackItemParts({ pack, items, people, meetings, mayComplete }: PackItemsProps) {
  const { previousMeeting } = pack
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const meetingDate = (id: string | null) => {
    const found = meetings.find((candidate) => candidate.id === id)
    return found ? formatDate(found.date) : 'an earlier meeting'
  }
  const since = previousMeeting ? `since the last meeting on ${formatDate(previousMeeting.date)}` : 'so far'
  const late = pack.reports.filter((report) => report.late).length
  const label = (part: ItemPart) => (part.item ? `Agenda ${part.item.toLowerCase()}${part.agendaTitle ? `: ${part.agendaTitle}` : ''}` : null)

  const render: Record<ItemPartKey, (part: ItemPart) => ReactNode> = {
    'previous-actions': (part) => (
      <PackPart key={part.key} partKey={part.key} label={label(part)}>
        <section className="app-pack-section" aria-labelledby="actions-previous">
          <h2 className="govuk-heading-m" id="actions-previous">
            Actions from previous meetings
          </h2>
          {pack.actions.length === 0 ? (
            <p className="govuk-body">No actions from earlier meetings are open, and none was done {since}.</p>
          ) : (
            <ActionsTable
              caption={`Open ones first, most urgent first; then those done ${since}`}
              actions={pack.actions}
              people={people}
              agreedAt={{ meetingDate: (id) => meetings.find((candidate) => candidate.id === id)?.date }}
              mayComplete={mayComplete}
            />
          )}
        </section>
      </PackPart>
    ),
    reports: (part) => (
      <PackPart key={part.key} partKey={part.key} label={label(part)}>
        <section className="app-pack-section" aria-labelledby="reports-due">
          <h2 className="govuk-heading-m" id="reports-due">
            Reports due at this meeting
          </h2>
          {pack.reports.length === 0 ? (
            <p className="govuk-body">No reports are due at this meeting.</p>
          ) : (
            <StackedTable
              caption="By title"
              columns={['Report', 'Author', 'Status']}
              rows={pack.reports.map((report) => ({
                key: report.id,
                cells: [
                  <>
                    {items.reports.has(report.id) ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1 app-secondary-text">Item {items.reports.get(report.id)}</span>
                    ) : null}
                    <Link className="govuk-link" to={pageUrls.report(report.id)}>
                      {report.title}
                    </Link>
                  </>,
                  name(report.authorId),
                  <>
                    <ReportStatusTag status={report.status} late={report.late} dueHere />
                    {report.deferredFromMeetingId ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        Deferred from {meetingDate(report.deferredFromMeetingId)}
                      </span>
                    ) : null}
                  </>,
                ],
              }))}
            />
          )}
          {late > 0 ? <p className="govuk-body-s">Late: past the papers deadline of {formatDate(pack.meeting.papersDeadline)} and not yet submitted.</p> : null}
        </section>
      </PackPart>
    ),
    progress: (part) => (
      <PackPart key={part.key} partKey={part.key} label={label(part)}>
        <PackProgress pack={pack} people={people} since={since} name={name} />
      </PackPart>
    ),
  }
  return <>{itemParts(pack, items).map((part) => render[part.key](part))}</>
}

/** The plan's progress since the last meeting: milestones due and overdue, status and date changes, sign-offs, measures. */
function PackProgress({ pack, people, since, name }: { pack: MeetingPack; people: Person[]; since: string; name: (id: string) => string }) {
  return (
    <>
      <section className="app-pack-section" aria-labelledby="milestones-due">
        <h2 className="govuk-heading-m" id="milestones-due">
          Milestones due {since}
        </h2>
        <RagLegend staleAfterDays={pack.board.staleAfterDays} />
        {pack.milestonesDue.length === 0 ? (
          <p className="govuk-body">No milestones fell due in this period.</p>
        ) : (
          <WideTable order="By due date, earliest first" label={`Milestones due ${since}`}>
            <MilestonesTable caption={`Milestones due ${since}, up to this meeting`} milestones={pack.milestonesDue} people={people} hideCaption latest="shown" />
          </WideTable>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="milestones-overdue">
        <h2 className="govuk-heading-m" id="milestones-overdue">
          Overdue milestones
        </h2>
        {pack.overdueMilestones.length === 0 ? (
          <p className="govuk-body">No milestones are overdue.</p>
        ) : (
          <WideTable order="Most overdue first" label="Overdue milestones">
            <MilestonesTable caption={`${pack.overdueMilestones.length} overdue now`} milestones={pack.overdueMilestones} people={people} hideCaption latest="shown" />
          </WideTable>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="status-changes">
        <h2 className="govuk-heading-m" id="status-changes">
          Status changes {since}
        </h2>
        {pack.statusChanges.length === 0 ? (
          <p className="govuk-body">No status updates in this period.</p>
        ) : (
          <>
            {pack.statusChanges.some(isNoChange) ? <p className="govuk-body-s app-print-only">Updates that left a status as it was are on the screen version only.</p> : null}
            <StackedTable
              caption="Newest first"
              columns={['Milestone and commentary', 'Change', 'When and who']}
              rows={pack.statusChanges.map((change) => ({
                key: change.id,
                className: isNoChange(change) ? 'app-no-print' : undefined,
                cells: [
                  <>
                    <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                      {change.milestoneTitle}
                    </Link>
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.commentary}</span>
                  </>,
                  <>
                    {change.kind === 'signed-off' ? (
                      <>
                        <MilestoneStatusTag milestone={{ rag: 'blue', signOff: 'signed-off' }} /> <span className="govuk-body-s">signed off by the chair</span>
                      </>
                    ) : (
                      <RagChange from={change.fromRag} to={change.rag} />
                    )}
                    {change.kind === 'sent-back' ? <span className="govuk-body-s govuk-!-display-block">Completion sent back by the chair</span> : null}
                  </>,
                  <span key="when" className="govuk-body-s">
                    {formatDate(change.at.slice(0, 10))}
                    <span className="govuk-!-display-block">{name(change.authorId)}</span>
                  </span>,
                ],
              }))}
            />
          </>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="dates-changed">
        <h2 className="govuk-heading-m" id="dates-changed">
          Dates changed {since}
        </h2>
        {pack.dateChanges.length === 0 ? (
          <p className="govuk-body">No due dates were changed or proposed in this period.</p>
        ) : (
          <StackedTable
            caption="Newest first"
            columns={['Milestone and reason', 'From', 'To', 'Asked for by', 'Decision']}
            rows={pack.dateChanges.map((change) => ({
              key: change.id,
              cells: [
                <>
                  <Link className="govuk-link" to={pageUrls.milestone(change.milestoneId)}>
                    {change.milestoneTitle}
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 app-secondary-text app-pre-wrap">{change.reason}</span>
                </>,
                formatDate(change.fromDate),
                formatDate(change.toDate),
                <span key="asked" className="govuk-body-s">
                  {name(change.proposedById)}
                  <span className="govuk-!-display-block">{formatDate(change.proposedAt.slice(0, 10))}</span>
                </span>,
                <>
                  <strong className={`govuk-tag ${dateChangeTagClasses[change.status]}`}>{dateChangeStatusLabels[change.status]}</strong>
                  {change.decidedById && change.decidedAt ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                      {name(change.decidedById)}, {formatDate(change.decidedAt.slice(0, 10))}
                    </span>
                  ) : null}
                  {change.decisionNote ? <span className="govuk-body-s govuk-!-display-block app-pre-wrap">{change.decisionNote}</span> : null}
                </>,
              ],
            }))}
          />
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="awaiting-sign-off">
        <h2 className="govuk-heading-m" id="awaiting-sign-off">
          Completions awaiting sign-off
        </h2>
        {pack.awaitingSignOff.length === 0 ? (
          <p className="govuk-body">No completions await the chair’s sign-off.</p>
        ) : (
          <>
            <p className="govuk-body">Marked Complete by their owners; not counted as complete until the chair signs them off.</p>
            <WideTable order="By due date, earliest first" label="Completions awaiting sign-off">
              <MilestonesTable caption="Completions awaiting sign-off" milestones={pack.awaitingSignOff} people={people} hideCaption latest="shown" />
            </WideTable>
          </>
        )}
      </section>

      <section className="app-pack-section" aria-labelledby="performance-measures">
        <h2 className="govuk-heading-m" id="performance-measures">
          Performance measures
        </h2>
        {pack.measures.length === 0 ? (
          <p className="govuk-body">The plan has no performance measures.</p>
        ) : (
          <>
            <p className="govuk-body">Each measure’s latest month as recorded by the end of the meeting day, and which way it moved since the month before.</p>
            <WideTable order="By plan, then by name" label="Performance measures">
              <MeasuresTable caption="Performance measures: latest value and status" hideCaption showChange measures={pack.measures} />
            </WideTable>
            <MeasureStatusLegend />
          </>
        )}
      </section>
    </>
  )
}

/** A status update that left the status as it was (commentary only): the printed pack leaves it out. */
function isNoChange(change: MeetingPack['statusChanges'][number]): boolean {
  return change.kind === 'status' && change.fromRag === change.rag
}

/** Another feature's table, which may be wider than a phone: it scrolls inside its own region, never the page. */
function WideTable({ order, label, children }: { order: string; label: string; children: ReactNode }) {
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{order}</p>
      <div className="app-table-scroll" role="region" aria-label={`${label}, table`} tabIndex={0}>
        {children}
      </div>
    </>
  )
}

/** The pack's milestone counts in a sentence: complete only once signed off. */
export function milestonesInWords(pack: MeetingPack): string {
  const since = pack.previousMeeting ? `since the last meeting on ${formatDate(pack.previousMeeting.date)}` : 'so far'
  const due = pack.milestonesDue.filter((milestone) => !milestone.closedOn)
  const complete = due.filter(countsAsComplete).length
  const awaiting = due.filter(isAwaitingSignOff).length
  const changes = pack.dateChanges.length
  return `${due.length} due ${since}: ${complete} complete and signed off, ${awaiting} awaiting sign-off. ${pack.overdueMilestones.length} overdue now. ${countOf(changes, 'date change')}; ${countOf(pack.awaitingSignOff.length, 'completion')} awaiting sign-off in all.`
}

const dateChangeTagClasses: Record<DateChangeStatus, string> = {
  proposed: 'govuk-tag--yellow',
  agreed: 'govuk-tag--green',
  refused: 'govuk-tag--red',
}
