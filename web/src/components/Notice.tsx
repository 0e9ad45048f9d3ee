// Messages that must be noticed: errors are alerts (read out at once), the rest are status.
import type { ComponentChildren } from 'preact';

export function ErrorNotice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice notice-error" role="alert">
      {children}
    </div>
  );
}

export function InfoNotice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice notice-info" role="status">
      {children}
    </div>
  );
}
