import { isWebLink } from '@/contract/reports'

/**
 * A link to a report's paper, only ever http or https (the contract refuses anything else; this
 * checks again so a record from elsewhere cannot make a javascript: link). Otherwise the text alone.
 */
export function PaperLink({ url }: { url: string }) {
  if (!isWebLink(url)) return <span className="app-pre-wrap">{url}</span>
  return (
    <a className="govuk-link" href={url} rel="noopener noreferrer">
      Read the paper<span className="govuk-visually-hidden"> at</span> ({new URL(url).hostname})
    </a>
  )
}
