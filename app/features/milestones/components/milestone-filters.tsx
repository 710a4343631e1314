import { useRef } from 'react'
import { Form, Link } from 'react-router'
import type { Person } from '@/contract/people'
import type { Theme } from '@/contract/plans'
import { ragLabels, ragStatuses } from '@/contract/rag-status'
import { defaultMilestoneSort, filtersFromSearch, hasActiveFilters, milestoneSortLabels, milestoneSorts, type MilestoneFilters } from '../rules'
import { FilterSelect } from '@/components/filter-fields'

interface MilestoneFiltersFormProps {
  filters: MilestoneFilters
  themes: Theme[]
  owners: Person[]
  /** Path of the page, for "Clear filters". */
  path: string
}

/**
 * The fields are uncontrolled: re-mount them when the URL's filters differ from what they show
 * (back button, a shared link), but not after the form's own submission, which they already show:
 * re-creating every select on a large plan cost more than the filtering, and lost the focus.
 */
function useFieldsKey(filters: MilestoneFilters): [number, (form: HTMLFormElement) => void] {
  const applied = JSON.stringify(filters)
  const shown = useRef({ filters: applied, key: 0 })
  if (shown.current.filters !== applied) shown.current = { filters: applied, key: shown.current.key + 1 }
  const submitted = (form: HTMLFormElement) => {
    const search = new URLSearchParams()
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') search.append(name, value)
    shown.current.filters = JSON.stringify(filtersFromSearch(search))
  }
  return [shown.current.key, submitted]
}

/** A GET form: applying it puts the filters in the URL, so a filtered view can be bookmarked and shared. */
export function MilestoneFiltersForm({ filters, themes, owners, path }: MilestoneFiltersFormProps) {
  const [key, submitted] = useFieldsKey(filters)
  return (
    <Form
      method="get"
      className="app-filters app-no-print"
      role="search"
      aria-label="Filter milestones"
      key={key}
      onSubmit={(event) => submitted(event.currentTarget)}
    >
      <h2 className="govuk-heading-s">Filter milestones</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="filter-q">
              Title contains
            </label>
            <input className="govuk-input" id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} />
          </div>
          <FilterSelect id="filter-theme" name="theme" label="Theme" defaultValue={filters.theme ?? ''} fullWidth>
              <option value="">All themes</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.title}
                </option>
              ))}
          </FilterSelect>
        </div>
        <div className="govuk-grid-column-one-third">
          <FilterSelect id="filter-owner" name="owner" label="Owner" defaultValue={filters.owner ?? ''} fullWidth>
              <option value="">Anyone</option>
              {owners.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
          </FilterSelect>
          <FilterSelect id="filter-status" name="status" label="Status" defaultValue={filters.status ?? ''} fullWidth>
              <option value="">Any status</option>
              {ragStatuses.map((rag) => (
                <option key={rag} value={rag}>
                  {ragLabels[rag]}
                </option>
              ))}
          </FilterSelect>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="filter-due-before">
              Due before
            </label>
            <input className="govuk-input govuk-input--width-10" id="filter-due-before" name="dueBefore" type="date" defaultValue={filters.dueBefore ?? ''} />
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Only show</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="filter-overdue" name="overdue" type="checkbox" value="true" defaultChecked={filters.overdue} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-overdue">
                    Overdue
                  </label>
                </div>
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="filter-stale" name="stale" type="checkbox" value="true" defaultChecked={filters.stale} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-stale">
                    Stale
                  </label>
                </div>
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="filter-slipped" name="slipped" type="checkbox" value="true" defaultChecked={filters.slipped} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-slipped">
                    Slipped
                  </label>
                </div>
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="filter-awaiting-sign-off"
                    name="awaitingSignOff"
                    type="checkbox"
                    value="true"
                    defaultChecked={filters.awaitingSignOff}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-awaiting-sign-off">
                    Awaiting sign-off
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
        </div>
      </div>
      <FilterSelect id="filter-sort" name="sort" label="Sort by" defaultValue={filters.sort}>
          {milestoneSorts.map((sort) => (
            <option key={sort} value={sort}>
              {milestoneSortLabels[sort]}
            </option>
          ))}
      </FilterSelect>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Apply filters
        </button>
        {hasActiveFilters(filters) || filters.sort !== defaultMilestoneSort ? (
          <Link className="govuk-link" to={path}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  )
}
