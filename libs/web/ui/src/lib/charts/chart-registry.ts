import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';

let registered = false;

/**
 * The one chart.js registry of the web app: only the parts the charts use are registered, so
 * the bundle holds only those. This module is loaded on demand by the chart components (never
 * from the first download).
 */
export function chartJs(): typeof Chart {
  if (!registered) {
    Chart.register(
      RadarController,
      RadialLinearScale,
      PointElement,
      LineElement,
      Filler,
      Tooltip,
      Legend,
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      ScatterController,
      LineController,
    );
    registered = true;
  }
  return Chart;
}
