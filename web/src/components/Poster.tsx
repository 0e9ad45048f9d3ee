// A poster-like card face drawn from the title: the catalogue has no images, so each movie
// gets its own gradient (picked from the title) and its initials.
const PALETTES = [
  ['#1e3a8a', '#7c3aed'],
  ['#7f1d1d', '#ea580c'],
  ['#064e3b', '#0d9488'],
  ['#312e81', '#db2777'],
  ['#1f2937', '#2563eb'],
  ['#713f12', '#b91c1c'],
  ['#134e4a', '#4338ca'],
];

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h;
}

export function Poster({ title }: { title: string }) {
  const [from, to] = PALETTES[hash(title) % PALETTES.length]!;
  const initials = title
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return (
    <div class="poster" style={{ background: `linear-gradient(160deg, ${from}, ${to})` }} aria-hidden="true">
      <span class="poster-initials">{initials}</span>
      <span class="poster-title">{title}</span>
    </div>
  );
}
