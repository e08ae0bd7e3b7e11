// The floor of `npm run bench:peers`: what a rating costs when written by hand in Lit, with nothing
// but five native radios in a fieldset (a question, a name per choice, the chosen one checked).
// No settings, no locale, no states, no form field: any real element does more than this.
import { LitElement, css, html } from 'lit';

class FloorRating extends LitElement {
  static properties = { score: { type: Number } };

  static styles = css`
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    label {
      display: inline-block;
      padding: 0.25rem;
    }
  `;

  constructor() {
    super();
    this.score = undefined;
  }

  pick(event) {
    this.score = Number(event.target.value);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  render() {
    return html`<fieldset>
      <legend>How satisfied are you with this service?</legend>
      ${[1, 2, 3, 4, 5].map(
        (n) => html`<label><input type="radio" name="score" value=${n} .checked=${this.score === n} @change=${this.pick} />${n}</label>`,
      )}
    </fieldset>`;
  }
}

customElements.define('floor-rating', FloorRating);
