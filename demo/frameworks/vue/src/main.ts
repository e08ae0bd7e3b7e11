import { createApp } from 'vue';
// Defined before the app mounts, so that Vue sees `reasonOptions` and `showSummary` on the element and sets them as properties.
import 'jawda/service-rating';
import 'jawda/centre-scorecard';
import 'jawda/certification-badge';
import App from './App.vue';

createApp(App).mount('#app');
