import { Heading1 } from './nlds';
import type { ReactNode } from 'react';

/** The page's one h1; focusable from script so that navigation can move focus to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading1 tabIndex={-1} className="kb-page-heading">
      {children}
    </Heading1>
  );
}
