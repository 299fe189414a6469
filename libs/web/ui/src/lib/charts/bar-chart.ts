import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { drawChart, withAlpha } from './draw-chart';

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
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
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

  constructor() {
    drawChart('bar', this.canvas, (colour) => {
      const text = colour('text');
      const format = this.format();
      const stacked = this.stacked();
      const valueAxis = {
        stacked,
        min: this.min(),
        max: this.max(),
        ticks: { color: text, callback: (v: string | number) => format(Number(v)) },
        grid: { color: colour('grid') },
      };
      const categoryAxis = { stacked, ticks: { color: text }, grid: { display: false } };
      return {
        data: {
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
        },
        options: {
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
        },
      };
    });
  }
}
