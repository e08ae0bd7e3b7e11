import { mount } from 'svelte';
// Defined before the app mounts, so that Svelte sees `reasonOptions` and `showSummary` as the element's properties.
import 'jawda/service-rating';
import 'jawda/centre-scorecard';
import 'jawda/certification-badge';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
