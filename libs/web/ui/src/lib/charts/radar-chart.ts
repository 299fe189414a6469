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

/** One line of a radar chart; `tone` picks a theme colour. */
export interface RadarSeries {
  readonly label: string;
  readonly data: readonly number[];
  readonly tone: 'primary' | 'tertiary' | 'error';
  /** Drawn dashed, without fill (e.g. the required levels). */
  readonly dashed?: boolean;
}

/**
 * A radar chart (chart.js, loaded on first use). The canvas is an image with an accessible
 * name; pages put the same data in a table beside it for screen readers.
 */
@Component({
  selector: 'app-radar-chart',
  template: `
    <div class="frame">
      <canvas #canvas role="img" [attr.aria-label]="label()" data-testid="radar-chart"></canvas>
    </div>
    <span class="probes" #probes>
      <span class="primary"></span><span class="tertiary"></span><span class="error"></span><span class="text"></span>
    </span>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
      max-width: 34rem;
      aspect-ratio: 1;
      margin-inline: auto;
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
    .text {
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadarChart {
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly RadarSeries[]>();
  /** The scale's maximum (the highest level). */
  readonly max = input(4);
  /** Accessible name of the chart image. */
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  /** Hidden elements coloured by the theme, read to give the canvas resolved colours. */
  private readonly probes = viewChild.required<ElementRef<HTMLElement>>('probes');
  private readonly chart = signal<Chart<'radar'> | null>(null);

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
        this.chart.set(new ChartCtor(this.canvas().nativeElement, { type: 'radar', data: { labels: [], datasets: [] } }));
      });
    });
    effect(() => {
      const chart = this.chart();
      if (!chart) {
        return;
      }
      const probes = this.probes().nativeElement;
      const colour = (tone: RadarSeries['tone'] | 'text') => {
        const probe = probes.querySelector(`.${tone}`);
        return probe ? getComputedStyle(probe).color : '#000';
      };
      const text = colour('text');
      chart.data = {
        labels: [...this.labels()],
        datasets: this.series().map((s) => {
          const c = colour(s.tone);
          return {
            label: s.label,
            data: [...s.data],
            borderColor: c,
            backgroundColor: s.dashed ? 'transparent' : withAlpha(c, 0.2),
            pointBackgroundColor: c,
            borderDash: s.dashed ? [6, 4] : [],
            fill: !s.dashed,
            borderWidth: 2,
          };
        }),
      };
      chart.options = {
        responsive: true,
        maintainAspectRatio: true,
        animation: false,
        scales: {
          r: {
            min: 0,
            max: this.max(),
            ticks: { stepSize: 1, color: text, backdropColor: 'transparent' },
            pointLabels: { color: text, font: { size: 12 } },
          },
        },
        plugins: { legend: { position: 'bottom', labels: { color: text } } },
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
