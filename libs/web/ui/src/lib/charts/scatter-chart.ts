import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { drawChart } from './draw-chart';

/** One group of points of a scatter chart; `tone` picks a theme colour. */
export interface ScatterSeries {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly tone: 'primary' | 'tertiary' | 'error';
}

/**
 * A scatter chart (chart.js, loaded on first use). The canvas is an image with an accessible
 * name; pages show the same figures in a table.
 */
@Component({
  selector: 'app-scatter-chart',
  template: `
    <div class="frame">
      <canvas #canvas role="img" [attr.aria-label]="label()" data-testid="scatter-chart"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
      max-width: 40rem;
      aspect-ratio: 4 / 3;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScatterChart {
  readonly series = input.required<readonly ScatterSeries[]>();
  readonly xTitle = input.required<string>();
  readonly yTitle = input.required<string>();
  readonly xRange = input<readonly [number, number]>([0, 1]);
  readonly yRange = input<readonly [number, number]>([-1, 1]);
  /** Accessible name of the chart image. */
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    drawChart('scatter', this.canvas, (colour) => {
      const text = colour('text');
      const [xMin, xMax] = this.xRange();
      const [yMin, yMax] = this.yRange();
      return {
        data: {
          datasets: this.series().map((s) => ({
            label: s.label,
            data: s.points.map((p) => ({ x: p.x, y: p.y })),
            backgroundColor: colour(s.tone),
            borderColor: colour(s.tone),
            pointRadius: 4,
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: true,
          animation: false,
          scales: {
            x: { min: xMin, max: xMax, title: { display: true, text: this.xTitle(), color: text }, ticks: { color: text } },
            y: { min: yMin, max: yMax, title: { display: true, text: this.yTitle(), color: text }, ticks: { color: text } },
          },
          plugins: { legend: { position: 'bottom', labels: { color: text } } },
        },
      };
    });
  }
}
