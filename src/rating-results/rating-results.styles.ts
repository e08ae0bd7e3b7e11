import { css } from 'lit';

/**
 * The frame and the loading skeleton of `<rating-results>`; each view brings its own styles (a lazy
 * chunk). The skeleton has the height of the view it stands for (measured in English and Arabic at
 * 360 and 720 px; a comparison of three groups), so nothing below it moves when the figures come.
 */
export const styles = css`
  :host {
    color: var(--_text);
    font-family: var(--_font);
  }
  .frame {
    container-type: inline-size;
  }
  .pending[data-for='overview'] {
    block-size: 17rem;
  }
  .pending[data-for='compare'] {
    block-size: 23rem;
  }
  .pending[data-for='trend'] {
    block-size: 30rem;
  }
  .pending[data-for='distribution'] {
    block-size: 34rem;
  }
  .pending[data-for='reasons'] {
    block-size: 30rem;
  }
  /* Narrow: the tiles one above the other, the groups' marks under their names. */
  @container (max-width: 40rem) {
    .pending[data-for='overview'] {
      block-size: 39rem;
    }
  }
  @container (max-width: 32rem) {
    .pending[data-for='compare'] {
      block-size: 32rem;
    }
    .pending[data-for='trend'] {
      block-size: 34rem;
    }
    .pending[data-for='distribution'] {
      block-size: 43rem;
    }
    .pending[data-for='reasons'] {
      block-size: 44rem;
    }
  }
`;
