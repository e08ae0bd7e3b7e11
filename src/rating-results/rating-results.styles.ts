import { css } from 'lit';

/** The frame and the loading skeleton of `<rating-results>`; each view brings its own styles (a lazy chunk). */
export const styles = css`
  :host {
    color: var(--_text);
    font-family: var(--_font);
  }
  .frame {
    container-type: inline-size;
  }
  /* The skeleton is the size of the view it stands for: three tiles side by side, one above the other at 360 px. */
  .pending[data-for='overview'] {
    block-size: 11.5rem;
  }
  @container (max-width: 40rem) {
    .pending[data-for='overview'] {
      block-size: 36rem;
    }
  }
  .pending[data-for='compare'] {
    block-size: 20rem;
  }
  .pending[data-for='trend'] {
    block-size: 24rem;
  }
`;
