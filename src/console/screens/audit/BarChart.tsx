/** A horizontal bar chart of shares (0–1), drawn as SVG: no chart library, works offline. */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number | null }[] }) {
  const rowHeight = 22;
  const height = bars.length * rowHeight + 4;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 400 ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, i) => {
          const share = Math.max(0, Math.min(1, bar.value ?? 0));
          return (
            <g key={bar.label} transform={`translate(0 ${i * rowHeight + 2})`}>
              <text x="0" y="14" fontSize="12">{bar.label}</text>
              <rect x="140" y="3" width={220 * share} height="14" className={share < 0.8 ? 'bar low' : 'bar'} />
              <text x={146 + 220 * share} y="14" fontSize="12">{bar.value === null ? '—' : `${Math.round(share * 100)}%`}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
