import { type Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { BarChart } from './bar-chart';
import { withAlpha } from './draw-chart';
import { LineChart } from './line-chart';
import { RadarChart } from './radar-chart';
import { ScatterChart } from './scatter-chart';

/** Stands in for chart.js (jsdom has no canvas): records what the components hand it. */
class MockChart {
  data: unknown;
  options: unknown;
  updates = 0;
  destroyed = false;
  constructor(
    readonly canvas: HTMLCanvasElement,
    readonly config: { type: string },
  ) {
    mockCharts.push(this);
  }
  update(): void {
    this.updates += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
}
const mockCharts: MockChart[] = [];
jest.mock('./chart-registry', () => ({ chartJs: () => MockChart }));

// jsdom does not resolve var(): the theme is the colour each probe asks for, read from inside the chart.
const THEME: Record<string, string> = {
  'var(--mat-sys-primary)': 'rgb(1, 2, 3)',
  'var(--mat-sys-tertiary)': 'rgb(4, 5, 6)',
  'var(--mat-sys-error)': 'rgb(7, 8, 9)',
  'var(--mat-sys-secondary)': 'rgb(10, 11, 12)',
  'var(--mat-sys-on-surface)': 'rgb(13, 14, 15)',
  'var(--mat-sys-outline-variant)': 'rgb(16, 17, 18)',
};

interface Drawn {
  readonly data: { labels?: unknown[]; datasets: Record<string, unknown>[] };
  readonly options: Record<string, never>;
}

/** Where each colour probe stood when it was read. */
let probedIn: (HTMLElement | null)[] = [];
beforeEach(() => {
  mockCharts.length = 0;
  probedIn = [];
  jest.spyOn(window, 'getComputedStyle').mockImplementation((element) => {
    const probe = element as HTMLElement;
    probedIn.push(probe.parentElement);
    return { color: THEME[probe.style.color] ?? '' } as CSSStyleDeclaration;
  });
});
afterEach(() => jest.restoreAllMocks());

async function render<T>(component: Type<T>, inputs: Record<string, unknown>): Promise<ComponentFixture<T>> {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) {
    fixture.componentRef.setInput(name, value);
  }
  await settle(fixture);
  return fixture;
}

/** chart.js arrives after the first render (a dynamic import), then the effect draws. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

function drawn(): MockChart & Drawn {
  expect(mockCharts).toHaveLength(1);
  return mockCharts[0] as MockChart & Drawn;
}

describe('charts', () => {
  it('a bar chart draws on its canvas in theme colours, as an image with an accessible name', async () => {
    const fixture = await render(BarChart, {
      labels: ['A', 'B'],
      series: [
        { label: 'Before', data: [1, [2, 3]], tone: 'tertiary', light: true },
        { label: 'After', data: [4, null], tone: 'primary' },
      ],
      label: 'Results by unit',
      format: (v: number) => `${v}%`,
    });
    const canvas: HTMLCanvasElement = fixture.nativeElement.querySelector('canvas');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Results by unit');
    const chart = drawn();
    expect(chart.config.type).toBe('bar');
    expect(chart.canvas).toBe(canvas);
    expect(chart.data.labels).toEqual(['A', 'B']);
    expect(chart.data.datasets).toEqual([
      expect.objectContaining({ data: [1, [2, 3]], backgroundColor: 'rgba(4, 5, 6, 0.35)', borderColor: 'rgb(4, 5, 6)' }),
      expect.objectContaining({ data: [4, null], backgroundColor: 'rgba(1, 2, 3, 0.85)', borderColor: 'rgb(1, 2, 3)' }),
    ]);
    const options = chart.options as unknown as {
      animation: boolean;
      indexAxis: string;
      scales: { x: { grid: object }; y: { ticks: { color: string; callback: (v: number) => string }; grid: object } };
      plugins: { tooltip: { callbacks: { label: (ctx: object) => string } } };
    };
    // No animation: the page honours reduced motion, and a chart is read, not watched.
    expect(options.animation).toBe(false);
    expect(options.indexAxis).toBe('x');
    expect(options.scales.y.ticks.color).toBe('rgb(13, 14, 15)');
    expect(options.scales.y.grid).toEqual({ color: 'rgb(16, 17, 18)' });
    expect(options.scales.y.ticks.callback(40)).toBe('40%');
    expect(options.plugins.tooltip.callbacks.label({ dataset: { label: 'Before' }, raw: [2, 3] })).toBe('Before: 2% … 3%');
    // The colour probes are read inside the chart (its theme) and leave nothing behind.
    expect(probedIn.length).toBeGreaterThan(0);
    expect(probedIn.every((parent) => parent === fixture.nativeElement)).toBe(true);
    expect(fixture.nativeElement.querySelectorAll('span')).toHaveLength(0);
    expect(fixture.nativeElement.querySelector('.frame').style.height).toBe('20rem');
  });

  it('a chart redraws when an input changes and goes with its component', async () => {
    const fixture = await render(BarChart, {
      labels: ['A'],
      series: [{ label: 'S', data: [1], tone: 'primary' }],
      label: 'Chart',
    });
    const chart = drawn();
    const updates = chart.updates;
    fixture.componentRef.setInput('horizontal', true);
    fixture.componentRef.setInput('stacked', true);
    await settle(fixture);
    expect(chart.updates).toBe(updates + 1);
    const options = chart.options as unknown as { indexAxis: string; scales: { x: { stacked: boolean; grid: object } } };
    expect(options.indexAxis).toBe('y');
    expect(options.scales.x).toEqual(expect.objectContaining({ stacked: true, grid: { color: 'rgb(16, 17, 18)' } }));
    fixture.destroy();
    expect(chart.destroyed).toBe(true);
  });

  it('a chart removed before chart.js has loaded is never created', async () => {
    const fixture = TestBed.createComponent(RadarChart);
    fixture.componentRef.setInput('labels', ['A']);
    fixture.componentRef.setInput('series', []);
    fixture.componentRef.setInput('label', 'Profile');
    fixture.detectChanges();
    fixture.destroy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mockCharts).toHaveLength(0);
  });

  it('a line chart keeps gaps and draws a second measure dashed', async () => {
    await render(LineChart, {
      labels: ['Jan', 'Feb'],
      series: [
        { label: 'Mean', data: [0.5, null], tone: 'primary' },
        { label: 'Pass rate', data: [0.4, 0.6], tone: 'secondary', dashed: true },
      ],
      label: 'Trend',
      min: 0,
      max: 1,
    });
    const chart = drawn();
    expect(chart.config.type).toBe('line');
    expect(chart.data.datasets).toEqual([
      expect.objectContaining({ data: [0.5, null], borderColor: 'rgb(1, 2, 3)', borderDash: [], pointStyle: 'circle' }),
      expect.objectContaining({ data: [0.4, 0.6], borderColor: 'rgb(10, 11, 12)', borderDash: [6, 4], pointStyle: 'rectRot' }),
    ]);
    const options = chart.options as unknown as {
      scales: { y: { min: number; max: number } };
      plugins: { tooltip: { callbacks: { label: (ctx: object) => string } } };
    };
    expect(options.scales.y).toEqual(expect.objectContaining({ min: 0, max: 1 }));
    expect(options.plugins.tooltip.callbacks.label({ dataset: { label: 'Mean' }, raw: null })).toBe('Mean: —');
  });

  it('a radar chart fills the measured profile and leaves the required levels dashed', async () => {
    await render(RadarChart, {
      labels: ['A', 'B', 'C'],
      series: [
        { label: 'Measured', data: [1, 2, 3], tone: 'primary' },
        { label: 'Required', data: [2, 2, 2], tone: 'error', dashed: true },
      ],
      label: 'Profile',
      max: 5,
    });
    const chart = drawn();
    expect(chart.config.type).toBe('radar');
    expect(chart.data.datasets).toEqual([
      expect.objectContaining({ fill: true, backgroundColor: 'rgba(1, 2, 3, 0.2)', borderDash: [] }),
      expect.objectContaining({ fill: false, backgroundColor: 'transparent', borderColor: 'rgb(7, 8, 9)', borderDash: [6, 4] }),
    ]);
    expect((chart.options as unknown as { scales: { r: { max: number } } }).scales.r.max).toBe(5);
  });

  it('a scatter chart plots points within the given ranges, with titled axes', async () => {
    await render(ScatterChart, {
      series: [{ label: 'Items', points: [{ x: 0.5, y: 0.2 }], tone: 'tertiary' }],
      xTitle: 'Difficulty',
      yTitle: 'Discrimination',
      yRange: [0, 2],
      label: 'Item quality',
    });
    const chart = drawn();
    expect(chart.config.type).toBe('scatter');
    expect(chart.data.datasets).toEqual([
      expect.objectContaining({ data: [{ x: 0.5, y: 0.2 }], backgroundColor: 'rgb(4, 5, 6)', borderColor: 'rgb(4, 5, 6)' }),
    ]);
    const scales = (chart.options as unknown as { scales: Record<'x' | 'y', { min: number; max: number; title: { text: string } }> })
      .scales;
    expect([scales.x.min, scales.x.max, scales.x.title.text]).toEqual([0, 1, 'Difficulty']);
    expect([scales.y.min, scales.y.max, scales.y.title.text]).toEqual([0, 2, 'Discrimination']);
  });

  it('withAlpha adds transparency to rgb() colours and leaves other forms alone', () => {
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgba(1, 2, 3, 0.5)');
    expect(withAlpha('#abcdef', 0.5)).toBe('#abcdef');
  });
});
