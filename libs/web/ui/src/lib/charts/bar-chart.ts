import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart } from 'chart.js';

/** One series of a bar chart: a value per label, or a floating bar [low, high] (an interval). */
export interface BarSeries {
  readonly label: string;
  readonly data: readonly (number | readonly [number, number] | null)[];
  readonly tone: 'primary' | 'tertiary' | 'error' | 'secondary';
  /** Drawn lighter (e.g. the "before" values). */
  readonly light?: boolean;
}

/**
 * A bar chart (chart.js, loaded on first use); floating bars show intervals. The canvas is an
 * image with an accessible name; pages put the same numbers in a table beside it.
 */
@Component({
  selector: 'app-bar-chart',
  template: `
    <div class="frame" [style.height.rem]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()" data-testid="bar-chart"></canvas>
    </div>
    <span class="probes" #probes>
      <span class="primary"></span><span class="tertiary"></span><span class="error"></span><span class="secondary"></span
      ><span class="text"></span><span class="grid"></span>
    </span>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
    }
    .probes {
      display: none;
    }
    .primary {
      color: var(--mat-sys-primary);
    }
    .tertiary {
      color: var(--mat-sys-tertiary);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .secondary {
      color: var(--mat-sys-secondary);
    }
    .text {
      color: var(--mat-sys-on-surface);
    }
    .grid {
      color: var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly BarSeries[]>();
  /** Accessible name of the chart image. */
  readonly label = input.required<string>();
  readonly horizontal = input(false);
  readonly min = input<number | undefined>(undefined);
  readonly max = input<number | undefined>(undefined);
  /** Formats axis ticks and tooltips (e.g. as percentages). */
  readonly format = input<(value: number) => string>((v) => String(v));
  readonly height = input(20);
  /** Stack the series (parts of one whole per label). */
  readonly stacked = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly probes = viewChild.required<ElementRef<HTMLElement>>('probes');
  private readonly chart = signal<Chart<'bar'> | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    let destroyed = false;
    destroyRef.onDestroy(() => {
      destroyed = true;
      this.chart()?.destroy();
    });
    afterNextRender(() => {
      void import('./chart-registry').then(({ chartJs }) => {
        if (destroyed) {
          return;
        }
        const ChartCtor = chartJs();
        this.chart.set(new ChartCtor(this.canvas().nativeElement, { type: 'bar', data: { labels: [], datasets: [] } }));
      });
    });
    effect(() => {
      const chart = this.chart();
      if (!chart) {
        return;
      }
      const probes = this.probes().nativeElement;
      const colour = (tone: string) => {
        const probe = probes.querySelector(`.${tone}`);
        return probe ? getComputedStyle(probe).color : '#000';
      };
      const text = colour('text');
      const grid = colour('grid');
      const format = this.format();
      chart.data = {
        labels: [...this.labels()],
        datasets: this.series().map((s) => {
          const c = colour(s.tone);
          return {
            label: s.label,
            data: s.data.map((d) => (Array.isArray(d) ? [d[0], d[1]] : d)) as never,
            backgroundColor: s.light ? withAlpha(c, 0.35) : withAlpha(c, 0.85),
            borderColor: c,
            borderWidth: 1,
          };
        }),
      };
      const stacked = this.stacked();
      const valueAxis = {
        stacked,
        min: this.min(),
        max: this.max(),
        ticks: { color: text, callback: (v: string | number) => format(Number(v)) },
        grid: { color: grid },
      };
      const categoryAxis = { stacked, ticks: { color: text }, grid: { display: false } };
      chart.options = {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: this.horizontal() ? 'y' : 'x',
        scales: this.horizontal() ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { position: 'bottom', labels: { color: text } },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const raw = ctx.raw as number | [number, number];
                return `${ctx.dataset.label ?? ''}: ${Array.isArray(raw) ? `${format(raw[0])} … ${format(raw[1])}` : format(raw)}`;
              },
            },
          },
        },
      };
      chart.update();
    });
  }
}

/** `rgb(r, g, b)` → `rgba(r, g, b, a)`; other forms unchanged. */
function withAlpha(colour: string, alpha: number): string {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour.trim());
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : colour;
}
