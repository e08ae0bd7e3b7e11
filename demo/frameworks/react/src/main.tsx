import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Define the elements before React renders them: React 19 sets a prop as a property only when the
// element already has it (`reasonOptions in element`), and as an attribute otherwise.
import 'jawda/service-rating';
import 'jawda/centre-scorecard';
import 'jawda/certification-badge';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
