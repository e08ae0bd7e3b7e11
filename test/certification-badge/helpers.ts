import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/certification-badge/define.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { until } from '../helpers/fake-api.js';

/** Mounts a badge and waits until it has left the loading state and speaks its locale. */
export async function mount(template: TemplateResult): Promise<CertificationBadge> {
  const el = await fixture<CertificationBadge>(template);
  await until(() => !el.shadowRoot!.querySelector('.loading'), 'the badge to finish loading');
  await el.localeReady();
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
