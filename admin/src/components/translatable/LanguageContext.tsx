/**
 * Which language the translatable fields of a form show. One per form (the compose page, an entry
 * modal, the publish dialog); the compose page's preview follows it.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSettings } from '../SettingsProvider';

interface LanguageState {
  language: string;
  setLanguage: (language: string) => void;
  languages: string[];
  defaultLanguage: string;
}

const LanguageContext = createContext<LanguageState | null>(null);

export const LanguageProvider = ({ children }: { children: ReactNode }) => {
  const { languages, defaultLanguage } = useSettings();
  const [language, setLanguage] = useState(defaultLanguage);
  const value = useMemo(() => ({ language, setLanguage, languages, defaultLanguage }), [language, languages, defaultLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
};

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return state;
}
