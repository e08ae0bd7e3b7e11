/**
 * The theming guide's national looks (stories/guides/theming.mdx), from `--jawda-*` tokens alone;
 * test-package/storybook-themes.test.ts checks their contrast.
 */

/**
 * Three national looks from `--jawda-*` tokens alone (no ::part, no other CSS). The palettes follow
 * each flag's colours, darkened where needed to keep text at 4.5:1 and borders at 3:1 on the surface.
 */
export const THEMES = {
  bahrain: {
    name: 'Bahrain · البحرين',
    tokens: {
      '--jawda-accent': '#b0101f',
      '--jawda-star': '#b0101f',
      '--jawda-surface-sunken': '#fbeff0',
      '--jawda-border-strong': '#b07a82',
      '--jawda-focus': '#7a0a14',
      '--jawda-radius': '0.25rem',
      '--jawda-font-ar': "'Segoe UI', Tahoma, sans-serif",
    },
  },
  uae: {
    name: 'United Arab Emirates · الإمارات',
    tokens: {
      '--jawda-accent': '#00732f',
      '--jawda-star': '#c8102e',
      '--jawda-text': '#000000',
      '--jawda-surface-sunken': '#eef5f0',
      '--jawda-border-strong': '#5f8f72',
      '--jawda-focus': '#000000',
      '--jawda-radius': '0',
      '--jawda-space': '0.6rem',
      '--jawda-font-ar': "'Dubai', 'Noto Kufi Arabic', system-ui, sans-serif",
      '--jawda-font-latin': "'Dubai', system-ui, sans-serif",
    },
  },
  saudi: {
    name: 'Saudi Arabia · السعودية',
    tokens: {
      '--jawda-accent': '#006c35',
      '--jawda-star': '#8a6a12',
      '--jawda-surface': '#fffdf7',
      '--jawda-text': '#14241a',
      '--jawda-surface-sunken': '#eef5ef',
      '--jawda-border-strong': '#5e8a6b',
      '--jawda-focus': '#004d26',
      '--jawda-radius': '1rem',
      '--jawda-font-ar': "'IBM Plex Sans Arabic', 'Segoe UI', system-ui, sans-serif",
      '--jawda-font-size': '1.05rem',
    },
  },
} as const;

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** A national look as the CSS a portal writes, each colour with its contrast on the surface. */
export function themeCss(key: keyof typeof THEMES, selector = `.portal-${key}`): string {
  const tokens: Record<string, string> = THEMES[key].tokens;
  const surface = tokens['--jawda-surface'] ?? '#ffffff';
  const lines = Object.entries(tokens).map(([token, value]) => {
    const measured =
      /^#[0-9a-f]{6}$/i.test(value) && token !== '--jawda-surface' && token !== '--jawda-surface-sunken' && token !== '--jawda-on-accent'
        ? `  /* ${contrast(value, surface).toFixed(1)}:1 on the surface */`
        : '';
    return `  ${token}: ${value};${measured}`;
  });
  return `${selector} {\n${lines.join('\n')}\n}`;
}
