import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, unsafeCSS } from 'lit';
import { base } from '../src/core/styles/base.js';

/** Private name inside the elements -> the public token. */
const TOKENS = {
  surface: 'surface',
  text: 'text',
  muted: 'text-muted',
  border: 'border',
  'border-strong': 'border-strong',
  subtle: 'surface-sunken',
  accent: 'accent',
  'on-accent': 'on-accent',
  success: 'success',
  warning: 'warning',
  danger: 'danger',
  info: 'info',
  neutral: 'neutral',
  star: 'star',
  focus: 'focus',
} as const;

/** Shows every colour token of the shared core as the elements see it (light, dark, forced colours). */
class TokenSwatches extends LitElement {
  static override styles = [
    base,
    css`
      ul { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: var(--_space); padding: 0; list-style: none; }
      li { display: grid; gap: 0.25rem; }
      .swatch { block-size: 3rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
      ${
        unsafeCSS(
          Object.keys(TOKENS)
            .map((token) => `.t-${token} { background: var(--_${token}); }`)
            .join('\n'),
        ) /* constants, not data */
      }
      code { font-size: 0.85em; }
    `,
  ];
  override render() {
    return html`<ul>
      ${Object.entries(TOKENS).map(([token, name]) => html`<li><span class="swatch t-${token}"></span><code>--jawda-${name}</code></li>`)}
    </ul>`;
  }
}
if (!customElements.get('jawda-token-swatches')) customElements.define('jawda-token-swatches', TokenSwatches);

type Args = { theme: 'light' | 'dark' };
const meta: Meta<Args> = {
  title: 'Foundation/Design tokens',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: ({ theme }) => html`<jawda-token-swatches theme=${theme} surface="card"></jawda-token-swatches>`,
};
export default meta;
export const Light: StoryObj<Args> = {};
export const Dark: StoryObj<Args> = { args: { theme: 'dark' } };
