import type { AnchorHTMLAttributes, HTMLAttributes, Ref } from 'react';
import { Link, type LinkProps } from '@utrecht/link-react';

/*
 * The NL Design System components of the first load: the shell (header, menu, footer, skip link),
 * the session gate's pages, page headings and the router links.
 *
 * `@utrecht/component-library-react` is one JavaScript module holding every component, and a module
 * cannot be split over chunks: one import of it from the shell put every component any page uses
 * (tables, forms, data lists: 27 kB, 7 kB gzip with the form packages it pulls in) into the first
 * load. These are the same components as the HTML and class names that package renders (the CSS,
 * `@utrecht/component-library-css`, is the design system), written for the props this app uses;
 * `nlds.spec.tsx` renders each next to the package's own and requires the same HTML. Button and Link
 * are packages of their own and come from there. Pages keep importing the package itself.
 */

export { Button } from '@utrecht/button-react';
export { Link, type LinkProps } from '@utrecht/link-react';

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

type Props<E> = HTMLAttributes<E> & { ref?: Ref<E> };

type AlertType = 'info' | 'ok' | 'warning' | 'error';
const ALERT_ROLE: Record<AlertType, 'status' | 'alert'> = {
  info: 'status',
  ok: 'status',
  warning: 'alert',
  error: 'alert',
};

export function Alert({
  children,
  className,
  type = 'info',
  role,
  ...props
}: Omit<Props<HTMLDivElement>, 'role'> & { type?: AlertType; role?: 'status' | 'alert' }) {
  return (
    <div {...props} className={classes('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role ?? ALERT_ROLE[type]}>
          {children}
        </div>
      </div>
    </div>
  );
}

export function Document({ className, ...props }: Props<HTMLDivElement>) {
  return <div {...props} className={classes('utrecht-document', className)} />;
}

export function Heading1({ className, ...props }: Props<HTMLHeadingElement>) {
  return <h1 {...props} className={classes('utrecht-heading-1', className)} />;
}

export function PageHeader({ className, ...props }: Props<HTMLElement>) {
  return <header {...props} className={classes('utrecht-page-header', className)} />;
}

export function PageFooter({ className, ...props }: Props<HTMLElement>) {
  return <footer {...props} className={classes('utrecht-page-footer', className)} />;
}

export function Paragraph({ className, ...props }: Props<HTMLParagraphElement>) {
  return <p {...props} className={classes('utrecht-paragraph', className)} />;
}

export function SkipLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <p>
      <a
        {...props}
        className={classes('utrecht-skip-link', 'utrecht-skip-link--visible-on-focus', className)}
      />
    </p>
  );
}

export function NavBar({ children, className, ...props }: Props<HTMLElement>) {
  return (
    <nav className={classes('utrecht-nav-bar', className)} {...props}>
      <div className="utrecht-nav-bar__content">{children}</div>
    </nav>
  );
}

export function NavList({ className, ...props }: Props<HTMLUListElement>) {
  return <ul role="list" className={classes('utrecht-nav-list', className)} {...props} />;
}

export function NavListLink({ className, ...props }: LinkProps) {
  return (
    <li className={classes('utrecht-nav-list__item', className)}>
      <Link className="utrecht-nav-list__link" {...props} />
    </li>
  );
}

const BUTTON_LINK_APPEARANCE = {
  'primary-action-button': 'utrecht-button-link--primary-action',
  'secondary-action-button': 'utrecht-button-link--secondary-action',
  'subtle-button': 'utrecht-button-link--subtle',
} as const;

export interface ButtonLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  appearance?: keyof typeof BUTTON_LINK_APPEARANCE;
  ref?: Ref<HTMLAnchorElement>;
}

/** A link that looks like a button (for going somewhere, not for doing something). */
export function ButtonLink({ appearance, className, href, ...props }: ButtonLinkProps) {
  return (
    <a
      href={href}
      className={classes(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        appearance && BUTTON_LINK_APPEARANCE[appearance],
        className,
      )}
      {...props}
    />
  );
}
