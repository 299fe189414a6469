import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { drawChart, withAlpha } from './draw-chart';

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

  constructor() {
    drawChart('radar', this.canvas, (colour) => {
      const text = colour('text');
      return {
        data: {
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
        },
        options: {
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
        },
      };
    });
  }
}
