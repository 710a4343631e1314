import { queryOptions } from '@tanstack/react-query'
import type { AuditPage, AuditQuery } from '@/contract/audit'
import { apiPaths, withQuery } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { auditKeys } from '@/lib/query-keys'

export function getAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(withQuery(apiPaths.audit, query), { signal })
}

/**
 * A page of who changed what. `null` asks nothing (the person may not see it, or the filters are
 * not right) and answers null. Any write may add an entry, so a page is stale at once: the page
 * shows what it has and fetches again each time it is opened.
 */
export function auditQueryOptions(query: AuditQuery | null) {
  return queryOptions({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }): Promise<AuditPage | null> => (query ? getAudit(query, signal) : Promise.resolve(null)),
    staleTime: 0,
  })
}
