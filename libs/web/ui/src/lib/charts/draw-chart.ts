import { DestroyRef, ElementRef, type Signal, afterNextRender, effect, inject, signal } from '@angular/core';
import type { Chart, ChartData, ChartOptions, ChartType } from 'chart.js';

/** The theme colours charts draw with: a Material system colour per role. */
const THEME_TOKENS = {
  primary: '--mat-sys-primary',
  tertiary: '--mat-sys-tertiary',
  error: '--mat-sys-error',
  secondary: '--mat-sys-secondary',
  text: '--mat-sys-on-surface',
  grid: '--mat-sys-outline-variant',
} as const;

export type ChartColourRole = keyof typeof THEME_TOKENS;

/** Resolves a colour role to a colour chart.js can draw (`rgb(…)`) under the current theme. */
export type ChartColour = (role: ChartColourRole) => string;

/** What a chart shows: its data and options, rebuilt whenever a signal they read changes. */
export interface ChartDrawing<TType extends ChartType> {
  readonly data: ChartData<TType>;
  readonly options: ChartOptions<TType>;
}

/**
 * Draws a chart.js chart on a component's canvas; call it in the component's constructor.
 * chart.js loads after the first render (never in the first download); `draw` runs in an effect,
 * so the chart redraws when an input it reads changes; the chart is destroyed with the component.
 */
export function drawChart<TType extends ChartType>(
  type: TType,
  canvas: Signal<ElementRef<HTMLCanvasElement>>,
  draw: (colour: ChartColour) => ChartDrawing<TType>,
): void {
  const host: HTMLElement = inject(ElementRef).nativeElement;
  const chart = signal<Chart<TType> | null>(null);
  let destroyed = false;
  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    chart()?.destroy();
  });
  afterNextRender(() => {
    void import('./chart-registry').then(({ chartJs }) => {
      // The component may be gone before chart.js has loaded.
      if (destroyed) {
        return;
      }
      const ChartCtor = chartJs();
      chart.set(new ChartCtor<TType>(canvas().nativeElement, { type, data: { labels: [], datasets: [] } }));
    });
  });
  effect(() => {
    const current = chart();
    if (!current) {
      return;
    }
    const { data, options } = draw((role) => themeColour(host, THEME_TOKENS[role]));
    current.data = data;
    current.options = options;
    current.update();
  });
}

/**
 * A canvas cannot read CSS variables, and a variable's own value may be `light-dark(…)` or
 * another variable: a hidden element inside the chart takes the colour and the browser resolves
 * it, under whatever theme or high contrast applies there.
 */
function themeColour(host: HTMLElement, token: string): string {
  const probe = host.ownerDocument.createElement('span');
  probe.hidden = true;
  probe.style.color = `var(${token})`;
  host.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** `rgb(r, g, b)` → `rgba(r, g, b, a)`; other forms unchanged. */
export function withAlpha(colour: string, alpha: number): string {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour.trim());
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : colour;
}
