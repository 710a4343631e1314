import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { queryClient as defaultQueryClient } from '@/lib/query-client'
import { useLeaveGuard } from '@/lib/use-leave-guard'

function LeaveGuard() {
  useLeaveGuard()
  return null
}

export function AppProvider({ children, queryClient = defaultQueryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LeaveGuard />
      {children}
    </QueryClientProvider>
  )
}
