// Jawda in React 19 + TypeScript. The types come from the package (`jawda/jsx/react`): no declaration here.
import { useState } from 'react';
import type {} from 'jawda/jsx/react';
import type { ReasonOptions } from 'jawda';

const REASONS: ReasonOptions = {
  high: [{ id: 'fast', label: { ar: 'سريعة', en: 'Fast, as promised' } }],
  low: [{ id: 'slow', label: { ar: 'بطيئة', en: 'Too slow' } }],
};

export function App() {
  const [serviceId, setServiceId] = useState('x');
  const [shown, setShown] = useState(true);
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main>
      <h1>Jawda in React</h1>
      <p>
        Service: <output id="service">{serviceId}</output>{' '}
        <button id="next" onClick={() => setServiceId((id) => (id === 'x' ? 'y' : 'x'))}>Next service</button>{' '}
        <button id="toggle" onClick={() => setShown((on) => !on)}>{shown ? 'Hide' : 'Show'}</button>
      </p>
      {shown && (
        <>
          <service-rating
            service-id={serviceId}
            api-base="/api"
            scale="faces"
            show-summary={false}
            reasonOptions={REASONS}
            onchange={(event) => note(`change: ${event.currentTarget.score}`)}
            onrating-submit={(event) => {
              event.detail.context.framework = 'react';
              note(`rating-submit: ${event.detail.submission.score}`);
            }}
            onrating-submitted={(event) => note(`rating-submitted: ${event.detail.score} queued=${event.detail.queued}`)}
          />
          <centre-scorecard
            centre-id="isa-town"
            cycle={5}
            api-base="/api"
            onscorecard-load={(event) => note(`scorecard-load: ${event.detail.centre.id} ${event.detail.cycle.number}`)}
            oncycle-change={(event) => note(`cycle-change: ${event.detail.cycle} from ${event.detail.previous}`)}
          />
          <certification-badge
            organisation-id="iga"
            api-base="/api"
            oncertification-load={(event) => note(`certification-load: ${event.detail.organisation?.id} ${event.detail.certifications.length}`)}
          />
          <certification-badge
            organisation-id="unknown-org"
            api-base="/api"
            oncertification-error={(event) => note(`certification-error: ${event.detail.kind}`)}
          />
        </>
      )}
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
