import { useSuspenseQueries, type InferDataFromTag, type QueryKey } from '@tanstack/react-query'
import { useParams, useSearchParams, type LoaderFunctionArgs, type Params, type ShouldRevalidateFunction } from 'react-router'
import { useActingAsStore } from '@/stores/acting-as-store'
import { queryClient } from './query-client'

/** What a page's data may depend on: its URL, and who the user acts as. */
export interface PageArgs {
  params: Params
  search: URLSearchParams
  actingAs: string | null
}

/** A features' queryOptions(...) result: its key is tagged with the type of its data. */
interface PageQuery {
  queryKey: QueryKey
}
type QueryData<Q> = Q extends { queryKey: infer K extends QueryKey } ? InferDataFromTag<unknown, K> : never
/** A page's queries by name; a list where the number depends on data (a board's plans). */
type QueryMap = Record<string, PageQuery | readonly PageQuery[]> & { [K in keyof PageArgs]?: never }
type DataOf<M> = { [K in keyof M]: M[K] extends readonly PageQuery[] ? Array<QueryData<M[K][number]>> : QueryData<M[K]> }
type Step<In, Out extends QueryMap> = (context: PageArgs & In) => Out

export interface PageData<T> {
  /** The route's loader: fetches every query of the page, step by step, before it renders. */
  loader: (args: LoaderFunctionArgs) => Promise<null>
  /** The page's data, from the same queries: found in the cache the loader filled. */
  usePageData: () => T
}

type Untyped = Step<Record<string, unknown>, Record<string, PageQuery | readonly PageQuery[]>>

/**
 * A page's data, declared once as its queries, for both its loader and its hook. Each step names
 * queries; a later step may use the data of earlier ones (milestone → its plan → the plan's board).
 */
export function definePageData<A extends QueryMap>(first: Step<object, A>): PageData<DataOf<A>>
export function definePageData<A extends QueryMap, B extends QueryMap>(first: Step<object, A>, second: Step<DataOf<A>, B>): PageData<DataOf<A> & DataOf<B>>
export function definePageData<A extends QueryMap, B extends QueryMap, C extends QueryMap>(
  first: Step<object, A>,
  second: Step<DataOf<A>, B>,
  third: Step<DataOf<A> & DataOf<B>, C>,
): PageData<DataOf<A> & DataOf<B> & DataOf<C>>
export function definePageData(...steps: Untyped[]): PageData<Record<string, unknown>> {
  async function loader({ params, request }: LoaderFunctionArgs) {
    let context: PageArgs & Record<string, unknown> = {
      params,
      search: new URL(request.url).searchParams,
      actingAs: useActingAsStore.getState().personId,
    }
    for (const step of steps) {
      const named = Object.entries(step(context))
      const values = await Promise.all(
        named.map(([, query]) => (isList(query) ? Promise.all(query.map(ensure)) : ensure(query))),
      )
      context = { ...context, ...Object.fromEntries(named.map(([name], index) => [name, values[index]])) }
    }
    return null
  }

  function usePageData() {
    const params = useParams()
    const [search] = useSearchParams()
    const actingAs = useActingAsStore((state) => state.personId)
    let context: PageArgs & Record<string, unknown> = { params, search, actingAs }
    let data: Record<string, unknown> = {}
    // A page's steps never change, so every render calls the same hooks in the same order.
    for (const step of steps) {
      const named = Object.entries(step(context))
      const results = useSuspenseQueries({ queries: named.flatMap(([, query]) => (isList(query) ? query : [query])) as PageQuery[] })
      let next = 0
      const stepData = Object.fromEntries(
        named.map(([name, query]) => [name, isList(query) ? query.map(() => results[next++]?.data) : results[next++]?.data]),
      )
      context = { ...context, ...stepData }
      data = { ...data, ...stepData }
    }
    return data
  }

  return { loader, usePageData }
}

function isList(query: PageQuery | readonly PageQuery[]): query is readonly PageQuery[] {
  return Array.isArray(query)
}

function ensure(query: PageQuery): Promise<unknown> {
  return queryClient.ensureQueryData(query)
}

/** For pages whose data does not depend on the URL's query (the root; the plan, which filters in the page): the data is cached. */
export const onlyWhenThePathChanges: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate
