import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { drawChart } from './draw-chart';

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

  constructor() {
    drawChart('line', this.canvas, (colour) => {
      const text = colour('text');
      const format = this.format();
      return {
        data: {
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
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: text }, grid: { display: false } },
            y: {
              min: this.min(),
              max: this.max(),
              ticks: { color: text, callback: (v: string | number) => format(Number(v)) },
              grid: { color: colour('grid') },
            },
          },
          plugins: {
            legend: { position: 'bottom', labels: { color: text, usePointStyle: true } },
            tooltip: {
              callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.raw === null ? '—' : format(Number(ctx.raw))}` },
            },
          },
        },
      };
    });
  }
}
