// Jawda in Angular 21. CUSTOM_ELEMENTS_SCHEMA lets the template use the tags; the events' types come
// from the package (GlobalEventHandlersEventMap), so `$event` is a RatingSubmittedEvent. No declaration here.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { ReasonOptions } from 'jawda';

const REASONS: ReasonOptions = {
  high: [{ id: 'fast', label: { ar: 'سريعة', en: 'Fast, as promised' } }],
  low: [{ id: 'slow', label: { ar: 'بطيئة', en: 'Too slow' } }],
};

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Jawda in Angular</h1>
      <p>
        Service: <output id="service">{{ serviceId() }}</output>
        <button id="next" (click)="serviceId.set(serviceId() === 'x' ? 'y' : 'x')">Next service</button>
        <button id="toggle" (click)="shown.set(!shown())">{{ shown() ? 'Hide' : 'Show' }}</button>
      </p>
      @if (shown()) {
        <!-- [attr.show-summary]="false" would write show-summary="false", which turns the summary ON: bind the property. -->
        <service-rating
          [attr.service-id]="serviceId()"
          api-base="/api"
          scale="faces"
          [showSummary]="false"
          [reasonOptions]="reasons"
          (change)="note('change: ' + $any($event.currentTarget).score)"
          (rating-submit)="$event.detail.context['framework'] = 'angular'; note('rating-submit: ' + $event.detail.submission.score)"
          (rating-submitted)="note('rating-submitted: ' + $event.detail.score + ' queued=' + $event.detail.queued)"
        ></service-rating>
        <centre-scorecard
          centre-id="isa-town"
          [cycle]="5"
          api-base="/api"
          (scorecard-load)="note('scorecard-load: ' + $event.detail.centre.id + ' ' + $event.detail.cycle.number)"
          (cycle-change)="note('cycle-change: ' + $event.detail.cycle + ' from ' + $event.detail.previous)"
        ></centre-scorecard>
        <certification-badge
          organisation-id="iga"
          api-base="/api"
          (certification-load)="note('certification-load: ' + $event.detail.organisation?.id + ' ' + $event.detail.certifications.length)"
        ></certification-badge>
        <certification-badge
          organisation-id="unknown-org"
          api-base="/api"
          (certification-error)="note('certification-error: ' + $event.detail.kind)"
        ></certification-badge>
      }
      <ol id="log">
        @for (line of log(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class App {
  readonly reasons = REASONS;
  readonly serviceId = signal('x');
  readonly shown = signal(true);
  readonly log = signal<string[]>([]);
  note(line: string): void {
    this.log.update((lines) => [...lines, line]);
  }
}
