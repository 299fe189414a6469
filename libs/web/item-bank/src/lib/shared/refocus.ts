import { DOCUMENT, Injector, afterNextRender, inject } from '@angular/core';

/**
 * Keeps keyboard focus on a moved row: after the next render, focuses the first of `ids` that
 * exists and is enabled (the "up" button of a row moved to the top is disabled, say).
 * Call `refocus()` in an injection context; use the returned function from event handlers.
 */
export function refocus(): (ids: readonly string[]) => void {
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  return (ids) =>
    afterNextRender(
      () => {
        for (const id of ids) {
          const element = document.getElementById(id) as HTMLButtonElement | null;
          if (element && !element.disabled) {
            element.focus();
            return;
          }
        }
      },
      { injector },
    );
}
