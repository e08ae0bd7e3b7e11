import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';

/** What the field asks its element (the hooks take it: one set serves every element of a class). */
export interface FormFieldOptions<H> {
  /** The value the form submits now; null leaves the field out (no value, or disabled). */
  value: (host: H) => string | null;
  /** A required field without a value. */
  valueMissing: (host: H) => boolean;
  /** What the browser says when the value is missing, in the element's locale. */
  missingMessage: (host: H) => string;
  /** The control the browser points at when it reports the problem (once rendered). */
  anchor: (host: H) => HTMLElement | undefined;
}

/**
 * Form association on the model of Material Web's behaviours: the form's value and validity are
 * set the moment the value changes (a `new FormData(form)` in the same task sees it, before any
 * render), re-checked after each render (the control to point at exists only then), and
 * `setCustomValidity` works as on native inputs. The element keeps its own `formResetCallback`
 * and `formStateRestoreCallback`, since what "default" means is its own.
 */
export class FormField<H extends HTMLElement & ReactiveControllerHost> implements ReactiveController {
  readonly internals: ElementInternals;
  #customMessage = '';
  /** What the internals hold now: each sync writes only what changed (a page of fields syncs often). */
  #value: string | null = null;
  #problem = '';
  #anchor?: HTMLElement;

  constructor(
    private readonly host: H,
    private readonly options: FormFieldOptions<H>,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Sets the form value and validity from the element's state, now (only what changed). */
  sync(): void {
    const { host, options } = this;
    const value = options.value(host);
    if (value !== this.#value) this.internals.setFormValue((this.#value = value));
    const custom = !!this.#customMessage;
    const message = custom ? this.#customMessage : options.valueMissing(host) ? options.missingMessage(host) : '';
    const problem = message && `${custom ? 'custom' : 'missing'}|${message}`;
    // Valid stays valid without a look for the anchor; a problem is set again when its control is a new one.
    const anchor = problem ? options.anchor(host) : undefined;
    if (problem === this.#problem && anchor === this.#anchor) return;
    this.#problem = problem;
    this.#anchor = anchor;
    if (!problem) this.internals.setValidity({});
    else this.internals.setValidity(custom ? { customError: true } : { valueMissing: true }, message, anchor);
  }

  /** As on native inputs: a non-empty message makes the field invalid with it; '' clears it. */
  setCustomValidity(message: string): void {
    this.#customMessage = String(message ?? '');
    this.sync();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor type must take any[] (TS2545)
type Constructor<T> = abstract new (...args: any[]) => T;

/** The form-field API of native inputs that `FormFieldMixin` adds (declared apart, so that declaration files can name it). */
export declare class FormFieldApi {
  static formAssociated: boolean;
  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null;
  /** The `<label>`s of the element, as on native inputs. */
  get labels(): NodeList;
  /** Constraint validation, as on native inputs. */
  get validity(): ValidityState;
  get validationMessage(): string;
  get willValidate(): boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** As on native inputs: a non-empty message makes the field invalid with it; '' clears it. */
  setCustomValidity(message: string): void;
}

/**
 * The form-field API of native inputs (`form`, `labels`, `validity`, `validationMessage`,
 * `willValidate`, `checkValidity()`, `reportValidity()`, `setCustomValidity()`), for an element that
 * keeps a `FormField` in a `field` property: written once for every form-associated Jawda element.
 */
export function FormFieldMixin<T extends Constructor<ReactiveElement>>(Base: T): Constructor<FormFieldApi> & T {
  abstract class FormFieldElement extends Base {
    static formAssociated = true;

    private get internals(): ElementInternals {
      return (this as unknown as { field: FormField<HTMLElement & ReactiveElement> }).field.internals;
    }

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    get labels(): NodeList {
      return this.internals.labels;
    }

    get validity(): ValidityState {
      return this.internals.validity;
    }

    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    checkValidity(): boolean {
      return this.internals.checkValidity();
    }

    reportValidity(): boolean {
      return this.internals.reportValidity();
    }

    setCustomValidity(message: string): void {
      (this as unknown as { field: FormField<HTMLElement & ReactiveElement> }).field.setCustomValidity(message);
    }
  }
  return FormFieldElement as unknown as Constructor<FormFieldApi> & T;
}
