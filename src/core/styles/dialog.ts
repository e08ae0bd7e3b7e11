import { css } from 'lit';

/** A modal dialog, as the badge's details and the rating's dialog delivery show it (only those two pay for it). */
export const dialogStyles = css`
    dialog {
      inline-size: min(35rem, calc(100vw - 2rem));
      max-block-size: calc(100vh - 2rem);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 2);
      background: var(--_surface);
      box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
      color: var(--_text);
      overscroll-behavior: contain;
    }
    dialog[open] {
      animation: jawda-dialog-in 160ms ease-out;
    }
    @keyframes jawda-dialog-in {
      /* Movement only: text is at full contrast from the first frame (and for axe). */
      from {
        transform: translateY(0.5rem);
      }
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .dialog-head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--_space);
    }
`;
