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

/** One line of a line chart: a value per label (null: a gap in the line). */
export interface LineSeries {
  readonly label: string;
  readonly data: readonly (number | null)[];
  readonly tone: 'primary' | 'tertiary' | 'error' | 'secondary';
  /** Drawn dashed (a second measure on the same axis). */
  readonly dashed?: boolean;
}

/**
 * A line chart (chart.js, loaded on first use), e.g. a trend by month. The canvas is an image
 * with an accessible name; pages put the same numbers in a table beside it.
 */
@Component({
  selector: 'app-line-chart',
  template: `
    <div class="frame" [style.height.rem]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()" data-testid="line-chart"></canvas>
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
export class LineChart {
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly LineSeries[]>();
  /** Accessible name of the chart image. */
  readonly label = input.required<string>();
  readonly min = input<number | undefined>(undefined);
  readonly max = input<number | undefined>(undefined);
  /** Formats axis ticks and tooltips (e.g. as percentages). */
  readonly format = input<(value: number) => string>((v) => String(v));
  readonly height = input(18);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly probes = viewChild.required<ElementRef<HTMLElement>>('probes');
  private readonly chart = signal<Chart<'line'> | null>(null);

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
        this.chart.set(new ChartCtor(this.canvas().nativeElement, { type: 'line', data: { labels: [], datasets: [] } }));
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
            data: [...s.data],
            borderColor: c,
            backgroundColor: c,
            borderWidth: 2.5,
            borderDash: s.dashed ? [6, 4] : [],
            pointRadius: 3,
            pointStyle: s.dashed ? 'rectRot' : 'circle',
            spanGaps: false,
            tension: 0,
          };
        }),
      };
      chart.options = {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { ticks: { color: text }, grid: { display: false } },
          y: {
            min: this.min(),
            max: this.max(),
            ticks: { color: text, callback: (v: string | number) => format(Number(v)) },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, usePointStyle: true } },
          tooltip: {
            callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.raw === null ? '—' : format(Number(ctx.raw))}` },
          },
        },
      };
      chart.update();
    });
  }
}
