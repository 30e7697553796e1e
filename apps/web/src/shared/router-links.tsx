import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useMatch } from 'react-router';
import { ButtonLink, type ButtonLinkProps, Link, type LinkProps, NavListLink } from './nlds';

/** href and click handler that make an NL Design System anchor navigate inside the app. */
function useRouterAnchor(to: string, onClick?: (event: MouseEvent<HTMLAnchorElement>) => void) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return {
    href,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (!event.defaultPrevented) navigate(event);
    },
  };
}

type RouterProps<P> = Omit<P, 'href'> & { to: string };

/** A plain anchor (own class names) that navigates inside the app. */
export function RouterAnchor({
  to,
  onClick,
  ...props
}: RouterProps<AnchorHTMLAttributes<HTMLAnchorElement>>) {
  return <a {...props} {...useRouterAnchor(to, onClick)} />;
}

export function RouterLink({ to, onClick, ...props }: RouterProps<LinkProps>) {
  return <Link {...props} {...useRouterAnchor(to, onClick)} />;
}

export function RouterButtonLink({ to, onClick, ...props }: RouterProps<ButtonLinkProps>) {
  return <ButtonLink {...props} {...useRouterAnchor(to, onClick)} />;
}

/** A primary-navigation item that says which page is current (aria-current). */
export function RouterNavListLink({ to, onClick, ...props }: RouterProps<LinkProps>) {
  const current = useMatch({ path: to, end: true }) !== null;
  return (
    <NavListLink {...props} {...useRouterAnchor(to, onClick)} aria-current={current ? 'page' : undefined} />
  );
}
