/** The plugin configuration the pages need (languages, default language), loaded once. */
import { createContext, useContext, type ReactNode } from 'react';
import { Page } from '@strapi/strapi/admin';
import { useGetSettingsQuery } from '../api/queries';
import type { Settings } from '../api/types';

const SettingsContext = createContext<Settings | null>(null);

export const SettingsProvider = ({ children }: { children: ReactNode }) => {
  const { data, error } = useGetSettingsQuery();
  if (error) return <Page.Error />;
  if (!data) return <Page.Loading />;
  return <SettingsContext.Provider value={data}>{children}</SettingsContext.Provider>;
};

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings must be used inside <SettingsProvider>');
  return settings;
}
