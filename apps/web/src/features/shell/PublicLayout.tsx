import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLayout } from './PageLayout';

/** The frame for pages without a session: log-in, loading and errors. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return <PageLayout tools={<LanguageSwitch />}>{children}</PageLayout>;
}
