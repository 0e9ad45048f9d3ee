// One bar chart drawn by Chart.js (only the parts used are registered, to keep it small).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  values: number[];
  colour: string;
  /** Drawn against a second axis on the right, for a measure in other units. */
  secondAxis?: boolean;
}

export function BarChart({ title, labels, series, max }: { title: string; labels: string[]; series: Series[]; max?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const twoAxes = series.some((s) => s.secondAxis);
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          yAxisID: s.secondAxis ? 'y2' : 'y',
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, ...(max !== undefined ? { max } : {}) },
          ...(twoAxes ? { y2: { beginAtZero: true, position: 'right' as const, max: 100, grid: { drawOnChartArea: false } } } : {}),
        },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
  }, [title, labels.join('|'), series.map((s) => s.values.join(',')).join('|'), max]);
  return (
    <figure class="chart card">
      <figcaption>{title}</figcaption>
      <div class="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}: ${labels.map((l, i) => `${l} ${series.map((s) => s.values[i]).join(' / ')}`).join('; ')}`}
        />
      </div>
    </figure>
  );
}
