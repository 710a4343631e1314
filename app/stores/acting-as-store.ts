import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

interface ActingAsState {
  /** The id of the person the user is acting as, or null before they choose. */
  personId: string | null
  setPersonId: (personId: string | null) => void
}

export const ACTING_AS_STORAGE_KEY = 'improvement-tracker:acting-as'

export const useActingAsStore = create<ActingAsState>()(
  persist(
    (set) => ({
      personId: null,
      setPersonId: (personId) => set({ personId }),
    }),
    {
      name: ACTING_AS_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ personId: state.personId }),
    },
  ),
)
