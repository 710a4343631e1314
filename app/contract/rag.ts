import { z } from 'zod'
import { ragStatuses } from './rag-status'

export * from './rag-status'

export const ragSchema = z.enum(ragStatuses, { error: 'Select a status' })
